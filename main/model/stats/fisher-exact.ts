import { logFactorial } from './distributions';

/**
 * Fisher's exact test of a 2×2 table, two-sided. With the margins fixed, the top-left count x
 * follows the hypergeometric distribution; the p-value is the total probability of every table
 * at most as probable as the observed one (the rule of R's fisher.test, with its relative
 * tolerance 1e-7 so that tables equally probable in exact arithmetic are not lost to rounding).
 * Probabilities are taken relative to the most probable table, so nothing underflows however
 * large the counts; the work is one pass over the possible tables, at most min(margins) + 1.
 */
const FISHER_RELATIVE_TOLERANCE = 1e-7;

export type TwoByTwo = readonly [readonly [number, number], readonly [number, number]];

export function fisherExactTwoSided([[a, b], [c, d]]: TwoByTwo): number {
  const row1 = a + b;
  const row2 = c + d;
  const column1 = a + c;
  const lowest = Math.max(0, column1 - row2);
  const highest = Math.min(row1, column1);
  // ln P(x) up to a constant: −ln x! − ln (row1 − x)! − ln (column1 − x)! − ln (row2 − column1 + x)!
  const logWeight = (x: number) => -(logFactorial(x) + logFactorial(row1 - x) + logFactorial(column1 - x) + logFactorial(row2 - column1 + x));
  const logs = Array.from({ length: highest - lowest + 1 }, (_, i) => logWeight(lowest + i));
  const top = logs.reduce((m, l) => Math.max(m, l), -Infinity);
  const weights = logs.map((l) => Math.exp(l - top));
  const observed = weights[a - lowest]! * (1 + FISHER_RELATIVE_TOLERANCE);
  let total = 0;
  let asExtreme = 0;
  for (const w of weights) {
    total += w;
    if (w <= observed) asExtreme += w;
  }
  return Math.min(1, asExtreme / total);
}
