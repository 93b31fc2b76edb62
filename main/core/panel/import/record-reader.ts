import Papa from 'papaparse';
import type { ImportDelimiter } from '@api/member-import';
import type { TextChunk } from './text-source';

export type Newline = '\n' | '\r\n' | '\r';

export interface Dialect {
  delimiter: ImportDelimiter;
  newline: Newline;
}

export interface CsvRecord {
  /** 0-based among the records that are not blank (the header, if any, is record 0). */
  index: number;
  fields: string[];
  /** papaparse found a malformed quote in this record (e.g. `"abc"def`, or a quote never closed at the end of the file). */
  quoteError: boolean;
}

export interface RecordBatch {
  records: CsvRecord[];
  /** Bytes of the file consumed so far. */
  bytesDone: number;
  /** The limit was reached: there is more after these records. */
  truncated?: boolean;
}

/**
 * A record still open after this many characters is not a record: a quote that never closes, or
 * not a text table. A quarter of what the preview reads, so the preview sees it too.
 */
export const MAX_RECORD_CHARS = 256 * 1024;

/** Thrown when a record grows past MAX_RECORD_CHARS; recordIndex is the record that never ended. */
export class RecordTooLongError extends Error {
  constructor(readonly recordIndex: number) {
    super(`Record ${recordIndex} is longer than ${MAX_RECORD_CHARS} characters`);
  }
}

interface PapaError {
  code: string;
  row?: number;
}
interface PapaResult {
  data: string[][];
  errors: PapaError[];
  meta: { cursor: number; truncated: boolean };
}

const isBlank = (fields: string[]) => fields.every((f) => f.trim() === '');

/**
 * Splits decoded text into records with papaparse's own parser, chunk by chunk, the way its
 * ChunkStreamer does (a record cut by the chunk boundary is carried into the next chunk), but
 * driven by this async loop: the next bytes are read only when the caller asks, so memory stays
 * bounded, and a quote that never closes is caught after MAX_RECORD_CHARS instead of swallowing
 * the rest of the file. Blank lines are skipped and not counted.
 */
export async function* readRecords(chunks: AsyncIterable<TextChunk>, dialect: Dialect, options: { atEnd: boolean; limit?: number }): AsyncGenerator<RecordBatch> {
  // limit (papaparse's preview) stops after that many records, blank ones included: enough for a preview.
  const parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"', preview: options.limit });
  let carry = '';
  let index = 0;
  let bytesDone = 0;
  const toRecords = (result: PapaResult): CsvRecord[] => {
    const quoteErrors = new Set(result.errors.filter((e) => e.code === 'InvalidQuotes' || e.code === 'MissingQuotes').map((e) => e.row));
    const records: CsvRecord[] = [];
    result.data.forEach((fields, i) => {
      if (!isBlank(fields)) records.push({ index: index++, fields, quoteError: quoteErrors.has(i) });
    });
    return records;
  };
  for await (const chunk of chunks) {
    bytesDone += chunk.bytes;
    const input = carry + chunk.text;
    const result = parser.parse(input, 0, true) as PapaResult;
    carry = input.substring(result.meta.cursor);
    if (result.meta.truncated) {
      yield { records: toRecords(result), bytesDone, truncated: true };
      return;
    }
    yield { records: toRecords(result), bytesDone };
    if (carry.length > MAX_RECORD_CHARS) throw new RecordTooLongError(index);
  }
  if (options.atEnd && carry !== '') yield { records: toRecords(parser.parse(carry, 0, false) as PapaResult), bytesDone };
}
