import { rebuildMemberDays } from '../../../main/core/community/import/member-days';
import { call } from '../../support/call';
import { panelSession } from '../panel/panel-session';

export const secs = (iso: string) => Date.parse(iso) / 1000;

/**
 * Five members: H1 joined 2025-11-03 with its stage set to retention by hand, H2 joined 2025-11-20 set
 * to activation, H3 joined Monday 2025-12-01, H4 joined Wednesday 2025-12-03, H5 without a join date.
 * The period is the week 2025-12-01 … 2025-12-07 (7 days); retention counts events from a day after
 * joining up to 30 days. H1 and H3 live in China (the segment the API tests use).
 */
export async function community() {
  const t = await panelSession();
  const id: Record<string, number> = {};
  const people: [string, string | null, string | null, string][] = [
    ['H1', '2025-11-03', 'retention', 'CN'],
    ['H2', '2025-11-20', 'activation', 'DE'],
    ['H3', '2025-12-01', null, 'CN'],
    ['H4', '2025-12-03', null, 'DE'],
    ['H5', null, null, 'DE'],
  ];
  for (const [code, joinedAt, stage, country] of people) {
    id[code] = (await call(t.dispatch, 'members.create', { name: code, joinedAt, lifecycleStage: stage as never, country })).id;
  }
  const events: [string, string, string, number | null][] = [
    ['H1', '2025-11-30T23:59:00Z', 'post', null], // before the period
    ['H1', '2025-12-01T10:00:00Z', 'post', 10],
    ['H1', '2025-12-01T11:00:00Z', 'like', null],
    ['H1', '2025-12-02T09:00:00Z', 'like', 5],
    ['H1', '2025-12-03T09:00:00Z', 'report', null],
    ['H2', '2025-12-01T12:00:00Z', 'comment', 20],
    ['H2', '2025-12-05T12:00:00Z', 'like', null],
    ['H3', '2025-12-03T08:00:00Z', 'like', null],
    ['H3', '2025-12-04T08:00:00Z', 'like', null],
    ['H2', '2025-12-08T00:00:00Z', 'post', null], // after it
  ];
  await t.session.workspace.db.writer.transaction(async (tx) => {
    for (const [code, at, type, minutes] of events) await tx.run('INSERT INTO activity_event (member_id, at, type, session_minutes) VALUES (?, ?, ?, ?)', [id[code]!, secs(at), type, minutes]);
    // H4 answers a survey with an open text on 2025-12-06.
    await tx.run("INSERT INTO survey (id, title, created_at, updated_at) VALUES ('s1', 'Pulse', 'x', 'x')");
    await tx.run("INSERT INTO survey_version (id, survey_id, version, definition) VALUES ('v1', 's1', 1, '{}')");
    await tx.run("INSERT INTO response (id, survey_version_id, member_id, status, device_id, started_at, completed_at) VALUES ('r1', 'v1', ?, 'complete', 'web', '2025-12-06T10:00:00Z', '2025-12-06T10:05:00Z')", [id.H4!]);
    await tx.run("INSERT INTO answer (response_id, question_id, text) VALUES ('r1', 'q1', 'More events, please')");
    // The events were written straight into the table, not imported: their member-days follow.
    await rebuildMemberDays(tx);
  });
  return { ...t, id };
}
