import type { FileRef } from '@api/common';
import type { JobState } from '@api/jobs';
import { responseImportResult, type ResponseImportPreview } from '@api/response-import';
import type { CallContext } from '../../call-context';
import { AppError } from '../../errors';
import { MAX_IMPORT_BYTES } from '../../files/csv-import/file-problems';
import type { ImportsHost } from '../../files/csv-import/imports-host';
import type { ErasedValues } from '../../files/csv-import/rejected-rows';
import { sourceFile } from '../../files/csv-import/source-file';
import { planImport, type ImportRequest } from './import-plan';
import { previewImport, type PreviewRequest } from './preview';
import { runImport } from './run-import';

const IMPORT_JOB = 'responses.importCsv';

/**
 * A response import job's result without the rejections that hold an erased member's values (a
 * member column names them by code, external id or email), nor those of rows removed from its
 * rejected-rows file; the counts stay.
 */
function forgetInResult(result: JobState['result'], erased: ErasedValues, removedRows: ReadonlySet<number>): JobState['result'] {
  const parsed = responseImportResult.safeParse(result);
  if (!parsed.success) return result;
  const rejections = parsed.data.rejections.filter((r) => !removedRows.has(r.row) && !erased.equals(r.value) && !erased.mentionedIn(r.message));
  return { ...parsed.data, rejections };
}

/** The response import jobs of one running workbench; their rejected rows go to the host's rejected-rows files. */
export class ResponseImports {
  constructor(private readonly host: ImportsHost) {}

  async preview(ctx: CallContext, input: PreviewRequest & { file: FileRef }): Promise<ResponseImportPreview> {
    const { filePath, fileName } = sourceFile(ctx, input.file, this.host);
    return previewImport(ctx.db, filePath, fileName, input, MAX_IMPORT_BYTES);
  }

  /** Checks the version, the file and the mapping, then starts the job. One runs at a time (they share the staging table). */
  async start(ctx: CallContext, workspacePath: string, input: ImportRequest & { file: FileRef }): Promise<JobState> {
    if (this.host.jobs.list().some((j) => j.kind === IMPORT_JOB && j.state === 'running')) {
      throw new AppError('CONFLICT', 'Another response import is running; wait for it to finish or cancel it.', { key: 'responsesImport.busy' });
    }
    const { filePath, fileName } = sourceFile(ctx, input.file, this.host);
    const plan = await planImport(ctx.db, filePath, fileName, input, MAX_IMPORT_BYTES);
    const rejectedCsvPath = this.host.rejectedRows.reserve(ctx.now());
    const job = this.host.jobs.start(IMPORT_JOB, async (jobCtx) => {
      const result = await runImport(ctx, plan, jobCtx, rejectedCsvPath);
      if (result.committed && result.added > 0) this.host.changed(workspacePath);
      return result;
    });
    this.host.rejectedRows.register(job.id, rejectedCsvPath, (result) => responseImportResult.safeParse(result).data?.rejected ?? 0);
    return job;
  }

  /** Removes an erased member from the results of finished response import jobs. */
  forget(erased: ErasedValues, removedRows: ReadonlyMap<string, ReadonlySet<number>>): void {
    const none = new Set<number>();
    this.host.jobs.rewriteResults((result, jobId) => forgetInResult(result, erased, removedRows.get(jobId) ?? none));
  }
}
