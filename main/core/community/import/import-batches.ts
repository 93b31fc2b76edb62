import type { CommunityImportKind } from '@api/community-import';
import { writeAudit } from '../../audit';
import type { CallContext } from '../../call-context';
import { withPageCache } from '../../db/page-cache';
import type { Queryable } from '../../db/writer';
import { AppError } from '../../errors';
import type { JobContext } from '../../jobs/job-registry';
import { keepingMemberDays } from './member-days';
import { mergeCacheKib } from './staging';
import { rederive } from '../lifecycle-service';

const TABLES: Record<CommunityImportKind, string> = { transactions: 'member_transaction', activity: 'activity_event' };

/** transactions.imports / activity.imports: past imports of the kind, newest first. */
export const listCommunityImports = (db: Queryable, kind: CommunityImportKind) =>
  db.all<{ id: number; fileName: string; actor: string; importedAt: string; rows: number; added: number; rejected: number; undoneAt: string | null }>(
    `SELECT id, file_name AS fileName, actor, imported_at AS importedAt, rows, added, rejected, undone_at AS undoneAt
     FROM community_import WHERE kind = ? ORDER BY id DESC`,
    [kind],
  );

/** The import to undo, refused when it is another kind's, unknown, or already undone. */
export async function undoableImport(db: Queryable, kind: CommunityImportKind, importId: number) {
  const batch = await db.get<{ first_id: number | null; last_id: number | null; undone_at: string | null }>('SELECT first_id, last_id, undone_at FROM community_import WHERE id = ? AND kind = ?', [importId, kind]);
  if (!batch) throw new AppError('NOT_FOUND', `There is no ${kind} import ${importId}.`, { key: 'communityImport.notFound', params: { importId } });
  if (batch.undone_at) throw new AppError('CONFLICT', `The ${kind} import ${importId} was already undone on ${batch.undone_at}.`, { key: 'communityImport.alreadyUndone', params: { importId, at: batch.undone_at } });
  return batch;
}

/**
 * Undoes an import in one transaction: removes its rows (the ids first_id..last_id; rows of erased
 * members among them go too) and, for activity, works their members' days out again, marks it undone, derives stages and RFM groups again, and audits it.
 */
export async function undoCommunityImport(ctx: Pick<CallContext, 'db' | 'now' | 'actor'>, kind: CommunityImportKind, importId: number, job: JobContext): Promise<{ importId: number; removed: number }> {
  return ctx.db.writer.transaction(async (tx) => {
    const batch = await undoableImport(tx, kind, importId);
    job.progress(0, 1, 'jobs.phase.importUndo');
    const { first_id: first, last_id: last } = batch;
    const remove = () => tx.run(`DELETE FROM ${TABLES[kind]} WHERE id BETWEEN ? AND ?`, [first, last]);
    const { changes: removed } =
      first === null || last === null
        ? { changes: 0 }
        : await withPageCache(tx, mergeCacheKib(last), () => (kind === 'activity' ? keepingMemberDays(tx, first, last, remove) : remove()));
    const at = ctx.now().toISOString();
    await tx.run('UPDATE community_import SET undone_at = ?, undone_by = ? WHERE id = ?', [at, ctx.actor, importId]);
    await rederive(tx, ctx.now());
    await writeAudit(tx, { at: ctx.now(), actor: ctx.actor, action: `${kind}.undoImport`, entity: 'community_import', entityId: importId, reason: null, details: { removed } });
    job.progress(1, 1);
    return { importId, removed };
  });
}
