import type { ValueCount } from './percentiles';

/** Count, sum and sum of squares: enough for a mean and a variance, and summable in SQL. */
export interface Moments {
  n: number;
  sum: number;
  sumSquares: number;
}

export const momentsOf = (values: Iterable<number>): Moments => {
  const m = { n: 0, sum: 0, sumSquares: 0 };
  for (const v of values) {
    m.n++;
    m.sum += v;
    m.sumSquares += v * v;
  }
  return m;
};

export const momentsOfTable = (table: readonly ValueCount[]): Moments =>
  table.reduce((m, { value, count }) => ({ n: m.n + count, sum: m.sum + value * count, sumSquares: m.sumSquares + value * value * count }), { n: 0, sum: 0, sumSquares: 0 });

export const mean = (m: Moments): number | null => (m.n === 0 ? null : m.sum / m.n);

/** Sample variance (n − 1); null below two values. Clamped at 0 against rounding. */
export const variance = (m: Moments): number | null => (m.n < 2 ? null : Math.max(0, (m.sumSquares - (m.sum * m.sum) / m.n) / (m.n - 1)));

export const standardDeviation = (m: Moments): number | null => {
  const v = variance(m);
  return v === null ? null : Math.sqrt(v);
};

export interface Standardizer {
  mean: number;
  sd: number;
}

export const standardizer = (m: Moments): Standardizer | null => {
  const mu = mean(m);
  const sd = standardDeviation(m);
  return mu === null ? null : { mean: mu, sd: sd ?? 0 };
};

/** z = (x − mean) / sd; 0 when everyone has the same value, so a constant says nothing either way. */
export const zScore = (x: number, s: Standardizer | null): number => (!s || s.sd === 0 ? 0 : (x - s.mean) / s.sd);
