import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { csvOptionsProblem, type CsvOptions } from '@model/csv/csv-options';
import { csvRowTexts, type CsvCell } from '@model/csv/csv-preview';
import type { FileDelivery } from '../../call-context';
import { AppError } from '../../errors';
import type { Written } from '../safe-writer';

/** What to export: the header, and the rows as they come (from a query cursor, say), each as wide as the header. */
export interface CsvSource {
  header: readonly string[];
  rows: AsyncIterable<readonly CsvCell[]> | Iterable<readonly CsvCell[]>;
}

export interface CsvWriteOptions {
  /** Replace a file already at the target (the user was asked). */
  replace?: boolean;
  signal?: AbortSignal;
}

/** The UTF-8 byte-order mark: Excel reads the file as UTF-8 only with it. */
export const CSV_BOM = '\uFEFF';
/** Characters of text gathered before they go to the file: few writes, and memory stays flat however long the export. */
const CHUNK_CHARS = 64 * 1024;
/**
 * Rows formatted between two turns of the event loop. A source often has a whole page of rows at
 * hand (a query's page), so nothing else would let the loop turn until a chunk is full; and the
 * first rows of an export run through code not yet optimised, several times slower than later
 * ones. A slice this small stays a few milliseconds of work even then.
 */
export const CSV_SLICE_ROWS = 100;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Records (rows of cell texts) as CSV text, each ended by the newline. papaparse's unparse, as the
 * rest of the app writes CSV: quotes doubled, and a field quoted when it holds the delimiter, a
 * quote, a carriage return or line feed, or starts or ends with a space. Its own formula escaping
 * stays off: the guard (csv-guard.ts) has run on the texts already.
 */
export function encodeCsvRecords(records: readonly (readonly string[])[], options: Pick<CsvOptions, 'delimiter' | 'newline'>): string {
  if (records.length === 0) return '';
  return `${Papa.unparse(records as string[][], { delimiter: options.delimiter, newline: options.newline, quotes: false, escapeFormulae: false })}${options.newline}`;
}

/**
 * Rows as CSV text, each cell formatted and guarded per the options (csv-preview.ts); the file's
 * first rows get the byte-order mark when the options ask for one.
 */
export const encodeCsvRows = (rows: readonly (readonly CsvCell[])[], options: CsvOptions, first: boolean): string =>
  (first && options.bom ? CSV_BOM : '') + encodeCsvRecords(rows.map((row) => csvRowTexts(row, options)), options);

/** The file's bytes, chunk by chunk: BOM, header, then the rows, formatted a slice at a time with a turn of the event loop after each. */
async function* csvChunks(source: CsvSource, options: CsvOptions, progress: { rows: number }): AsyncGenerator<Buffer> {
  const width = source.header.length;
  let slice: (readonly CsvCell[])[] = [source.header];
  let texts: string[] = [];
  let first = true;
  let chars = 0;
  const format = () => {
    const text = encodeCsvRows(slice, options, first);
    [slice, first] = [[], false];
    texts.push(text);
    chars += text.length;
  };
  const flush = () => {
    const chunk = Buffer.from(texts.join(''), 'utf8');
    [texts, chars] = [[], 0];
    return chunk;
  };
  // for await closes the source (a query cursor, say) when the file is abandoned part way.
  for await (const row of source.rows) {
    if (row.length !== width) {
      throw new AppError('INTERNAL', `Row ${progress.rows + 1} has ${row.length} value(s) but the header has ${width} columns; nothing was written.`);
    }
    slice.push(row);
    progress.rows++;
    if (slice.length < CSV_SLICE_ROWS) continue;
    format();
    await nextTurn();
    if (chars >= CHUNK_CHARS) yield flush();
  }
  format();
  yield flush();
}

/**
 * Writes a table as a CSV file through the core's safe writer (temporary file, flushed, renamed),
 * streaming: rows are read from the source only as fast as the file takes them, so memory stays
 * flat. A cancelled or failed export leaves no file under the target name, nor a temporary one.
 * Answers the file written and the number of data rows.
 */
export async function writeCsv(
  files: Pick<FileDelivery, 'save'>,
  target: string,
  source: CsvSource,
  options: CsvOptions,
  write: CsvWriteOptions = {},
): Promise<Written & { rows: number }> {
  const problem = csvOptionsProblem(options);
  if (problem) throw new AppError('VALIDATION', problem.message, { key: problem.key, issues: [{ path: problem.path, message: problem.message }] });
  const progress = { rows: 0 };
  const stream = Readable.from(csvChunks(source, options, progress));
  const written = await files.save(target, { stream }, { replace: write.replace ?? false, signal: write.signal });
  return { ...written, rows: progress.rows };
}
