import { columnTotals, dropEmpty, rowTotals, type CountTable } from './count-table';
import { chiSquareUpperTail } from './distributions';
import { ran, skipped, type Outcome } from './outcome';

/**
 * Pearson's chi-square test of independence of rows and columns, without continuity correction:
 * X² = Σ (O − E)² / E with E = row total · column total / n, df = (r − 1)(c − 1), and p the exact
 * upper tail of χ²(df). Rows and columns whose total is 0 are dropped first (and listed), since
 * their expected counts are 0; a table left with fewer than two rows or columns has no test.
 */

/**
 * Cochran's rule for when the χ² approximation is doubtful: any expected count below 1, or more
 * than 20 % of the expected counts below 5. Cochran, W. G. (1954). "Some methods for strengthening
 * the common χ² tests", Biometrics 10(4), 417–451.
 */
const COCHRAN_MINIMUM_EXPECTED = 1;
const COCHRAN_SMALL_EXPECTED = 5;
const COCHRAN_SMALL_SHARE = 0.2;

export interface SmallExpected {
  /** The smallest expected count. */
  minimum: number;
  /** Cells whose expected count is below 5, of `cells`. */
  belowFive: number;
  cells: number;
  /** True when Cochran's rule is broken: the p-value should be read with caution (Fisher's test, or merge categories). */
  warning: boolean;
}

export interface ChiSquareResult {
  statistic: number;
  df: number;
  p: number;
  /** Rows and columns (indices in the given table) left out because their total is 0. */
  droppedRows: number[];
  droppedColumns: number[];
  smallExpected: SmallExpected;
}

/** Fewer than two rows or columns with any count: nothing to test. */
export type ChiSquareSkipReason = 'tooFewCategories';

export function chiSquareTest(table: CountTable): Outcome<ChiSquareResult, ChiSquareSkipReason> {
  const { counts, droppedRows, droppedColumns } = dropEmpty(table);
  const rows = rowTotals(counts);
  const columns = columnTotals(counts);
  if (rows.length < 2 || columns.length < 2) return skipped('tooFewCategories');
  const n = rows.reduce((a, b) => a + b, 0);
  let statistic = 0;
  let minimum = Infinity;
  let belowFive = 0;
  counts.forEach((row, r) =>
    row.forEach((observed, c) => {
      const expected = (rows[r]! * columns[c]!) / n;
      statistic += (observed - expected) ** 2 / expected;
      minimum = Math.min(minimum, expected);
      if (expected < COCHRAN_SMALL_EXPECTED) belowFive++;
    }),
  );
  const cells = rows.length * columns.length;
  const df = (rows.length - 1) * (columns.length - 1);
  return ran({
    statistic,
    df,
    p: chiSquareUpperTail(statistic, df),
    droppedRows,
    droppedColumns,
    smallExpected: {
      minimum,
      belowFive,
      cells,
      warning: minimum < COCHRAN_MINIMUM_EXPECTED || belowFive > COCHRAN_SMALL_SHARE * cells,
    },
  });
}
