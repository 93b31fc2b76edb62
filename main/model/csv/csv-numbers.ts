import type { CsvDecimalSeparator } from './csv-options';

/**
 * A number as the workbench writes it in CSV: JavaScript's shortest text that reads back as exactly
 * the same number (`7`, not `7.0`; `0.30000000000000004`), with the chosen decimal separator. That
 * text is plain digits from 1e-6 up to (not including) 1e21 in magnitude, and exponent notation
 * beyond (`1e+21`, `1.5e-7`, `1,5e-7` with a decimal comma), which Excel, LibreOffice and R all read
 * as numbers. -0 is written `0`. A number that is not finite (a statistic that cannot be computed)
 * is written as an empty cell, as null is: no spreadsheet reads "NaN" or "Infinity" as a number.
 */
export function formatCsvNumber(n: number, decimal: CsvDecimalSeparator): string {
  if (!Number.isFinite(n)) return '';
  const text = String(n);
  return decimal === '.' ? text : text.replace('.', decimal);
}
