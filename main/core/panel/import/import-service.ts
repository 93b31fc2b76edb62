import fs from 'node:fs';
import path from 'node:path';
import type { FileRef } from '@api/common';
import type { ImportPreview, ImportResult } from '@api/member-import';
import type { JobState } from '@api/jobs';
import { AppError } from '../../errors';
import type { Session } from '../../session';
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
const rejectedFiles = new WeakMap<Session, Map<string, string>>();

const rejectsDir = (session: Session) => path.join(session.options.homeDir, REJECTED_ROWS_FOLDER);

function clearOldRejects(session: Session): void {
  const dir = rejectsDir(session);
  if (!fs.existsSync(dir)) return;
  const cutoff = session.now().getTime() - REJECTS_KEPT_MS;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (fs.statSync(file).mtimeMs < cutoff) fs.rmSync(file, { force: true });
  }
}

/** The local file a method names, and the name to show for it (an upload keeps its original name). */
function sourceFile(session: Session, file: FileRef): { filePath: string; fileName: string } {
  const filePath = session.resolveFile(file);
  if (!fs.existsSync(filePath) || !fs.statSync(filePath).isFile()) {
    throw new AppError('NOT_FOUND', `There is no file at ${filePath}.`, { key: 'errors.fileMissing', params: { path: filePath } });
  }
  return { filePath, fileName: displayName(filePath, 'uploadId' in file ? session.transfers.upload(file.uploadId).fileName : null) };
}

export async function preview(session: Session, input: ReadOverrides & { file: FileRef }): Promise<ImportPreview> {
  const { filePath, fileName } = sourceFile(session, input.file);
  return previewImport(session.workspace.db, filePath, fileName, input, MAX_IMPORT_BYTES);
}

/** Checks the file and mapping, then starts the import job. One import runs at a time (they share the staging tables). */
export async function startImport(session: Session, input: ImportRequest & { file: FileRef }): Promise<JobState> {
  if (session.jobs.list().some((j) => j.kind === IMPORT_JOB && j.state === 'running')) {
    throw new AppError('CONFLICT', 'Another member import is running; wait for it to finish or cancel it.', { key: 'import.busy' });
  }
  const { filePath, fileName } = sourceFile(session, input.file);
  const workspace = session.workspace;
  const plan = await planImport(workspace.db, filePath, fileName, input, session.now(), MAX_IMPORT_BYTES);
  clearOldRejects(session);
  const rejectedCsvPath = path.join(rejectsDir(session), rejectedRowsFileName());
  const env = { db: workspace.db, now: session.now, actor: session.settings.userName ?? 'unknown', rejectedCsvPath };
  const job = session.jobs.start(IMPORT_JOB, async (ctx) => {
    const result = await runImport(env, plan, ctx);
    if (result.committed) session.options.emit('workspace.changed', { path: workspace.path });
    return result;
  });
  if (!rejectedFiles.has(session)) rejectedFiles.set(session, new Map());
  rejectedFiles.get(session)!.set(job.id, rejectedCsvPath);
  return job;
}

export async function startUndo(session: Session, batchId: number, reason: string | null): Promise<JobState> {
  const workspace = session.workspace;
  await checkUndo(workspace.db, batchId, session.now());
  const who = { actor: session.settings.userName ?? 'unknown', reason, now: session.now };
  return session.jobs.start(UNDO_JOB, async (ctx) => {
    const result = await undoImport(workspace.db, ctx, batchId, who);
    session.options.emit('workspace.changed', { path: workspace.path });
    return result;
  });
}

/** The rejected rows of a finished import job, as a file path (Electron) and a one-time download (browser host). */
export function rejectedCsv(session: Session, jobId: string) {
  const job = session.jobs.get(jobId);
  const filePath = rejectedFiles.get(session)?.get(jobId);
  const result = job.result as ImportResult | null;
  if (job.kind !== IMPORT_JOB || job.state !== 'succeeded' || !filePath || !result || result.rejectedCount === 0 || !fs.existsSync(filePath)) {
    throw new AppError('NOT_FOUND', `Import job ${jobId} has no rejected rows to save.`, { key: 'import.rejected.none', params: { jobId } });
  }
  const fileName = `rejected-rows-${job.startedAt.slice(0, 10)}.csv`;
  return {
    path: filePath,
    fileName,
    rows: result.rejectedCount,
    downloadId: session.options.host === 'browser' ? session.transfers.offerDownload(filePath, fileName) : null,
  };
}

/**
 * Removes an erased member from every rejected-rows file and from the results of finished import
 * jobs, including the rejections of the rows taken out of that job's file.
 */
export async function forgetInImports(session: Session, erased: ErasedValues): Promise<void> {
  const removedRows = await forgetInRejectedRows(rejectsDir(session), erased);
  const fileOf = rejectedFiles.get(session);
  const none = new Set<number>();
  session.jobs.rewriteResults((result, jobId) => forgetInImportResult(result, erased, removedRows.get(fileOf?.get(jobId) ?? '') ?? none));
}
