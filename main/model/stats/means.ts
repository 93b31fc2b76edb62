import { fUpperTail, studentTwoSided } from './distributions';
import { sampleSd, sampleVariance, type GroupSummary } from './group-summary';
import { ran, skipped, type Outcome } from './outcome';

/**
 * Means of a scale or number question by column (segment), and whether they differ: one-way
 * ANOVA across the columns, and Welch's t-test when there are exactly two. Both assume each
 * respondent is in one column, so overlapping segments get no test (`overlappingColumns`).
 */

export const MEANS_SKIP_REASONS = ['overlappingColumns', 'notTwoColumns', 'tooFewValues', 'noVariance'] as const;
export type MeansSkipReason = (typeof MEANS_SKIP_REASONS)[number];

export interface ColumnMean {
  n: number;
  /** null when the column has no value. */
  mean: number | null;
  /** Sample standard deviation (n − 1); null below two values. */
  sd: number | null;
}

export interface AnovaResult {
  f: number;
  /** Between columns: groups − 1. */
  df1: number;
  /** Within columns: values − groups. */
  df2: number;
  p: number;
  /** Columns with at least one value; empty columns are left out. */
  groups: number;
}

export interface WelchResult {
  /** (mean₁ − mean₂) / √(s₁²/n₁ + s₂²/n₂) */
  t: number;
  /** Welch–Satterthwaite degrees of freedom; not a whole number in general. */
  df: number;
  /** Two-sided. */
  p: number;
  difference: number;
}

export interface MeansComparison {
  columns: ColumnMean[];
  anova: Outcome<AnovaResult, MeansSkipReason>;
  welch: Outcome<WelchResult, MeansSkipReason>;
}

const columnMean = (g: GroupSummary): ColumnMean => ({ n: g.n, mean: g.n > 0 ? g.mean : null, sd: sampleSd(g) });

/**
 * One-way ANOVA: F = (SSB/(k − 1)) / (SSW/(N − k)) with SSB = Σ nᵢ(meanᵢ − mean)² and
 * SSW = Σ Σ (x − meanᵢ)², p = P(F(k − 1, N − k) ≥ F).
 */
export function oneWayAnova(groups: readonly GroupSummary[]): Outcome<AnovaResult, MeansSkipReason> {
  const used = groups.filter((g) => g.n > 0);
  const k = used.length;
  const n = used.reduce((sum, g) => sum + g.n, 0);
  if (k < 2 || n <= k) return skipped('tooFewValues');
  const grand = used.reduce((sum, g) => sum + g.n * g.mean, 0) / n;
  const between = used.reduce((sum, g) => sum + g.n * (g.mean - grand) ** 2, 0);
  const within = used.reduce((sum, g) => sum + g.sumOfSquares, 0);
  if (!(within > 0)) return skipped('noVariance');
  const [df1, df2] = [k - 1, n - k];
  const f = between / df1 / (within / df2);
  return ran({ f, df1, df2, p: fUpperTail(f, df1, df2), groups: k });
}

/** Welch's unequal-variances t-test of two groups, two-sided (Welch 1947; Satterthwaite 1946). */
export function welchTTest(a: GroupSummary, b: GroupSummary): Outcome<WelchResult, MeansSkipReason> {
  const [va, vb] = [sampleVariance(a), sampleVariance(b)];
  if (va === null || vb === null) return skipped('tooFewValues');
  const [sa, sb] = [va / a.n, vb / b.n];
  const se2 = sa + sb;
  if (!(se2 > 0)) return skipped('noVariance');
  const t = (a.mean - b.mean) / Math.sqrt(se2);
  const df = se2 ** 2 / (sa ** 2 / (a.n - 1) + sb ** 2 / (b.n - 1));
  return ran({ t, df, p: studentTwoSided(t, df), difference: a.mean - b.mean });
}

export function compareMeans(groups: readonly GroupSummary[], options: { overlappingColumns?: boolean } = {}): MeansComparison {
  const columns = groups.map(columnMean);
  if (options.overlappingColumns) return { columns, anova: skipped('overlappingColumns'), welch: skipped('overlappingColumns') };
  const [a, b] = groups;
  return {
    columns,
    anova: oneWayAnova(groups),
    welch: groups.length === 2 && a && b ? welchTTest(a, b) : skipped('notTwoColumns'),
  };
}
