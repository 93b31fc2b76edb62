import fs from 'node:fs';
import type { ImportDelimiter, ImportEncoding } from '@api/csv-import';
import { columnLayout, type ColumnLayout } from './columns';
import { detectDelimiter, detectNewline, looksLikeHeader, modeOf } from './dialect';
import { detectEncoding, type EncodingGuess } from './encoding';
import { FieldCountTally } from './header-shape';
import { readRecords, RecordTooLongError, type CsvRecord, type Dialect, type TooLongRecord } from './record-reader';
import { decodeChunks, readHead } from './text-source';

/** The preview reads this much of the file, and at most PREVIEW_ROWS data rows of it. */
const PREVIEW_BYTES = 1024 * 1024;
const PREVIEW_ROWS = 200;

export interface ReadOverrides {
  encoding?: ImportEncoding;
  delimiter?: ImportDelimiter;
  hasHeader?: boolean;
}

export interface Sniff {
  sizeBytes: number;
  bytesRead: number;
  /** The whole file was read. */
  complete: boolean;
  guess: EncodingGuess;
  encoding: ImportEncoding;
  dialect: Dialect;
  detectedDelimiter: ImportDelimiter;
  detectedHeader: boolean;
  hasHeader: boolean;
  /** The header record's fields as read, or null without a header. */
  header: string[] | null;
  layout: ColumnLayout;
  /** Data rows read (at most PREVIEW_ROWS), each with its row number. */
  rows: { row: number; record: CsvRecord }[];
  tally: FieldCountTally;
  /** The data row that never ended within the part read (an unclosed quote, or a line too long), if any. */
  tooLong: (TooLongRecord & { row: number }) | null;
}

/** Data rows are numbered from 1, the first row after the header. */
export const rowNumber = (recordIndex: number, hasHeader: boolean) => (hasHeader ? recordIndex : recordIndex + 1);

async function* once<T>(value: T): AsyncGenerator<T> {
  yield value;
}

/** Reads the start of a file and works out how to read the rest: encoding, delimiter, header and columns. */
export async function sniffFile(filePath: string, overrides: ReadOverrides): Promise<Sniff> {
  const sizeBytes = fs.statSync(filePath).size;
  const head = await readHead(filePath, PREVIEW_BYTES);
  const complete = head.length === sizeBytes;
  const guess = detectEncoding(head);
  const encoding = overrides.encoding ?? guess.encoding;
  let text = '';
  for await (const chunk of decodeChunks(once(head), encoding, complete)) text += chunk.text;
  const newline = detectNewline(text);
  const detectedDelimiter = detectDelimiter(text, newline, complete);
  const dialect: Dialect = { delimiter: overrides.delimiter ?? detectedDelimiter, newline };

  const records: CsvRecord[] = [];
  let tooLong: TooLongRecord | null = null;
  let truncated = false;
  try {
    for await (const batch of readRecords(once({ text, bytes: head.length }), dialect, { atEnd: complete, limit: PREVIEW_ROWS + 1 })) {
      records.push(...batch.records);
      truncated ||= batch.truncated === true;
    }
  } catch (err) {
    if (!(err instanceof RecordTooLongError)) throw err;
    tooLong = err.record;
  }
  const detectedHeader = records.length > 0 && looksLikeHeader(records[0]!.fields);
  const hasHeader = overrides.hasHeader ?? detectedHeader;
  const header = hasHeader && records.length > 0 ? records[0]!.fields : null;
  const dataRecords = (hasHeader ? records.slice(1) : records).slice(0, PREVIEW_ROWS);
  const rows = dataRecords.map((record) => ({ row: rowNumber(record.index, hasHeader), record }));
  const tally = new FieldCountTally();
  for (const r of rows) tally.add(r.row, r.record.fields.length);
  const width = header ? header.length : modeOf(rows.map((r) => r.record.fields.length));
  return {
    sizeBytes,
    bytesRead: head.length,
    complete: complete && !truncated && tooLong === null,
    guess,
    encoding,
    dialect,
    detectedDelimiter,
    detectedHeader,
    hasHeader,
    header,
    layout: columnLayout(header, width),
    rows,
    tally,
    tooLong: tooLong && { ...tooLong, row: rowNumber(tooLong.recordIndex, hasHeader) },
  };
}
