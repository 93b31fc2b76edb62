import type { FileRef } from '@api/common';
import { importResult, type ImportPreview, type ImportResult } from '@api/member-import';
import type { JobState } from '@api/jobs';
import type { CallContext } from '../../call-context';
import { AppError } from '../../errors';
import type { ImportsHost } from '../../files/csv-import/imports-host';
import { MAX_IMPORT_BYTES } from '../../files/csv-import/file-problems';
import type { ErasedValues } from '../../files/csv-import/rejected-rows';
import type { ReadOverrides } from '../../files/csv-import/sniff';
import { sourceFile } from '../../files/csv-import/source-file';
import { checkUndo, undoImport } from './import-batches';
import { planImport, type ImportRequest } from './import-plan';
import { previewImport } from './preview';
import { runImport } from './run-import';

const IMPORT_JOB = 'members.import';
const UNDO_JOB = 'imports.undo';

/**
 * An import job's result without the rejections, skips and warnings that hold an erased member's
 * values, nor any rejection of a row removed from its rejected-rows file; the counts stay.
 */
function forgetInImportResult(result: JobState['result'], erased: ErasedValues, removedRows: ReadonlySet<number>): JobState['result'] {
  const parsed = importResult.safeParse(result);
  if (!parsed.success) return result;
  const holds = (entry: { value: string | null; message: string }) => erased.equals(entry.value) || erased.mentionedIn(entry.message);
  const { rejected, skips, warnings } = parsed.data;
  const redacted: ImportResult = {
    ...parsed.data,
    rejected: rejected.filter((r) => !holds(r) && !removedRows.has(r.row)),
    skips: skips.filter((s) => !holds(s)),
    warnings: warnings.filter((w) => !holds(w)),
  };
  return redacted;
}

/** The member import jobs of one running workbench: it starts them; their rejected rows go to the host's rejected-rows files. */
export class MemberImports {
  constructor(private readonly host: ImportsHost) {}

  async preview(ctx: CallContext, input: ReadOverrides & { file: FileRef }): Promise<ImportPreview> {
    const { filePath, fileName } = sourceFile(ctx, input.file, this.host);
    return previewImport(ctx.db, filePath, fileName, input, MAX_IMPORT_BYTES);
  }

  /** Checks the file and mapping, then starts the import job. One import runs at a time (they share the staging tables). */
  async start(ctx: CallContext, workspacePath: string, input: ImportRequest & { file: FileRef }): Promise<JobState> {
    if (this.host.jobs.list().some((j) => j.kind === IMPORT_JOB && j.state === 'running')) {
      throw new AppError('CONFLICT', 'Another member import is running; wait for it to finish or cancel it.', { key: 'import.busy' });
    }
    const { filePath, fileName } = sourceFile(ctx, input.file, this.host);
    const now = ctx.now();
    const plan = await planImport(ctx.db, filePath, fileName, input, now, MAX_IMPORT_BYTES);
    const rejectedCsvPath = this.host.rejectedRows.reserve(now);
    const job = this.host.jobs.start(IMPORT_JOB, async (jobCtx) => {
      const result = await runImport(ctx, plan, jobCtx, rejectedCsvPath);
      if (result.committed) this.host.changed(workspacePath);
      return result;
    });
    this.host.rejectedRows.register(job.id, rejectedCsvPath, (result) => importResult.safeParse(result).data?.rejectedCount ?? 0);
    return job;
  }

  async startUndo(ctx: CallContext, workspacePath: string, batchId: number, reason: string | null): Promise<JobState> {
    await checkUndo(ctx.db, batchId, ctx.now());
    return this.host.jobs.start(UNDO_JOB, async (jobCtx) => {
      const result = await undoImport(ctx, jobCtx, batchId, reason);
      this.host.changed(workspacePath);
      return result;
    });
  }

  /** Removes an erased member from the results of finished member import jobs, including the rejections of the rows taken out of their files. */
  forget(erased: ErasedValues, removedRows: ReadonlyMap<string, ReadonlySet<number>>): void {
    const none = new Set<number>();
    this.host.jobs.rewriteResults((result, jobId) => forgetInImportResult(result, erased, removedRows.get(jobId) ?? none));
  }
}
