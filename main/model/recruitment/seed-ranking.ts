import { foldText } from '../fold-text';
import type { Scalar } from '../filter/filter';
import { zScore, type Standardizer } from './moments';

/**
 * Seed-user ranking: openness (z-score within the scored panel) combined with engagement, i.e.
 * frequency (completed responses in the window) and recency (days since the last completed
 * response, capped at the window, fewer days ranking higher), each standardised over the same
 * pool. Weights are shown to the user and can be changed; they are used as shares of their sum.
 */
export interface SeedWeights {
  openness: number;
  frequency: number;
  recency: number;
}
export const DEFAULT_SEED_WEIGHTS: SeedWeights = { openness: 0.6, frequency: 0.25, recency: 0.15 };
export const DEFAULT_ENGAGEMENT_WINDOW_DAYS = 180;

export function normalizeWeights(w: SeedWeights): SeedWeights {
  const sum = w.openness + w.frequency + w.recency;
  if (!(sum > 0)) throw new RangeError('At least one weight must be above 0');
  return { openness: w.openness / sum, frequency: w.frequency / sum, recency: w.recency / sum };
}

/** A member's raw inputs to the ranking. */
export interface SeedRaw {
  score: number;
  /** Completed responses within the window. */
  completed: number;
  /** Days since the last completed response, capped at the window (never responded = the window). */
  daysSinceLast: number;
}

export interface SeedStats {
  /** Scored members the z-scores are taken over. */
  pool: number;
  openness: Standardizer | null;
  frequency: Standardizer | null;
  recency: Standardizer | null;
}

export interface SeedComponents {
  openness: { score: number; z: number };
  frequency: { completed: number; z: number };
  recency: { days: number; z: number };
  /** Weighted sum of the three z-scores with normalised weights. */
  combined: number;
}

export function seedComponents(raw: SeedRaw, stats: SeedStats, weights: SeedWeights): SeedComponents {
  const w = normalizeWeights(weights);
  const zo = zScore(raw.score, stats.openness);
  const zf = zScore(raw.completed, stats.frequency);
  // Fewer days since the last response is better, so the sign turns.
  const zr = -zScore(raw.daysSinceLast, stats.recency);
  return {
    openness: { score: raw.score, z: zo },
    frequency: { completed: raw.completed, z: zf },
    recency: { days: raw.daysSinceLast, z: zr },
    combined: w.openness * zo + w.frequency * zf + w.recency * zr,
  };
}

/** At most `max` shortlisted members per distinct value of `field` (e.g. per country). */
export interface SeedQuota {
  field: string;
  max: number;
}

export interface QuotaReport extends SeedQuota {
  /** True when the quota kept someone off the list. */
  bound: boolean;
  /** Candidates passed over because this quota's segment was full. */
  skipped: number;
  /** Segments that reached the maximum; value null = members with the field empty. */
  fullSegments: { value: string | null; count: number }[];
}

export type SegmentValue = Scalar | null;

/** Segment values compare like the filter language compares text: NFKC, case-insensitive. */
const segmentKey = (v: SegmentValue) => (v === null || v === '' ? '' : foldText(String(v)));

/**
 * Greedy selection under quotas: offer candidates best first; each is taken unless one of its
 * segments is full. Works across pages, so the core can stream candidates in score order.
 */
export function createQuotaSelector(quotas: readonly SeedQuota[], limit: number) {
  const counts = quotas.map(() => new Map<string, { value: string | null; count: number }>());
  const skipped = quotas.map(() => 0);
  let selected = 0;
  return {
    get full() {
      return selected >= limit;
    },
    /** true when the candidate was taken. */
    offer(segments: Readonly<Record<string, SegmentValue>>): boolean {
      if (selected >= limit) return false;
      const keys = quotas.map((q) => segmentKey(segments[q.field] ?? null));
      const blocked = quotas.map((q, i) => (counts[i]!.get(keys[i]!)?.count ?? 0) >= q.max);
      if (blocked.some(Boolean)) {
        blocked.forEach((b, i) => b && skipped[i]!++);
        return false;
      }
      quotas.forEach((q, i) => {
        const slot = counts[i]!.get(keys[i]!) ?? { value: keys[i] === '' ? null : String(segments[q.field]), count: 0 };
        slot.count++;
        counts[i]!.set(keys[i]!, slot);
      });
      selected++;
      return true;
    },
    report(): QuotaReport[] {
      return quotas.map((q, i) => ({
        ...q,
        bound: skipped[i]! > 0,
        skipped: skipped[i]!,
        fullSegments: [...counts[i]!.values()].filter((s) => s.count >= q.max),
      }));
    },
  };
}

export interface SeedCandidateInput extends SeedRaw {
  memberId: number;
  segments: Record<string, SegmentValue>;
}

/** The whole ranking in memory (renderer previews, tests): best combined score first, ties by member id. */
export function rankSeedCandidates(candidates: readonly SeedCandidateInput[], stats: SeedStats, weights: SeedWeights, quotas: readonly SeedQuota[], limit: number) {
  const scored = candidates
    .map((c) => ({ ...c, components: seedComponents(c, stats, weights) }))
    .sort((a, b) => b.components.combined - a.components.combined || a.memberId - b.memberId);
  const selector = createQuotaSelector(quotas, limit);
  const chosen = scored.filter((c) => !selector.full && selector.offer(c.segments));
  return { chosen, quotas: selector.report() };
}
