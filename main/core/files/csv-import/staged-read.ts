import type { ImportRejection } from '@api/csv-import';
import type { JobContext } from '../../jobs/job-registry';
import { dataRowBatches, TimeSlices, type DataRow } from './file-records';
import type { RejectedCsvWriter } from './rejected-rows';
import type { RejectionLog } from './row-issues';
import type { Sniff } from './sniff';
import { StagingPipe } from './staging-pipe';

/** A checked chunk: at least its rejected rows, with their cells for the rejected-rows CSV. */
export interface CheckedChunk {
  rejected: { row: number; fields: string[]; errors: ImportRejection[] }[];
}

/** The file: where it is and how it reads. */
export interface ReadSource {
  filePath: string;
  sniff: Sniff;
}

export interface StagedRead<C extends CheckedChunk> {
  /** Rows checked and staged together. */
  chunkRows: number;
  rejections: RejectionLog;
  rejectedCsv: RejectedCsvWriter;
  /** Checks a chunk of rows, yielding on `slices` while it works. */
  check(rows: readonly DataRow[], slices: TimeSlices): Promise<C>;
  /** Stages a checked chunk's good rows: runs on the writer while the next chunk is checked. */
  stage(chunk: C): Promise<void>;
}

/**
 * The read half of a CSV import job: the file's data rows in chunks of `chunkRows` (a chunk may span
 * read batches), each checked, its rejected rows logged and written to the rejected-rows CSV, and its
 * good rows staged while the next chunk is checked (the event loop and the writer's thread each keep a
 * core busy). Reports the read's progress and yields between batches. Returns, or throws, only once
 * no chunk is being staged any more, with how many rows it read and the last one's number.
 */
export async function readCheckAndStage<C extends CheckedChunk>(source: ReadSource, ctx: JobContext, read: StagedRead<C>): Promise<{ rows: number; lastRow: number }> {
  const counts = { rows: 0, lastRow: 0 };
  const staging = new StagingPipe();
  const slices = new TimeSlices(ctx);
  const checkAndStage = async (rows: readonly DataRow[]) => {
    const chunk = await read.check(rows, slices);
    counts.rows += rows.length;
    counts.lastRow = rows.at(-1)!.row;
    for (const r of chunk.rejected) read.rejections.add(r.errors);
    await staging.push(() => read.stage(chunk));
    await read.rejectedCsv.write(chunk.rejected);
  };
  try {
    // The rows read but not yet checked: a read batch (256 KiB) may hold fewer than a chunk.
    let waiting: DataRow[] = [];
    for await (const batch of dataRowBatches(source.filePath, source.sniff)) {
      waiting = waiting.length ? waiting.concat(batch.rows) : batch.rows;
      let start = 0;
      for (; waiting.length - start >= read.chunkRows; start += read.chunkRows) await checkAndStage(waiting.slice(start, start + read.chunkRows));
      waiting = waiting.slice(start);
      ctx.progress(batch.bytesDone, source.sniff.sizeBytes, 'jobs.phase.importRead');
      await slices.yield();
    }
    if (waiting.length) await checkAndStage(waiting);
    await staging.drain();
    return counts;
  } finally {
    await staging.settle();
  }
}
