import { describe, expect, it } from 'vitest';
import { lifecycleStages } from '../../../main/model/members/member-field-table';
import { call } from '../../support/call';
import { communitySession } from '../community/community-fixture';

const mapping = { member: { column: 'member', by: 'code' as const }, at: { column: 'at' }, type: { column: 'type' }, sessionMinutes: { column: 'minutes' } };
const period = { from: '2025-11-01', to: '2025-12-31' };

/**
 * The whole panel's figures come from rollups and indexes (activity_day, member_day's since-indexes,
 * the derived-stage index less the members set aside); a segment's from each member's rows. A segment
 * holding every member must give the same figures, and the funnel must equal each member's stage in
 * effect worked out here, after derivation, overrides set and cleared, new members and erasure.
 */
describe('analysis.health for the whole panel', () => {
  it('equals the member-by-member figures after imports, overrides, a new member, re-derivation and erasure', async () => {
    const t = await communitySession([
      { code: 'P-A', joinedAt: '2025-11-02' },
      { code: 'P-B', joinedAt: '2025-11-10' },
      { code: 'P-C', joinedAt: '2025-12-01' },
      { code: 'P-D', joinedAt: '2025-01-01', lifecycleStage: 'monetization' },
      { code: 'P-E' },
    ]);
    const everyone = await call(t.dispatch, 'segments.save', { name: 'Everyone', filter: { field: 'code', op: 'notEmpty', value: null } });
    /** Each member's stage in effect (its own, else the derived one), counted here from the rows. */
    const funnelOfRows = async () => {
      const members = await t.db().reader.all<{ own: string | null; derived: string | null }>(
        'SELECT m.lifecycle_stage AS own, c.derived_stage AS derived FROM member m LEFT JOIN member_community c ON c.member_id = m.id WHERE m.erased_at IS NULL',
      );
      const stageOf = (m: (typeof members)[number]) => m.own ?? m.derived;
      return [...lifecycleStages, null].map((stage) => ({ stage, count: members.filter((m) => stageOf(m) === stage).length }));
    };
    /** member_return worked out here: each member's (not erased, with a join date) first event a day or more after joining. */
    const returnsOfRows = async () => {
      const members = await t.db().reader.all<{ id: number; joined_at: string }>('SELECT id, joined_at FROM member WHERE erased_at IS NULL AND joined_at IS NOT NULL ORDER BY id');
      const events = await t.events();
      return members.flatMap((m) => {
        const after = events.filter((e) => e.member_id === m.id && e.at >= Date.parse(m.joined_at) / 1000 + 86_400).map((e) => e.at);
        return after.length ? [{ member_id: m.id, joined_at: m.joined_at, first_return_at: Math.min(...after) }] : [];
      });
    };
    const check = async () => {
      expect(await t.db().reader.all('SELECT * FROM member_return ORDER BY member_id')).toEqual(await returnsOfRows());
      const panel = await call(t.dispatch, 'analysis.health', period);
      const segment = await call(t.dispatch, 'analysis.health', { ...period, segmentId: everyone.id });
      expect(panel.funnel).toEqual(await funnelOfRows());
      expect({ ...panel, segmentId: everyone.id }).toEqual(segment);
      return panel;
    };

    const firstLines = ['P-A,2025-11-03T10:00:00Z,post,', 'P-A,2025-11-03T11:00:00Z,login,7.5', 'P-A,2025-12-04T10:00:00Z,report,', 'P-B,2025-10-30T10:00:00Z,comment,',
      'P-B,2025-11-12T10:00:00Z,like,', 'P-B,2025-12-20T10:00:00Z,login,0.3', 'P-C,2025-12-02T10:00:00Z,post,', 'P-D,2025-11-03T09:00:00Z,like,', 'P-D,2025-12-31T23:59:59Z,comment,1.1'];
    const first = await t.importActivity({ file: { path: t.file('a.csv', ['member,at,type,minutes', ...firstLines].join('\n')) }, mapping });
    const afterFirst = await check();
    // Derived: P-A, P-B, P-C took part; P-D is set by hand (an override); P-E has neither join date nor activity.
    expect(afterFirst.members).toBe(5);
    expect(afterFirst.funnel.reduce((n, f) => n + f.count, 0)).toBe(5);
    // November's joiners P-A (11-02, back 11-03) and P-B (11-10, back 11-12); within 1 day nobody (the window is [a day after, 1 day after)).
    expect(afterFirst.retention[0]).toMatchObject({ month: '2025-11', joined: 2, retained: 2 });
    expect((await call(t.dispatch, 'analysis.health', { ...period, retentionDays: 1 })).retention[0]).toMatchObject({ month: '2025-11', joined: 2, retained: 0 });
    // A second import, then the first undone: only the second's events count.
    await t.importActivity({ file: { path: t.file('b.csv', 'member,at,type,minutes\nP-C,2025-12-03T10:00:00Z,like,\nP-B,2025-11-11T12:00:00Z,post,2') }, mapping });
    await check();
    await t.wait((await call(t.dispatch, 'activity.undoImport', { importId: first.importId! })).jobId);
    // Left: P-B back 11-11 (joined 11-10), P-C back 12-03 (joined 12-01); P-A no longer.
    expect((await check()).retention).toMatchObject([
      { month: '2025-11', joined: 2, retained: 1 },
      { month: '2025-12', joined: 1, retained: 1 },
    ]);
    await t.importActivity({ file: { path: t.file('a2.csv', ['member,at,type,minutes', ...firstLines].join('\n')) }, mapping });
    await check();
    // A join date moved (a day, then a time of day): the member's return follows it.
    await call(t.dispatch, 'members.update', { memberId: t.ids.get('P-B')!, patch: { joinedAt: '2025-11-12' } });
    await check();
    await call(t.dispatch, 'members.update', { memberId: t.ids.get('P-C')!, patch: { joinedAt: '2025-11-30T09:30:00Z' } });
    await check();

    await call(t.dispatch, 'members.update', { memberId: t.ids.get('P-A')!, patch: { lifecycleStage: 'retention' } });
    await call(t.dispatch, 'members.update', { memberId: t.ids.get('P-D')!, patch: { lifecycleStage: null } });
    await check();
    // A member added after the derivation has no derived row: no stage until derived again.
    const late = await call(t.dispatch, 'members.create', { email: null, joinedAt: '2025-12-10', lifecycleStage: null });
    expect((await check()).members).toBe(6);
    await call(t.dispatch, 'lifecycle.saveRules', { rules: (await call(t.dispatch, 'lifecycle.rules', {})).rules });
    await check();
    // Erasure: a member with an override and activity, and one with only a derived stage.
    await call(t.dispatch, 'members.erase', { memberId: t.ids.get('P-A')!, reason: 'Asked to be forgotten' });
    await call(t.dispatch, 'members.erase', { memberId: late.id, reason: 'Asked to be forgotten' });
    const last = await check();
    expect(last.members).toBe(4);
  });
});
