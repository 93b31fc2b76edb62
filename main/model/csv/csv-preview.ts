import { guardCell } from './csv-guard';
import { formatCsvNumber } from './csv-numbers';
import type { CsvOptions } from './csv-options';

/** A value of an exported table: text, a number the app computed or stored, or nothing. */
export type CsvCell = string | number | null;

/** The text a cell is written as: numbers formatted (never guarded), text guarded when the guard is on. */
function csvCellText(cell: CsvCell, options: Pick<CsvOptions, 'decimal' | 'guard'>): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatCsvNumber(cell, options.decimal);
  return options.guard ? guardCell(cell) : cell;
}

export const csvRowTexts = (row: readonly CsvCell[], options: Pick<CsvOptions, 'decimal' | 'guard'>): string[] => row.map((cell) => csvCellText(cell, options));

export const CSV_PREVIEW_ROWS = 20;

export interface CsvPreview {
  header: string[];
  rows: string[][];
}

/** The header and first rows of an export as they will be written (before CSV quoting), for the export dialog. */
export function previewCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>, options: CsvOptions): CsvPreview {
  const shown: string[][] = [];
  for (const row of rows) {
    if (shown.length === CSV_PREVIEW_ROWS) break;
    shown.push(csvRowTexts(row, options));
  }
  return { header: csvRowTexts(header, options), rows: shown };
}
