import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { failure } from '../panel/panel-session';
import { community } from './health-fixture';

/** The fixture's week (Monday 2025-12-01 … Sunday 2025-12-07); the test clock reads 2026-01-15. */
const week = { from: '2025-12-01', to: '2025-12-07' };

describe('analysis.health through dispatch', () => {
  it('returns every measure of the hand-made week with how it is computed and for which days', async () => {
    const t = await community();
    const h = await call(t.dispatch, 'analysis.health', week);
    expect(h.period).toEqual({ ...week, days: 7 });
    expect(h.segmentId).toBeNull();
    expect(h.members).toBe(5);
    // H1 set to retention, H2 to activation; H3, H4, H5 have no stage.
    expect(h.funnel).toEqual([
      { stage: 'acquisition', count: 0 },
      { stage: 'activation', count: 1 },
      { stage: 'retention', count: 1 },
      { stage: 'monetization', count: 0 },
      { stage: null, count: 3 },
    ]);
    expect(h.newMembersPerWeek).toEqual([{ week: '2025-12-01', members: 2 }]);
    // H4's complete response: 1 participant of 5 members.
    expect(h.participation).toEqual([{ surveyVersionId: 'v1', title: 'Pulse', version: 1, participants: 1, rate: 1 / 5 }]);
    // December cohort H3, H4; H3 active again 12-03. Its last join day in the period is 12-07, whose 30 days ended before 2026-01-15.
    expect(h.retention).toEqual([{ month: '2025-12', joined: 2, retained: 1, rate: 1 / 2, complete: true }]);
    expect(h.retentionDays).toBe(30);
    // Daily active 2+1+2+1+1+0+0 = 7 over 7 days, of 3 active members; minutes (10+5+20)/3; contributors H1 H2 H4 of 4;
    // (1 post + 1 comment) / 5 likes; 1 reporter of 3 active.
    expect(h.dauMau).toBeCloseTo(7 / 7 / 3, 12);
    expect(h.averageSessionMinutes).toBeCloseTo(35 / 3, 12);
    expect(h.contributorShare).toBe(3 / 4);
    expect(h.postsAndCommentsToLikes).toBe(2 / 5);
    expect(h.selfModeration).toBeCloseTo(1 / 3, 12);
    expect(h.how.dauMau).toEqual({ key: 'health.how.dauMau', params: {}, period: week });
    expect(h.how.retention).toEqual({ key: 'health.how.retention', params: { days: 30 }, period: week });
    // The funnel is each member's stage now: today, by the call's clock.
    expect(h.how.funnel.period).toEqual({ from: '2026-01-15', to: '2026-01-15' });
  });

  it('defaults to the 90 days up to today, lists every week, and counts retention within the days asked', async () => {
    const t = await community();
    const h = await call(t.dispatch, 'analysis.health', { retentionDays: 3 });
    // 2025-10-18 … 2026-01-15: 14 days of October, 30 of November, 31 of December, 15 of January = 90.
    expect(h.period).toEqual({ from: '2025-10-18', to: '2026-01-15', days: 90 });
    // Weeks from Monday 2025-10-13 (holding 10-18) to Monday 2026-01-12: 14 weeks; joins on 11-03, 11-20, 12-01, 12-03.
    expect(h.newMembersPerWeek).toHaveLength(14);
    expect(h.newMembersPerWeek.filter((w) => w.members > 0)).toEqual([
      { week: '2025-11-03', members: 1 },
      { week: '2025-11-17', members: 1 },
      { week: '2025-12-01', members: 2 },
    ]);
    // Within 3 days (from a day after joining): H1 (11-03) and H2 (11-20) had no event by 11-06 and 11-23;
    // H3 (12-01) was active 12-03T08:00, before 12-04; H4 not. December's window (12-31 + 3 days) has ended by 01-15.
    expect(h.retention).toEqual([
      { month: '2025-11', joined: 2, retained: 0, rate: 0, complete: true },
      { month: '2025-12', joined: 2, retained: 1, rate: 1 / 2, complete: true },
    ]);
    // With 30 days, December's last joiner (12-31) still has days to come on 01-15.
    const month = await call(t.dispatch, 'analysis.health', {});
    expect(month.retention.map((c) => [c.month, c.retained, c.complete])).toEqual([
      ['2025-11', 2, true],
      ['2025-12', 1, false],
    ]);
  });

  it('narrows every measure to a segment', async () => {
    const t = await community();
    const china = await call(t.dispatch, 'segments.save', { name: 'China', filter: { field: 'country', op: 'eq', value: 'CN' } });
    const h = await call(t.dispatch, 'analysis.health', { ...week, segmentId: china.id });
    // H1 (retention) and H3 (no stage).
    expect(h.segmentId).toBe(china.id);
    expect(h.members).toBe(2);
    expect(h.funnel.filter((f) => f.count > 0)).toEqual([
      { stage: 'retention', count: 1 },
      { stage: null, count: 1 },
    ]);
    expect(h.newMembersPerWeek).toEqual([{ week: '2025-12-01', members: 1 }]);
    expect(h.participation).toEqual([]); // H4 answered, and is not in China
    expect(h.retention).toEqual([{ month: '2025-12', joined: 1, retained: 1, rate: 1, complete: true }]);
    // Daily active: 12-01 H1, 12-02 H1, 12-03 H1 H3, 12-04 H3 = 5 over 7 days, of 2 active members.
    expect(h.dauMau).toBeCloseTo(5 / 7 / 2, 12);
    expect(h.averageSessionMinutes).toBe((10 + 5) / 2);
    expect(h.contributorShare).toBe(1 / 2); // H1 posted; H3 only liked
    expect(h.postsAndCommentsToLikes).toBe(1 / 4); // 1 post against H1's 2 and H3's 2 likes
    expect(h.selfModeration).toBe(1 / 2); // H1 reported
  });

  it('counts a member once for content and its base when active both on the platform and in a survey', async () => {
    const t = await community();
    await t.session.workspace.db.writer.transaction(async (tx) => {
      // H1 (who posted) also writes an open text; H5 (inactive on the platform) answers without text.
      await tx.run("INSERT INTO response (id, survey_version_id, member_id, status, device_id, started_at, completed_at) VALUES ('r2', 'v1', ?, 'complete', 'web', '2025-12-02T10:00:00Z', '2025-12-02T10:05:00Z')", [t.id.H1!]);
      await tx.run("INSERT INTO answer (response_id, question_id, text) VALUES ('r2', 'q1', 'Great')");
      await tx.run("INSERT INTO response (id, survey_version_id, member_id, status, device_id, started_at, completed_at) VALUES ('r3', 'v1', ?, 'complete', 'web', '2025-12-03T10:00:00Z', '2025-12-03T10:05:00Z')", [t.id.H5!]);
      await tx.run("INSERT INTO answer (response_id, question_id, option_code) VALUES ('r3', 'q2', 'yes')");
    });
    const h = await call(t.dispatch, 'analysis.health', week);
    // Contributors H1 (post and text), H2 (comment), H4 (text) = 3; the base H1, H2, H3 (platform), H4, H5 (survey) = 5.
    expect(h.contributorShare).toBe(3 / 5);
    expect(h.participation[0]).toMatchObject({ participants: 3, rate: 3 / 5 });
  });

  it('leaves erased members out of every measure', async () => {
    const t = await community();
    await call(t.dispatch, 'members.erase', { memberId: t.id.H1!, reason: 'request by email' });
    const h = await call(t.dispatch, 'analysis.health', week);
    expect(h.members).toBe(4);
    expect(h.funnel.find((f) => f.stage === 'retention')).toEqual({ stage: 'retention', count: 0 });
    // Without H1: daily 12-01 H2, 12-03 H3, 12-04 H3, 12-05 H2 = 4 over 7 days, of 2 active members.
    expect(h.dauMau).toBeCloseTo(4 / 7 / 2, 12);
    expect(h.averageSessionMinutes).toBe(20);
    expect(h.contributorShare).toBe(2 / 3); // H2 (comment), H4 (open text) of H2, H3, H4
    expect(h.postsAndCommentsToLikes).toBe(1 / 3); // H2's comment against H2's 1 and H3's 2 likes
    expect(h.selfModeration).toBe(0);
    expect(h.participation[0]!.rate).toBe(1 / 4);
  });

  it('refuses a period that ends before it starts, an unknown segment and a bad retention window, by name', async () => {
    const t = await community();
    const reversed = await failure(t.dispatch, 'analysis.health', { from: '2025-12-08', to: '2025-12-01' });
    expect(reversed).toMatchObject({ code: 'VALIDATION', key: 'errors.healthPeriodReversed', params: { from: '2025-12-08', to: '2025-12-01' }, issues: [{ path: ['from'] }] });
    // Only a start given: the end is today (2026-01-15).
    expect(await failure(t.dispatch, 'analysis.health', { from: '2026-02-01' })).toMatchObject({ code: 'VALIDATION', params: { from: '2026-02-01', to: '2026-01-15' } });
    expect(await failure(t.dispatch, 'analysis.health', { segmentId: 999 })).toMatchObject({ code: 'NOT_FOUND', key: 'errors.segmentMissing', params: { id: 999 } });
    expect(await failure(t.dispatch, 'analysis.health', { retentionDays: 0 })).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['retentionDays'] }] });
    expect(await failure(t.dispatch, 'analysis.health', { from: '1 Dec 2025' })).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['from'] }] });
  });
});
