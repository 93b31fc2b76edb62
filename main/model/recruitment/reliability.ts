import { momentsOf, variance, type Moments } from './moments';

export const ALPHA_METHOD = "Cronbach's alpha of the keyed items over complete cases (members who answered every item)";

export interface AlphaInput {
  /** Moments of each keyed item over the complete cases. */
  items: readonly Moments[];
  /** Moments of the sum of the keyed items over the same cases. */
  total: Moments;
}

export interface Reliability {
  alpha: number;
  /** Complete cases used. */
  n: number;
  items: number;
}

/** α = k/(k−1) · (1 − Σ var(item) / var(total)); null when it is undefined (fewer than 2 cases or items, or no variance). */
export function cronbachAlphaFromMoments({ items, total }: AlphaInput): Reliability | null {
  const k = items.length;
  const totalVariance = variance(total);
  if (k < 2 || total.n < 2 || !totalVariance) return null;
  const itemVariance = items.reduce((sum, m) => sum + (variance(m) ?? 0), 0);
  return { alpha: (k / (k - 1)) * (1 - itemVariance / totalVariance), n: total.n, items: k };
}

/** Alpha of complete rows of keyed answers (one row per respondent, one column per item). */
export function cronbachAlpha(rows: readonly (readonly number[])[]): Reliability | null {
  const k = rows[0]?.length ?? 0;
  return cronbachAlphaFromMoments({
    items: Array.from({ length: k }, (_, i) => momentsOf(rows.map((r) => r[i]!))),
    total: momentsOf(rows.map((r) => r.reduce((a, b) => a + b, 0))),
  });
}
