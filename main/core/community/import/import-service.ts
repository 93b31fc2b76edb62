import type { FileRef } from '@api/common';
import { communityImportResult, type ActivityMapping, type CommunityImportKind, type CommunityImportPreview, type TransactionMapping } from '@api/community-import';
import type { JobState } from '@api/jobs';
import type { CallContext } from '../../call-context';
import { AppError } from '../../errors';
import { MAX_IMPORT_BYTES } from '../../files/csv-import/file-problems';
import type { ImportsHost } from '../../files/csv-import/imports-host';
import type { ErasedValues } from '../../files/csv-import/rejected-rows';
import type { ReadOverrides } from '../../files/csv-import/sniff';
import { sourceFile } from '../../files/csv-import/source-file';
import { activityKind, transactionsKind, type FactKind } from './fact-kinds';
import { undoableImport, undoCommunityImport } from './import-batches';
import { planImport, type ImportRequest } from './import-plan';
import { previewImport } from './preview';
import { runImport } from './run-import';
import '../community-fields';

const KINDS = { transactions: transactionsKind, activity: activityKind } as const;
type MappingOf<K extends CommunityImportKind> = K extends 'transactions' ? TransactionMapping : ActivityMapping;
const JOB = (kind: CommunityImportKind) => `${kind}.import`;
const UNDO_JOB = (kind: CommunityImportKind) => `${kind}.undoImport`;

/** A finished job's result without the rejections that hold an erased member's values, nor those of rows removed from its rejected-rows file. */
function forgetInResult(result: JobState['result'], erased: ErasedValues, removedRows: ReadonlySet<number>): JobState['result'] {
  const parsed = communityImportResult.safeParse(result);
  if (!parsed.success) return result;
  return { ...parsed.data, rejections: parsed.data.rejections.filter((r) => !removedRows.has(r.row) && !erased.equals(r.value) && !erased.mentionedIn(r.message)) };
}

/** The transaction and activity import jobs of one running workbench (one at a time: they share the staging table). */
export class CommunityImports {
  constructor(private readonly host: ImportsHost) {}

  private kind<K extends CommunityImportKind>(kind: K) {
    return KINDS[kind] as unknown as FactKind<MappingOf<K>>;
  }

  preview<K extends CommunityImportKind>(ctx: CallContext, kind: K, input: ReadOverrides & { file: FileRef; mapping?: MappingOf<K> }): Promise<CommunityImportPreview> {
    const { filePath, fileName } = sourceFile(ctx, input.file, this.host);
    return previewImport(ctx.db, this.kind(kind), filePath, fileName, input, MAX_IMPORT_BYTES);
  }

  private refuseWhileBusy(): void {
    const kinds = Object.keys(KINDS) as CommunityImportKind[];
    const busy = new Set(kinds.flatMap((k) => [JOB(k), UNDO_JOB(k)]));
    if (this.host.jobs.list().some((j) => busy.has(j.kind) && j.state === 'running')) {
      throw new AppError('CONFLICT', 'Another transactions or activity import (or undo) is running; wait for it to finish or cancel it.', { key: 'communityImport.busy' });
    }
  }

  /** Checks the file and the mapping, then starts the job. */
  async start<K extends CommunityImportKind>(ctx: CallContext, workspacePath: string, kind: K, input: ImportRequest<MappingOf<K>> & { file: FileRef }): Promise<JobState> {
    this.refuseWhileBusy();
    const { filePath, fileName } = sourceFile(ctx, input.file, this.host);
    const plan = await planImport(this.kind(kind), filePath, fileName, input, MAX_IMPORT_BYTES);
    const rejectedCsvPath = this.host.rejectedRows.reserve(ctx.now());
    const job = this.host.jobs.start(JOB(kind), async (jobCtx) => {
      const result = await runImport(ctx, plan, jobCtx, rejectedCsvPath);
      if (result.committed && result.added > 0) this.host.changed(workspacePath);
      return result;
    });
    this.host.rejectedRows.register(job.id, rejectedCsvPath, (result) => communityImportResult.safeParse(result).data?.rejected ?? 0);
    return job;
  }

  /** Checks the import can be undone, then undoes it as a job. */
  async startUndo(ctx: CallContext, workspacePath: string, kind: CommunityImportKind, importId: number): Promise<JobState> {
    this.refuseWhileBusy();
    await undoableImport(ctx.db.reader, kind, importId);
    return this.host.jobs.start(UNDO_JOB(kind), async (jobCtx) => {
      const result = await undoCommunityImport(ctx, kind, importId, jobCtx);
      this.host.changed(workspacePath);
      return result;
    });
  }

  /** Removes an erased member from the results of finished import jobs. */
  forget(erased: ErasedValues, removedRows: ReadonlyMap<string, ReadonlySet<number>>): void {
    const none = new Set<number>();
    this.host.jobs.rewriteResults((result, jobId) => forgetInResult(result, erased, removedRows.get(jobId) ?? none));
  }
}
