import Papa from 'papaparse';
import type { ImportDelimiter } from '@api/csv-import';
import { unguard } from '@model/csv/csv-guard';
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

/** A record that grew past MAX_RECORD_CHARS. */
export interface TooLongRecord {
  /** The record (as CsvRecord.index) that never ended. */
  recordIndex: number;
  /** A quoted field is open in it (else the line itself is that long). */
  quoteOpen: boolean;
  /** Its length in characters: all of it when `measured`, else as far as the text went. */
  chars: number;
  measured: boolean;
}

export class RecordTooLongError extends Error {
  constructor(readonly record: TooLongRecord) {
    super(`Record ${record.recordIndex} is longer than ${MAX_RECORD_CHARS} characters`);
  }
}

/** Whether a quoted field is still open at the end of a record's text, by papaparse's rule (a quote opens a field only at its start). */
function quoteOpenAtEnd(text: string, delimiter: string): boolean {
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '"' && fieldStart) inQuotes = true;
    fieldStart = c === delimiter;
  }
  return inQuotes;
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
      if (isBlank(fields)) return;
      // A cell the workbench's CSV guard marked reads as the value it was (csv-guard.ts), header and preview included; in place, as papaparse's arrays are this reader's.
      for (let f = 0; f < fields.length; f++) fields[f] = unguard(fields[f]!);
      records.push({ index: index++, fields, quoteError: quoteErrors.has(i) });
    });
    return records;
  };
  const source = chunks[Symbol.asyncIterator]();
  /** A record too long with no quote open: the rest of its line is counted (not kept) so the message can say how long it is. */
  const lineTooLong = async (): Promise<TooLongRecord> => {
    let chars = carry.length;
    for (let next = await source.next(); !next.done; next = await source.next()) {
      const end = next.value.text.indexOf(dialect.newline);
      if (end !== -1) return { recordIndex: index, quoteOpen: false, chars: chars + end, measured: true };
      chars += next.value.text.length;
    }
    return { recordIndex: index, quoteOpen: false, chars, measured: options.atEnd };
  };
  for (let next = await source.next(); !next.done; next = await source.next()) {
    const chunk = next.value;
    bytesDone += chunk.bytes;
    const input = carry + chunk.text;
    const result = parser.parse(input, 0, true) as PapaResult;
    carry = input.substring(result.meta.cursor);
    if (result.meta.truncated) {
      yield { records: toRecords(result), bytesDone, truncated: true };
      return;
    }
    yield { records: toRecords(result), bytesDone };
    if (carry.length > MAX_RECORD_CHARS) {
      if (quoteOpenAtEnd(carry, dialect.delimiter)) throw new RecordTooLongError({ recordIndex: index, quoteOpen: true, chars: carry.length, measured: false });
      throw new RecordTooLongError(await lineTooLong());
    }
  }
  if (options.atEnd && carry !== '') yield { records: toRecords(parser.parse(carry, 0, false) as PapaResult), bytesDone };
}
