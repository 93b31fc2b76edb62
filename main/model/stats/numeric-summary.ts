import { percentileOfTable, type ValueCount } from '../recruitment/percentiles';
import { sampleSd, summarizeTable } from './group-summary';

/**
 * Summary of a number question (or any numeric scores): n, mean, median, sample standard
 * deviation (n − 1 in the denominator, as spreadsheets' STDEV.S), minimum and maximum. It takes a
 * frequency table (distinct values with counts, one SQL GROUP BY), so its cost grows with the
 * number of distinct values, not of responses.
 */
export interface NumericSummary {
  n: number;
  mean: number | null;
  /** The middle value, or the average of the two middle values. */
  median: number | null;
  /** Sample standard deviation (n − 1); null below two values. */
  sd: number | null;
  min: number | null;
  max: number | null;
}

export function numericSummary(table: readonly ValueCount[]): NumericSummary {
  const sorted = table.filter((row) => row.count > 0).sort((a, b) => a.value - b.value);
  const g = summarizeTable(sorted);
  return {
    n: g.n,
    mean: g.n > 0 ? g.mean : null,
    median: percentileOfTable(sorted, 0.5),
    sd: sampleSd(g),
    min: sorted[0]?.value ?? null,
    max: sorted.at(-1)?.value ?? null,
  };
}
