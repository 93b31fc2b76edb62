import { describe, expect, it } from 'vitest';
import { healthMeasures } from '../../../main/core/health/health-queries';
import { community, secs } from './health-fixture';

describe('community health measures', () => {
  it('computes each measure over the period, as the arithmetic below works it out', async () => {
    const t = await community();
    const m = await healthMeasures(t.session.workspace.db.reader, { from: secs('2025-12-01T00:00:00Z'), to: secs('2025-12-08T00:00:00Z') }, 30);
    // Funnel: stages as set (no rules derived yet): activation H2, retention H1; H3, H4, H5 have none.
    expect(m.funnel).toEqual([
      { stage: 'acquisition', count: 0 },
      { stage: 'activation', count: 1 },
      { stage: 'retention', count: 1 },
      { stage: 'monetization', count: 0 },
      { stage: null, count: 3 },
    ]);
    // Joined in the period: H3 (Monday 12-01) and H4 (Wednesday 12-03), both in the week starting Monday 2025-12-01.
    expect(m.newMembersPerWeek).toEqual([{ week: '2025-12-01', members: 2 }]);
    // Active on the platform in the period: H1, H2, H3 = 3. Active per day: 12-01 H1 H2 (2), 12-02 H1 (1),
    // 12-03 H1 H3 (2), 12-04 H3 (1), 12-05 H2 (1), 12-06 and 12-07 none: 7 over 7 days = 1 a day; 1 / 3.
    expect(m.dauMau).toBeCloseTo(1 / 3, 12);
    // Session minutes recorded: 10 + 5 + 20 = 35 over 3 sessions.
    expect(m.averageSessionMinutes).toBeCloseTo(35 / 3, 12);
    // Contributors: H1 (post), H2 (comment), H4 (open-text answer) = 3, of the 4 members active on the platform or in a survey.
    expect(m.contributorShare).toBe(3 / 4);
    // 1 post + 1 comment against 5 likes (H1 2, H2 1, H3 2) = 2 / 5.
    expect(m.postsAndCommentsToLikes).toBe(0.4);
    // Reporters: H1, of the 3 members active on the platform.
    expect(m.selfModeration).toBeCloseTo(1 / 3, 12);
    // The December cohort: H3 active again on 12-03 (within 30 days, from a day after joining); H4 not: 1 of 2.
    expect(m.retention).toEqual([{ month: '2025-12', joined: 2, retained: 1, rate: 0.5 }]);
    // v1: one participant (H4) of the 5 members.
    expect(m.participation).toEqual([{ surveyVersionId: 'v1', title: 'Pulse', version: 1, participants: 1, rate: 0.2 }]);
  });

  it('says "no data" (null), not 0, where a measure has no base, and counts a segment only', async () => {
    const t = await community();
    const empty = await healthMeasures(t.session.workspace.db.reader, { from: secs('2024-01-01T00:00:00Z'), to: secs('2024-01-08T00:00:00Z') }, 30);
    expect(empty).toMatchObject({ dauMau: null, averageSessionMinutes: null, contributorShare: null, postsAndCommentsToLikes: null, selfModeration: null, retention: [], participation: [] });
    // Only H2 and H3: active 2; likes 1 (H2) + 2 (H3) = 3 against 1 comment.
    const two = await healthMeasures(t.session.workspace.db.reader, { from: secs('2025-12-01T00:00:00Z'), to: secs('2025-12-08T00:00:00Z') }, 30, { sql: 'm.id IN (?, ?)', params: [t.id.H2!, t.id.H3!] });
    expect(two.postsAndCommentsToLikes).toBeCloseTo(1 / 3, 12);
    expect(two.funnel.at(-1)).toEqual({ stage: null, count: 1 });
    expect(two.selfModeration).toBe(0);
  });

  it('counts a survey writer once beside the platform: as its contributor only if it posted or commented there in the period', async () => {
    const t = await community();
    await t.session.workspace.db.writer.transaction(async (tx) => {
      // Open texts also from H1 (posted on 12-01, in the period) and H2 (commented on 12-01; its post on 12-08 is after the period)
      // and H3 (only likes there), in the same period.
      for (const [response, code] of [['r2', 'H1'], ['r3', 'H2'], ['r4', 'H3']] as const) {
        await tx.run("INSERT INTO response (id, survey_version_id, member_id, status, device_id, started_at, completed_at) VALUES (?, 'v1', ?, 'complete', 'web', '2025-12-06T10:00:00Z', '2025-12-06T10:05:00Z')", [response, t.id[code]!]);
        await tx.run("INSERT INTO answer (response_id, question_id, text) VALUES (?, 'q1', 'Fine')", [response]);
      }
    });
    const m = await healthMeasures(t.session.workspace.db.reader, { from: secs('2025-12-01T00:00:00Z'), to: secs('2025-12-08T00:00:00Z') }, 30);
    // Base: H1, H2, H3 active on the platform, H4 in the survey only = 4 (H1 to H3 not counted twice).
    // Contributors: H1 (post), H2 (comment), H3 (open text: no post or comment there) and H4 (open text) = 4 of 4.
    expect(m.contributorShare).toBe(1);
    const h2h3 = await healthMeasures(t.session.workspace.db.reader, { from: secs('2025-12-02T00:00:00Z'), to: secs('2025-12-08T00:00:00Z') }, 30, { sql: 'm.id IN (?, ?)', params: [t.id.H2!, t.id.H3!] });
    // From 12-02, H2 and H3: both active there by likes only (H2's comment was on 12-01, its post on 12-08, the period's end, not in it),
    // both wrote open texts = 2 contributors of 2.
    expect(h2h3.contributorShare).toBe(1);
  });
});
