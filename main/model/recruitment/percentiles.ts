/**
 * Percentiles by linear interpolation between closest ranks: h = (n − 1)·p over the values sorted
 * ascending, P = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). This is Excel PERCENTILE.INC, R type 7
 * and NumPy's default, so a user can check the thresholds in a spreadsheet.
 */
export const PERCENTILE_METHOD_ID = 'type7';
export const PERCENTILE_METHOD =
  'linear interpolation between closest ranks, h = (n − 1)·p on the sorted scores (Excel PERCENTILE.INC, R type 7)';

/** Distinct values with how often each occurs; the form the core reads from SQL (GROUP BY score). */
export interface ValueCount {
  value: number;
  count: number;
}

/** Sorts ascending and merges equal values. */
export function frequencyTable(values: Iterable<number>): ValueCount[] {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value - b.value);
}

/** The value at a 0-based rank of the sorted values a frequency table stands for. */
function valueAtRank(table: readonly ValueCount[], rank: number): number {
  let seen = 0;
  for (const row of table) {
    seen += row.count;
    if (rank < seen) return row.value;
  }
  throw new RangeError(`rank ${rank} is beyond the ${seen} values`);
}

export const tableSize = (table: readonly ValueCount[]) => table.reduce((n, row) => n + row.count, 0);

/** Percentile p (0..1) of a frequency table sorted ascending; null when it is empty. */
export function percentileOfTable(table: readonly ValueCount[], p: number): number | null {
  const n = tableSize(table);
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const low = valueAtRank(table, lo);
  const high = valueAtRank(table, Math.min(lo + 1, n - 1));
  return low + (h - lo) * (high - low);
}

export const percentile = (values: Iterable<number>, p: number) => percentileOfTable(frequencyTable(values), p);
