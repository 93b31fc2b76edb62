import fs from 'node:fs';
import { AppError } from '../../errors';
import type { JobContext } from '../../jobs/job-registry';
import { emptyFileProblem, isBlocking, problem, quoteRefusal, refusal, sniffProblems, tooLongProblem } from './file-problems';
import { FieldCountTally, headerMismatch } from './header-shape';
import { readRecords, RecordTooLongError, type RecordBatch } from './record-reader';
import { rowNumber, sniffFile, type ReadOverrides, type Sniff } from './sniff';
import { decodeChunks, readFileChunks } from './text-source';

/** Reads the whole file as records, turning a record that never ends into a refusal naming its row. */
async function* fileRecords(filePath: string, sniff: Sniff): AsyncGenerator<RecordBatch> {
  try {
    yield* readRecords(decodeChunks(readFileChunks(filePath), sniff.encoding), sniff.dialect, { atEnd: true });
  } catch (err) {
    if (!(err instanceof RecordTooLongError)) throw err;
    const p = tooLongProblem({ ...err.record, row: rowNumber(err.record.recordIndex, sniff.hasHeader) });
    throw refusal({ ...p, message: `${p.message} Nothing was imported.` });
  }
}

/** One data row of the file: its number (1 = the first row after the header) and its fields as read. */
export interface DataRow {
  row: number;
  fields: string[];
  /** papaparse found a malformed quote in it. */
  quoteError: boolean;
}

/** The data rows of the whole file, a chunk of the file at a time, with the bytes read so far (for progress). A file without any is refused. */
export async function* dataRowBatches(filePath: string, sniff: Sniff): AsyncGenerator<{ rows: DataRow[]; bytesDone: number }> {
  let count = 0;
  for await (const batch of fileRecords(filePath, sniff)) {
    const rows: DataRow[] = [];
    for (const r of batch.records) if (!(sniff.hasHeader && r.index === 0)) rows.push({ row: rowNumber(r.index, sniff.hasHeader), fields: r.fields, quoteError: r.quoteError });
    count += rows.length;
    yield { rows, bytesDone: batch.bytesDone };
  }
  if (count === 0) throw refusal(problem('error', 'noRows', 'The file has no rows to import.'));
}

/**
 * Checking rows yields to the event loop after this long, whatever the width of the rows. Short: the
 * staging of the chunk before resumes on the event loop after each of its statements, and waits up
 * to a whole slice each time (a million activity events: read, checked and staged in 4.6 s at 20 ms, 4.1 s at 2 ms).
 */
const SLICE_MS = 2;

/** Time slices of a job's row checking: it yields (and stops there if cancelled) whenever a slice has run SLICE_MS. */
export class TimeSlices {
  private start = performance.now();
  private rows = 0;

  constructor(private readonly ctx: Pick<JobContext, 'checkpoint'>) {}

  /** Whether the slice has run long enough (the clock is looked at every 128 rows). */
  due(): boolean {
    return (this.rows++ & 127) === 0 && performance.now() - this.start > SLICE_MS;
  }

  async yield(): Promise<void> {
    await this.ctx.checkpoint();
    this.start = performance.now();
  }
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The start of the file says the header and the rows disagree: count every row's fields and
 * refuse with the whole file's numbers ("rows 1–19,719 have 57"), before anything is imported.
 * Returns only if the rest of the file proves the start misleading.
 */
async function refuseShiftedHeader(filePath: string, sniff: Sniff): Promise<void> {
  const tally = new FieldCountTally();
  for await (const batch of fileRecords(filePath, sniff)) {
    for (const r of batch.records) if (r.index > 0) tally.add(r.index, r.fields.length);
    await yieldToEventLoop();
  }
  const mismatch = headerMismatch(sniff.header!, tally, sniff.dialect.delimiter, 'file');
  if (mismatch) throw new AppError('VALIDATION', mismatch.message, { key: 'import.problem.headerFieldCount', params: mismatch.params });
}

/**
 * Reads the start of a file to import and refuses it for anything that stops the whole file (what
 * the preview shows as blocking), before a job starts: so a file that cannot be imported is answered
 * at once and nothing is started. Answers how to read the rest.
 */
export async function readableFile(filePath: string, overrides: ReadOverrides, maxBytes: number): Promise<Sniff> {
  if (fs.statSync(filePath).size === 0) throw refusal(emptyFileProblem());
  const sniff = await sniffFile(filePath, overrides);
  const problems = sniffProblems(sniff, maxBytes);
  const stop = problems.find((p) => isBlocking(p) && p.code !== 'headerFieldCount');
  // A line too long for the preview to see its end: reading the file up to it says how long it is.
  if (stop?.code === 'lineTooLong' && !sniff.tooLong!.measured) for await (const batch of fileRecords(filePath, sniff)) void batch;
  if (stop) throw refusal(stop);
  if (problems.some((p) => p.code === 'headerFieldCount')) {
    const quotes = problems.find((p) => p.code === 'quotes');
    if (quotes) throw quoteRefusal(quotes);
    await refuseShiftedHeader(filePath, sniff);
  }
  return sniff;
}
