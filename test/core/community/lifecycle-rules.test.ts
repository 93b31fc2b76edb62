import { describe, expect, it } from 'vitest';
import { defaultLifecycleRules } from '../../../main/model/community/lifecycle-rules';
import { call } from '../../support/call';
import { communitySession } from './community-fixture';

const evMapping = { member: { column: 'member', by: 'code' as const }, at: { column: 'at' }, type: { column: 'type' } };
const txMapping = { member: { column: 'member', by: 'code' as const }, at: { column: 'at' }, amount: { column: 'amount' }, defaultCurrency: 'EUR' };

/**
 * The clock reads 2026-01-15T09:00Z. Default rules: participation = completed responses and events
 * other than login; retention = 3 in the last 90 days; monetization = 1 purchase in the last 365 days.
 */
async function panel() {
  const t = await communitySession([
    { code: 'L-A', joinedAt: '2025-01-01' },
    { code: 'L-B', joinedAt: '2025-01-01' },
    { code: 'L-C', joinedAt: '2025-01-01' },
    { code: 'L-D', joinedAt: '2025-01-01' },
    { code: 'L-E' },
    { code: 'L-F', joinedAt: '2025-01-01', lifecycleStage: 'monetization' },
  ]);
  await t.db().writer.transaction(async (tx) => {
    await tx.run("INSERT INTO survey (id, title, created_at, updated_at) VALUES ('s1', 'Pulse', 'x', 'x')");
    await tx.run("INSERT INTO survey_version (id, survey_id, version, definition) VALUES ('v1', 's1', 1, '{}')");
    await tx.run("INSERT INTO response (id, survey_version_id, member_id, status, device_id, started_at, completed_at) VALUES ('r1', 'v1', ?, 'complete', 'web', '2025-12-10T10:00:00Z', '2025-12-10T10:05:00Z')", [t.ids.get('L-E')!]);
  });
  const events = ['member,at,type', 'L-B,2025-12-01,post', 'L-B,2025-12-02,post', 'L-B,2025-12-03,comment', 'L-B,2025-12-04,login', 'L-C,2024-01-01,comment', 'L-D,2025-12-01,login'];
  await t.importActivity({ file: { path: t.file('ev.csv', events.join('\n')) }, mapping: evMapping });
  await t.importTransactions({ file: { path: t.file('tx.csv', 'member,at,amount\nL-A,2025-12-01,9.99') }, mapping: txMapping });
  const stages = async () =>
    Object.fromEntries(
      (
        await t.db().reader.all<{ code: string; own: string | null; derived: string | null }>(
          'SELECT m.code, m.lifecycle_stage AS own, c.derived_stage AS derived FROM member m LEFT JOIN member_community c ON c.member_id = m.id ORDER BY m.code',
        )
      ).map((r) => [r.code, [r.own, r.derived]]),
    );
  const codes = async (field: string, value: string) =>
    (await call(t.dispatch, 'members.list', { filter: { field, op: 'eq', value }, sort: { field: 'code', dir: 'asc' } })).rows.map((m) => m.code);
  return { ...t, stages, codes };
}

describe('lifecycle rules', () => {
  it('derive each member at the furthest stage whose rule holds; a stage set by hand stays as an override, shown as such', async () => {
    const t = await panel();
    expect(await t.stages()).toEqual({
      'L-A': [null, 'monetization'], // a purchase on 2025-12-01, within 365 days
      'L-B': [null, 'retention'], // post, post, comment within 90 days = 3 (the login does not count)
      'L-C': [null, 'activation'], // one comment, two years ago
      'L-D': [null, 'acquisition'], // joined; a login is not participation
      'L-E': [null, 'activation'], // no join date, but a completed survey response
      'L-F': ['monetization', 'acquisition'], // set by hand; the rules alone say acquisition
    });
    const view = await call(t.dispatch, 'lifecycle.rules', {});
    expect(view).toMatchObject({ rules: defaultLifecycleRules, isDefault: true, counts: { overrides: 1, overridesDiffering: 1 } });
    expect(view.counts.derived).toEqual([
      { stage: 'acquisition', members: 2 },
      { stage: 'activation', members: 2 },
      { stage: 'monetization', members: 1 },
      { stage: 'retention', members: 1 },
    ]);
    // As member fields: the stage in effect (the override wins), and where it comes from.
    expect(await t.codes('lifecycle:stage', 'monetization')).toEqual(['L-A', 'L-F']);
    expect(await t.codes('lifecycle:derived', 'acquisition')).toEqual(['L-D', 'L-F']);
    expect(await t.codes('lifecycle:source', 'override')).toEqual(['L-F']);
  });

  it('changed and saved, re-derive every member; the override survives', async () => {
    const t = await panel();
    const rules = { ...defaultLifecycleRules, participation: { surveys: false, activityTypes: defaultLifecycleRules.participation.activityTypes }, retention: { minParticipations: 4, withinDays: 90 } };
    const saved = await call(t.dispatch, 'lifecycle.saveRules', { rules });
    expect(saved).toMatchObject({ rules, isDefault: false });
    expect(await t.stages()).toEqual({
      'L-A': [null, 'monetization'],
      'L-B': [null, 'activation'], // 3 < 4 within 90 days: no longer retained
      'L-C': [null, 'activation'],
      'L-D': [null, 'acquisition'],
      'L-E': [null, null], // surveys no longer count, and no join date
      'L-F': ['monetization', 'acquisition'],
    });
    expect(await call(t.dispatch, 'lifecycle.rules', {})).toMatchObject({ rules, isDefault: false });
    // Logins counted too: L-B's four events within 90 days retain it again.
    await call(t.dispatch, 'lifecycle.saveRules', { rules: { ...rules, participation: { surveys: false, activityTypes: ['post', 'comment', 'login'] } } });
    expect((await t.stages())['L-B']).toEqual([null, 'retention']);
    expect((await t.stages())['L-F']).toEqual(['monetization', 'acquisition']);
  });

  it('count participations up to now and within the window, responses and events together', async () => {
    const t = await panel();
    await t.db().writer.transaction(async (tx) => {
      for (const code of ['L-C', 'L-D']) {
        await tx.run("INSERT INTO response (id, survey_version_id, member_id, status, device_id, started_at, completed_at) VALUES (?, 'v1', ?, 'complete', 'web', '2026-01-02T10:00:00Z', '2026-01-02T10:05:00Z')", [`r-${code}`, t.ids.get(code)!]);
      }
    });
    // The clock reads 2026-01-15T09:00Z (and a second later at each reading), so the 90-day window opens near 2025-10-17T09:00Z.
    const events = [
      'member,at,type',
      // L-C: the response + a post in the window's first hours + a like = 3 within 90 days (the comment of 2024 is older).
      'L-C,2025-10-17T11:00:00Z,post',
      'L-C,2025-12-20T12:00:00Z,like',
      // L-D: the response + a post just before the window + two posts after the clock = 1 within 90 days, and logins never count.
      'L-D,2025-10-17T07:00:00Z,post',
      'L-D,2026-01-15T11:00:00Z,post',
      'L-D,2026-02-01T00:00:00Z,post',
      ...Array.from({ length: 5 }, (_, i) => `L-D,2026-01-0${i + 1}T08:00:00Z,login`),
    ];
    await t.importActivity({ file: { path: t.file('ev2.csv', events.join('\n')) }, mapping: evMapping });
    const stages = await t.stages();
    expect(stages['L-C']).toEqual([null, 'retention']);
    expect(stages['L-D']).toEqual([null, 'activation']);
    // One participation short: with 4 needed, L-C (3) is activated only; the response alone keeps L-E activated.
    await call(t.dispatch, 'lifecycle.saveRules', { rules: { ...defaultLifecycleRules, retention: { minParticipations: 4, withinDays: 90 } } });
    expect(await t.stages()).toMatchObject({ 'L-C': [null, 'activation'], 'L-D': [null, 'activation'], 'L-E': [null, 'activation'] });
  });

  it('refuses rules out of range, naming the field', async () => {
    const t = await panel();
    const result = await t.dispatch('lifecycle.saveRules', { rules: { ...defaultLifecycleRules, retention: { minParticipations: 0, withinDays: 90 } } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(result)).toContain('minParticipations');
  });
});
