/**
 * A table of counts: rows are answers (a question's options), columns are segments. The statistics
 * take these aggregated counts (one SQL GROUP BY), never raw responses, so their cost depends on the
 * table's size and not on the number of responses.
 */
export type CountTable = readonly (readonly number[])[];

const isCount = (v: number) => Number.isInteger(v) && v >= 0;

/** Throws a RangeError naming the first cell that is not a whole number ≥ 0, or a row of the wrong length. */
export function checkCountTable(counts: CountTable): void {
  const width = counts[0]?.length ?? 0;
  counts.forEach((row, r) => {
    if (row.length !== width) throw new RangeError(`counts[${r}] has ${row.length} columns; expected ${width} like counts[0]`);
    row.forEach((v, c) => {
      if (!isCount(v)) throw new RangeError(`counts[${r}][${c}] is ${v}; expected a whole number ≥ 0`);
    });
  });
}

const columnCount = (counts: CountTable): number => counts[0]?.length ?? 0;
export const rowTotals = (counts: CountTable): number[] => counts.map((row) => row.reduce((a, b) => a + b, 0));
export const columnTotals = (counts: CountTable): number[] =>
  Array.from({ length: columnCount(counts) }, (_, c) => counts.reduce((sum, row) => sum + row[c]!, 0));

export interface WithoutEmpty {
  counts: number[][];
  /** Indices (in the given table) of the rows and columns left out because their total is 0. */
  droppedRows: number[];
  droppedColumns: number[];
}

/** The table without rows and columns whose total is 0, which carry no information and would divide by zero. */
export function dropEmpty(counts: CountTable): WithoutEmpty {
  const rows = rowTotals(counts);
  const columns = columnTotals(counts);
  const keptColumns = columns.flatMap((t, c) => (t > 0 ? [c] : []));
  return {
    counts: counts.flatMap((row, r) => (rows[r]! > 0 ? [keptColumns.map((c) => row[c]!)] : [])),
    droppedRows: rows.flatMap((t, r) => (t === 0 ? [r] : [])),
    droppedColumns: columns.flatMap((t, c) => (t === 0 ? [c] : [])),
  };
}
