import { chiSquareTest, type ChiSquareResult } from './chi-square';
import { columnProportionTests, type ColumnProportionOptions, type ColumnProportionTests } from './column-proportions';
import { checkCountTable, columnTotals, dropEmpty, type CountTable } from './count-table';
import { fisherExactTwoSided } from './fisher-exact';
import { ran, skipped, type Outcome } from './outcome';

/**
 * The statistics of one crosstab: a question's answers (rows) by segments (columns), from counts of
 * respondents. Column percentages are of the column base; the column-proportion letters compare
 * columns row by row; the chi-square test and, for a 2×2 table, Fisher's exact test ask whether
 * answers and segments are independent.
 *
 * Those two tests need each respondent in exactly one cell. That fails for a multiple-choice
 * question (a respondent counts in several rows: `multipleResponse`) and for segments that overlap
 * (a respondent counts in several columns: `overlappingColumns`); the tests are then skipped with
 * that reason, and the bases must be respondents, given in `columnBases`.
 */

export const INDEPENDENCE_SKIP_REASONS = ['multipleResponse', 'overlappingColumns', 'tooFewCategories', 'notTwoByTwo'] as const;
export type IndependenceSkipReason = (typeof INDEPENDENCE_SKIP_REASONS)[number];

export interface CrosstabInput extends ColumnProportionOptions {
  /** counts[row][column]: respondents in the column who gave the row's answer. */
  counts: CountTable;
  /**
   * Respondents per column who answered the question. Required with `multipleResponse`, where the
   * column total counts answers; otherwise it defaults to the column totals.
   */
  columnBases?: readonly number[];
  /** A respondent can give several answers (multiple choice). */
  multipleResponse?: boolean;
  /** A respondent can be in several columns (overlapping segments). */
  overlappingColumns?: boolean;
}

export interface FisherResult {
  /** Two-sided p of the 2×2 table left after dropping empty rows and columns. */
  p: number;
  droppedRows: number[];
  droppedColumns: number[];
}

export interface CrosstabStatistics {
  columnBases: number[];
  /** columnPercents[row][column] = 100 · count / column base; null where the base is 0. */
  columnPercents: (number | null)[][];
  chiSquare: Outcome<ChiSquareResult, IndependenceSkipReason>;
  fisher: Outcome<FisherResult, IndependenceSkipReason>;
  columnProportions: ColumnProportionTests;
}

function basesOf(input: CrosstabInput): number[] {
  const totals = columnTotals(input.counts);
  if (!input.columnBases) {
    if (input.multipleResponse) throw new RangeError('columnBases is required for a multiple-response crosstab: the column totals count answers, not respondents');
    return totals;
  }
  if (input.columnBases.length !== totals.length) throw new RangeError(`columnBases has ${input.columnBases.length} entries; expected one per column (${totals.length})`);
  return input.columnBases.map((base, c) => {
    // A respondent counts once per row, so a base is at least each count, and at least the total when answers are single.
    const least = input.multipleResponse ? Math.max(0, ...input.counts.map((row) => row[c]!)) : totals[c]!;
    if (!Number.isInteger(base) || base < least) throw new RangeError(`columnBases[${c}] is ${base}; expected a whole number ≥ ${least}, the respondents counted in that column`);
    return base;
  });
}

function independenceReason(input: CrosstabInput): IndependenceSkipReason | null {
  if (input.overlappingColumns) return 'overlappingColumns';
  if (input.multipleResponse) return 'multipleResponse';
  return null;
}

function fisherTest(counts: CountTable): Outcome<FisherResult, IndependenceSkipReason> {
  const { counts: kept, droppedRows, droppedColumns } = dropEmpty(counts);
  const [first, second] = kept;
  if (kept.length !== 2 || first?.length !== 2 || !second) return skipped('notTwoByTwo');
  const p = fisherExactTwoSided([[first[0]!, first[1]!], [second[0]!, second[1]!]]);
  return ran({ p, droppedRows, droppedColumns });
}

export function crosstabStatistics(input: CrosstabInput): CrosstabStatistics {
  checkCountTable(input.counts);
  const columnBases = basesOf(input);
  const reason = independenceReason(input);
  return {
    columnBases,
    columnPercents: input.counts.map((row) => row.map((count, c) => (columnBases[c]! > 0 ? (100 * count) / columnBases[c]! : null))),
    chiSquare: reason ? skipped(reason) : chiSquareTest(input.counts),
    fisher: reason ? skipped(reason) : fisherTest(input.counts),
    columnProportions: columnProportionTests(input.counts, columnBases, input),
  };
}
