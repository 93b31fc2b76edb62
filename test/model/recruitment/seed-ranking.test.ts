import { describe, expect, it } from 'vitest';
import { momentsOf, standardizer } from '../../../main/model/recruitment/moments';
import { createQuotaSelector, normalizeWeights, rankSeedCandidates, seedComponents, type SeedCandidateInput, type SeedStats } from '../../../main/model/recruitment/seed-ranking';

const people: SeedCandidateInput[] = [
  { memberId: 1, score: 4.8, completed: 0, daysSinceLast: 180, segments: { country: 'US' } },
  { memberId: 2, score: 4.6, completed: 1, daysSinceLast: 90, segments: { country: 'us' } },
  { memberId: 3, score: 4.4, completed: 5, daysSinceLast: 3, segments: { country: 'US' } },
  { memberId: 4, score: 3.0, completed: 6, daysSinceLast: 1, segments: { country: 'CN' } },
  { memberId: 5, score: 2.0, completed: 0, daysSinceLast: 180, segments: { country: null } },
  { memberId: 6, score: 3.9, completed: 2, daysSinceLast: 20, segments: { country: 'DE' } },
];
const stats: SeedStats = {
  pool: people.length,
  openness: standardizer(momentsOf(people.map((p) => p.score))),
  frequency: standardizer(momentsOf(people.map((p) => p.completed))),
  recency: standardizer(momentsOf(people.map((p) => p.daysSinceLast))),
};

describe('seed components', () => {
  it('standardise each part, turn recency so recent is positive, and weight them as shares of their sum', () => {
    const c = seedComponents(people[2]!, stats, { openness: 6, frequency: 2.5, recency: 1.5 });
    const z = (x: number, s: { mean: number; sd: number } | null) => (x - s!.mean) / s!.sd;
    expect(c.openness.z).toBeCloseTo(z(4.4, stats.openness), 12);
    expect(c.frequency.z).toBeCloseTo(z(5, stats.frequency), 12);
    expect(c.recency.z).toBeCloseTo(-z(3, stats.recency), 12);
    expect(c.recency.z).toBeGreaterThan(0);
    expect(c.combined).toBeCloseTo(0.6 * c.openness.z + 0.25 * c.frequency.z + 0.15 * c.recency.z, 12);
    expect(normalizeWeights({ openness: 6, frequency: 2.5, recency: 1.5 })).toEqual({ openness: 0.6, frequency: 0.25, recency: 0.15 });
    expect(() => normalizeWeights({ openness: 0, frequency: 0, recency: 0 })).toThrow(/above 0/);
  });
});

describe('seed ranking with quotas', () => {
  it('ranks by openness alone when only openness weighs', () => {
    const { chosen } = rankSeedCandidates(people, stats, { openness: 1, frequency: 0, recency: 0 }, [], 3);
    expect(chosen.map((c) => c.memberId)).toEqual([1, 2, 3]);
  });

  it('lets engagement lift an active member when it weighs more', () => {
    const { chosen } = rankSeedCandidates(people, stats, { openness: 0.2, frequency: 0.5, recency: 0.3 }, [], 2);
    expect(chosen.map((c) => c.memberId)).toEqual([3, 4]);
  });

  it('keeps at most N per segment (case-insensitively), skips to the next best, and reports the bound quota', () => {
    const { chosen, quotas } = rankSeedCandidates(people, stats, { openness: 1, frequency: 0, recency: 0 }, [{ field: 'country', max: 2 }], 4);
    expect(chosen.map((c) => c.memberId)).toEqual([1, 2, 6, 4]);
    expect(quotas).toEqual([{ field: 'country', max: 2, bound: true, skipped: 1, fullSegments: [{ value: 'US', count: 2 }] }]);
  });

  it('treats an empty value as its own segment and reports unbound quotas as such', () => {
    const selector = createQuotaSelector([{ field: 'country', max: 1 }], 10);
    expect(selector.offer({ country: null })).toBe(true);
    expect(selector.offer({ country: '' })).toBe(false);
    expect(selector.offer({ country: 'FR' })).toBe(true);
    expect(selector.report()[0]).toMatchObject({ bound: true, skipped: 1, fullSegments: [{ value: null, count: 1 }, { value: 'FR', count: 1 }] });
    const loose = createQuotaSelector([{ field: 'country', max: 5 }], 1);
    expect(loose.offer({ country: 'FR' })).toBe(true);
    expect(loose.full).toBe(true);
    expect(loose.offer({ country: 'FR' })).toBe(false);
    expect(loose.report()[0]).toMatchObject({ bound: false, skipped: 0, fullSegments: [] });
  });
});
