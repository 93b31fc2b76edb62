import type { CsvCell } from '@model/csv/csv-preview';
import type { ExportPlan } from './export-jobs';

/** A table as an analysis screen shows it, computed whole (it is small): a header, then lines that may be shorter than it (notes). */
export interface ScreenTable {
  header: string[];
  lines: CsvCell[][];
}

/** Every line as wide as the header, so a spreadsheet or papaparse reads one rectangle. */
const padded = ({ header, lines }: ScreenTable) => lines.map((l) => [...l, ...Array<CsvCell>(Math.max(0, header.length - l.length)).fill(null)]);

/** The plan that writes a screen's table (export.crosstab, export.summary) in one page. */
export function screenTablePlan(kind: string, table: ScreenTable, fileName: string): ExportPlan {
  const lines = padded(table);
  return {
    kind,
    table: {
      header: table.header,
      pages: async function* () {
        yield lines;
      },
    },
    fileName,
    total: lines.length,
  };
}

/** `<what>-<question>[-<row>]-<day>.csv`: the name offered for a screen's table. */
export const screenFileName = (what: string, questionId: string, rowId: string | null, now: Date) => `${what}-${questionId}${rowId ? `-${rowId}` : ''}-${now.toISOString().slice(0, 10)}.csv`;
