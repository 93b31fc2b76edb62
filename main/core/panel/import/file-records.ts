import { AppError } from '../../errors';
import { refusal, tooLongProblem } from './file-problems';
import { FieldCountTally, headerMismatch } from './header-shape';
import { readRecords, RecordTooLongError, type RecordBatch } from './record-reader';
import { rowNumber, type Sniff } from './sniff';
import { decodeChunks, readFileChunks } from './text-source';

/** Reads the whole file as records, turning a record that never ends into a refusal naming its row. */
export async function* fileRecords(filePath: string, sniff: Sniff): AsyncGenerator<RecordBatch> {
  try {
    yield* readRecords(decodeChunks(readFileChunks(filePath), sniff.encoding), sniff.dialect, { atEnd: true });
  } catch (err) {
    if (!(err instanceof RecordTooLongError)) throw err;
    const p = tooLongProblem({ ...err.record, row: rowNumber(err.record.recordIndex, sniff.hasHeader) });
    throw refusal({ ...p, message: `${p.message} Nothing was imported.` });
  }
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The start of the file says the header and the rows disagree: count every row's fields and
 * refuse with the whole file's numbers ("rows 1–19,719 have 57"), before anything is imported.
 * Returns only if the rest of the file proves the start misleading.
 */
export async function refuseShiftedHeader(filePath: string, sniff: Sniff): Promise<void> {
  const tally = new FieldCountTally();
  for await (const batch of fileRecords(filePath, sniff)) {
    for (const r of batch.records) if (r.index > 0) tally.add(r.index, r.fields.length);
    await yieldToEventLoop();
  }
  const mismatch = headerMismatch(sniff.header!, tally, sniff.dialect.delimiter, 'file');
  if (mismatch) throw new AppError('VALIDATION', mismatch.message, { key: 'import.problem.headerFieldCount', params: mismatch.params });
}
