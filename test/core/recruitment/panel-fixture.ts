import path from 'node:path';
import { OPENNESS_INSTRUMENT_ID, OPENNESS_REVERSE_KEYED, scoreOpenness } from '../../../main/model/openness';
import { insertRows } from '../../../main/core/db/batch-insert';
import type { SqlValue } from '../../../main/core/db/connection';
import type { WorkspaceDb } from '../../../main/core/db/workspace-db';
import { call } from '../../support/call';
import { testSession } from '../../support/workspace';

export interface FixtureMember {
  id: number;
  country?: string | null;
  consent?: 'granted' | 'withdrawn' | 'unknown';
  doNotContact?: boolean;
  erased?: boolean;
  birthYear?: number | null;
  /** Screener answers, item 1 … 10 (null = not answered); omitted: never screened. */
  answers?: (number | null)[];
  /** completed_at of complete responses. */
  responses?: string[];
}

/** Raw answers whose keyed mean is exactly `score` (a multiple of 0.1), all ten answered. */
export function answersFor(score: number): number[] {
  const total = Math.round(score * 10);
  const base = Math.floor(total / 10);
  return Array.from({ length: 10 }, (_, i) => {
    const keyed = base + (i < total - base * 10 ? 1 : 0);
    return OPENNESS_REVERSE_KEYED.includes(i + 1) ? 6 - keyed : keyed;
  });
}

const at = '2026-01-01T00:00:00.000Z';

/** Writes members as an import would: member rows, screener answers and trait scores, responses. */
export async function addMembers(db: WorkspaceDb, members: readonly FixtureMember[]): Promise<void> {
  await db.writer.transaction(async (tx) => {
    await tx.run("INSERT OR IGNORE INTO survey (id, title, created_at, updated_at) VALUES ('s1', 'Fixture survey', ?, ?)", [at, at]);
    await tx.run("INSERT OR IGNORE INTO survey_version (id, survey_id, version, definition, published_at) VALUES ('v1', 's1', 1, '{}', ?)", [at]);
    await insertRows(
      tx,
      'member',
      ['id', 'code', 'country', 'birth_year', 'consent_status', 'do_not_contact', 'erased_at', 'created_at', 'updated_at'],
      members.map((m) => [m.id, `M-T${String(m.id).padStart(5, '0')}`, m.country ?? null, m.birthYear ?? null, m.consent ?? 'granted', m.doNotContact ? 1 : 0, m.erased ? at : null, at, at]),
    );
    const answers: SqlValue[][] = members.flatMap((m) =>
      (m.answers ?? []).flatMap((v, i) => (v !== null && v >= 1 && v <= 5 ? [[m.id, OPENNESS_INSTRUMENT_ID, i + 1, v, at]] : [])),
    );
    await insertRows(tx, 'screener_answer', ['member_id', 'instrument_id', 'item', 'value', 'answered_at'], answers);
    const scores: SqlValue[][] = members.flatMap((m) => {
      if (!m.answers) return [];
      const s = scoreOpenness(m.answers);
      return [[m.id, OPENNESS_INSTRUMENT_ID, s.score, s.answered, at]];
    });
    await insertRows(tx, 'trait_score', ['member_id', 'instrument_id', 'score', 'answered', 'scored_at'], scores);
    const responses: SqlValue[][] = members.flatMap((m) =>
      (m.responses ?? []).map((completedAt, i) => [`r-${m.id}-${i}`, 'v1', m.id, 'complete', 'test', completedAt, completedAt]),
    );
    await insertRows(tx, 'response', ['id', 'survey_version_id', 'member_id', 'status', 'device_id', 'started_at', 'completed_at'], responses);
  });
}

/** A session with a fresh workspace open (clock fixed at 2026-01-15T09:00:00Z, one second per reading). */
export async function sessionWithWorkspace() {
  const t = testSession();
  await call(t.dispatch, 'workspace.create', { path: path.join(t.dir, 'panel.sqlite') });
  return { ...t, db: t.session.workspace.db };
}
