import type { ValueCount } from '../recruitment/percentiles';

/**
 * Count, mean and sum of squared deviations from the mean of one group of numbers, accumulated in
 * one pass with Welford's update (West's form for repeated values), which stays accurate when
 * the values share many leading digits, where Σx² − (Σx)²/n loses them all.
 */
export interface GroupSummary {
  n: number;
  mean: number;
  /** Σ (x − mean)²; the sample variance is this over n − 1. */
  sumOfSquares: number;
}

const emptyGroup = (): GroupSummary => ({ n: 0, mean: 0, sumOfSquares: 0 });

/** Adds `count` copies of `value` to the summary, in place. */
function addValue(g: GroupSummary, value: number, count = 1): GroupSummary {
  if (count === 0) return g;
  g.n += count;
  const delta = value - g.mean;
  g.mean += (delta * count) / g.n;
  g.sumOfSquares += delta * count * (value - g.mean);
  return g;
}

export function summarizeValues(values: Iterable<number>): GroupSummary {
  const g = emptyGroup();
  for (const v of values) addValue(g, v);
  return g;
}

/** Summary of a frequency table (distinct values with their counts, e.g. from SQL GROUP BY). */
export function summarizeTable(table: readonly ValueCount[]): GroupSummary {
  const g = emptyGroup();
  for (const { value, count } of table) addValue(g, value, count);
  return g;
}

/** Sample variance, with n − 1 in the denominator; null below two values. */
export const sampleVariance = (g: GroupSummary): number | null => (g.n < 2 ? null : g.sumOfSquares / (g.n - 1));

/** Sample standard deviation (n − 1); null below two values. */
export function sampleSd(g: GroupSummary): number | null {
  const v = sampleVariance(g);
  return v === null ? null : Math.sqrt(v);
}
