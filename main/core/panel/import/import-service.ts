import fs from 'node:fs';
import path from 'node:path';
import type { FileRef } from '@api/common';
import type { ImportPreview, ImportResult } from '@api/member-import';
import type { JobState } from '@api/jobs';
import type { CallContext } from '../../call-context';
import { AppError } from '../../errors';
import type { JobRegistry } from '../../jobs/job-registry';
import { MAX_IMPORT_BYTES } from './file-problems';
import { checkUndo, undoImport } from './import-batches';
import { displayName, planImport, type ImportRequest } from './import-plan';
import { previewImport } from './preview';
import { forgetInImportResult, forgetInRejectedRows, REJECTED_ROWS_FOLDER, rejectedRowsFileName, type ErasedValues } from './rejected-csv';
import { runImport } from './run-import';
import type { ReadOverrides } from './sniff';

const IMPORT_JOB = 'members.import';
const UNDO_JOB = 'imports.undo';

/** Rejected-rows files are kept a week, then cleared when the next import starts. */
const REJECTS_KEPT_MS = 7 * 24 * 3600 * 1000;

/** What the workbench's import jobs need beyond one call's context: where they run and what they keep. */
export interface MemberImportsHost {
  jobs: JobRegistry;
  /** The user-data folder, whose import-rejects/ holds the rejected rows. */
  homeDir: string;
  /** The original name of an upload (shown for the file instead of its temporary path). */
  uploadName(uploadId: string): string | null;
  /** The workspace at this path changed (an import committed or was undone). */
  changed(workspacePath: string): void;
}

/**
 * The member import jobs of one running workbench: it starts them, and remembers each job's
 * rejected-rows file until the workbench stops (or an erasure rewrites it).
 */
export class MemberImports {
  private readonly rejectedFiles = new Map<string, string>();

  constructor(private readonly host: MemberImportsHost) {}

  private get rejectsDir(): string {
    return path.join(this.host.homeDir, REJECTED_ROWS_FOLDER);
  }

  private clearOldRejects(now: Date): void {
    const dir = this.rejectsDir;
    if (!fs.existsSync(dir)) return;
    const cutoff = now.getTime() - REJECTS_KEPT_MS;
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      if (fs.statSync(file).mtimeMs < cutoff) fs.rmSync(file, { force: true });
    }
  }

  /** The local file a method names, and the name to show for it (an upload keeps its original name). */
  private sourceFile(ctx: CallContext, file: FileRef): { filePath: string; fileName: string } {
    const filePath = ctx.files.resolve(file);
    if (!fs.existsSync(filePath) || !fs.statSync(filePath).isFile()) {
      throw new AppError('NOT_FOUND', `There is no file at ${filePath}.`, { key: 'errors.fileMissing', params: { path: filePath } });
    }
    return { filePath, fileName: displayName(filePath, 'uploadId' in file ? this.host.uploadName(file.uploadId) : null) };
  }

  async preview(ctx: CallContext, input: ReadOverrides & { file: FileRef }): Promise<ImportPreview> {
    const { filePath, fileName } = this.sourceFile(ctx, input.file);
    return previewImport(ctx.db, filePath, fileName, input, MAX_IMPORT_BYTES);
  }

  /** Checks the file and mapping, then starts the import job. One import runs at a time (they share the staging tables). */
  async start(ctx: CallContext, workspacePath: string, input: ImportRequest & { file: FileRef }): Promise<JobState> {
    if (this.host.jobs.list().some((j) => j.kind === IMPORT_JOB && j.state === 'running')) {
      throw new AppError('CONFLICT', 'Another member import is running; wait for it to finish or cancel it.', { key: 'import.busy' });
    }
    const { filePath, fileName } = this.sourceFile(ctx, input.file);
    const now = ctx.now();
    const plan = await planImport(ctx.db, filePath, fileName, input, now, MAX_IMPORT_BYTES);
    this.clearOldRejects(now);
    const rejectedCsvPath = path.join(this.rejectsDir, rejectedRowsFileName());
    const job = this.host.jobs.start(IMPORT_JOB, async (jobCtx) => {
      const result = await runImport(ctx, plan, jobCtx, rejectedCsvPath);
      if (result.committed) this.host.changed(workspacePath);
      return result;
    });
    this.rejectedFiles.set(job.id, rejectedCsvPath);
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

  /** The rejected rows of a finished import job: the file the job wrote, and the name to save it under. */
  rejectedCsv(jobId: string): { path: string; fileName: string; rows: number } {
    const job = this.host.jobs.get(jobId);
    const filePath = this.rejectedFiles.get(jobId);
    const result = job.result as ImportResult | null;
    if (job.kind !== IMPORT_JOB || job.state !== 'succeeded' || !filePath || !result || result.rejectedCount === 0 || !fs.existsSync(filePath)) {
      throw new AppError('NOT_FOUND', `Import job ${jobId} has no rejected rows to save.`, { key: 'import.rejected.none', params: { jobId } });
    }
    return { path: filePath, fileName: `rejected-rows-${job.startedAt.slice(0, 10)}.csv`, rows: result.rejectedCount };
  }

  /**
   * Removes an erased member from every rejected-rows file and from the results of finished import
   * jobs, including the rejections of the rows taken out of that job's file.
   */
  async forget(erased: ErasedValues): Promise<void> {
    const removedRows = await forgetInRejectedRows(this.rejectsDir, erased);
    const none = new Set<number>();
    this.host.jobs.rewriteResults((result, jobId) => forgetInImportResult(result, erased, removedRows.get(this.rejectedFiles.get(jobId) ?? '') ?? none));
  }
}
