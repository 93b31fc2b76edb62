import type { z } from 'zod';
import type { importBatch } from '@api/member-import';
import { AppError } from '../../errors';
import type { Connection, SqlValue } from '../../db/connection';
import type { WorkspaceDb } from '../../db/workspace-db';
import type { Tx } from '../../db/writer';
import type { JobContext } from '../../jobs/job-registry';
import { writeAudit } from '../../audit';
import type { CallContext } from '../../call-context';
import { countOf, formatCount } from '../../files/csv-import/header-shape';
import { purgeExpiredUndo, restoreOldValues, UNDO_KEPT_DAYS } from './import-undo';

export type ImportBatchRow = z.infer<typeof importBatch>;

/**
 * Past imports, newest first, each with whether imports.undo would do it. Expired undo data is
 * purged first, so the old values of updated members never outlive their undo.
 */
export async function listImportBatches(ctx: CallContext): Promise<ImportBatchRow[]> {
  const { db } = ctx;
  const now = ctx.now();
  await db.writer.transaction((tx) => purgeExpiredUndo(tx, now));
  const rows = await db.reader.all<Omit<ImportBatchRow, 'undo'> & { options: string; kept: number }>(`
    SELECT b.id, b.file_name AS fileName, b.actor, b.started_at AS startedAt, b.finished_at AS finishedAt, b.inserted, b.updated, b.skipped,
           b.rejected, b.warnings, b.undone_at AS undoneAt, b.undo_until AS undoUntil, b.options,
           (SELECT count(*) FROM member m WHERE m.import_batch_id = b.id) AS membersRemaining,
           (SELECT count(*) FROM import_undo u WHERE u.batch_id = b.id) AS kept
    FROM import_batch b ORDER BY b.id DESC`);
  const items: ImportBatchRow[] = [];
  for (const { options, kept, ...b } of rows) {
    const state = undoState({ undoneAt: b.undoneAt, updated: b.updated, undoUntil: b.undoUntil }, now);
    let undo: ImportBatchRow['undo'] = state ?? (b.membersRemaining === 0 && kept === 0 ? 'nothing' : 'available');
    if (undo === 'available') {
      const t = await countTouched(db.reader, { id: b.id, startedAt: b.startedAt, options: JSON.parse(options) as BatchOptions });
      if (t.touched > 0) undo = 'touched';
    }
    items.push({ ...b, undo });
  }
  return items;
}

/** Already undone, or its updates can no longer be undone (imports made before the undo table only undo what they added). */
function undoState(b: { undoneAt: string | null; updated: number; undoUntil: string | null }, now: Date): 'undone' | 'expired' | null {
  if (b.undoneAt) return 'undone';
  if (b.updated > 0 && (b.undoUntil === null || b.undoUntil < now.toISOString())) return 'expired';
  return null;
}

/** Links to members the import writes itself; any other table that points at a member means someone else touched it. */
const IMPORT_WRITES = new Set(['member', 'member_tag', 'screener_answer', 'trait_score', 'member_attribute', 'response', 'bulk_action_member']);
/**
 * Rows worked out for every member from other records (derived lifecycle stage and RFM, first return
 * after joining): they say nothing of their own, so they do not make a member touched (else any
 * transactions or activity import, which derives every member again, would end every undo).
 */
const DERIVED = new Set(['member_community', 'member_return']);
/** A member's own purchases and platform activity (the keys of its member-days with them), named apart in a refusal. */
const COMMUNITY = new Set(['member_transaction', 'activity_event', 'member_day_key']);

interface Touched {
  /** Members the import added that remain, and members it updated whose old values are kept. */
  total: number;
  updated: number;
  touched: number;
  edited: number;
  responses: number;
  tagged: number;
  community: number;
  other: number;
  /** Members it updated that were changed or erased since. */
  changed: number;
}

interface BatchOptions {
  createdTagIds?: number[];
  appliedTagIds?: number[];
}

interface Batch {
  id: number;
  startedAt: string;
  options: BatchOptions;
}

/**
 * How many members an import added have been touched since: edited or erased (updated_at moves),
 * have responses, were tagged or untagged by a bulk action or carry a tag the import did not apply,
 * have purchases or platform activity, or appear in any other table that refers to members (campaigns,
 * contact history, …); and how many it updated were changed since (their updated_at is no longer the import's).
 */
async function countTouched(conn: Pick<Connection, 'all' | 'get'>, batch: Batch): Promise<Touched> {
  const references = await conn.all<{ tbl: string; col: string }>(
    `SELECT t.name AS tbl, f."from" AS col FROM sqlite_schema t, pragma_foreign_key_list(t.name) f WHERE t.type = 'table' AND f."table" = 'member'`,
  );
  const referenced = (keep: (table: string) => boolean) => {
    const tests = references.filter((r) => keep(r.tbl)).map((r) => `EXISTS (SELECT 1 FROM "${r.tbl}" x WHERE x."${r.col}" = m.id)`);
    return tests.length ? tests.join(' OR ') : '0';
  };
  const community = referenced((t) => COMMUNITY.has(t));
  const other = referenced((t) => !IMPORT_WRITES.has(t) && !DERIVED.has(t) && !COMMUNITY.has(t));
  const edited = 'm.updated_at <> m.created_at OR m.erased_at IS NOT NULL';
  const responses = 'EXISTS (SELECT 1 FROM response r WHERE r.member_id = m.id)';
  const tagged = `EXISTS (SELECT 1 FROM bulk_action_member b WHERE b.member_id = m.id)
    OR EXISTS (SELECT 1 FROM member_tag t WHERE t.member_id = m.id AND t.tag_id NOT IN (SELECT value FROM json_each(?1)))`;
  const added = (await conn.get<Omit<Touched, 'updated' | 'changed'>>(
    `SELECT count(*) AS total,
       count(*) FILTER (WHERE (${edited}) OR (${responses}) OR (${tagged}) OR (${community}) OR (${other})) AS touched,
       count(*) FILTER (WHERE ${edited}) AS edited, count(*) FILTER (WHERE ${responses}) AS responses,
       count(*) FILTER (WHERE ${tagged}) AS tagged, count(*) FILTER (WHERE ${community}) AS community, count(*) FILTER (WHERE ${other}) AS other
     FROM member m WHERE m.import_batch_id = ?2`,
    [JSON.stringify(batch.options.appliedTagIds ?? []), batch.id] satisfies SqlValue[],
  ))!;
  const updated = (await conn.get<{ updated: number; changed: number }>(
    `SELECT count(*) AS updated, count(*) FILTER (WHERE m.updated_at <> ?2 OR m.erased_at IS NOT NULL) AS changed
     FROM import_undo u JOIN member m ON m.id = u.member_id WHERE u.batch_id = ?1`,
    [batch.id, batch.startedAt],
  ))!;
  return { ...added, ...updated, total: added.total + updated.updated, touched: added.touched + updated.changed };
}

async function loadBatch(conn: Pick<Connection, 'get'>, batchId: number, now: Date): Promise<Batch> {
  const batch = await conn.get<{ id: number; options: string; undone_at: string | null; file_name: string; started_at: string; updated: number; undo_until: string | null }>(
    'SELECT id, options, undone_at, file_name, started_at, updated, undo_until FROM import_batch WHERE id = ?',
    [batchId],
  );
  if (!batch) throw new AppError('NOT_FOUND', `There is no import #${batchId}.`, { key: 'import.undo.missing', params: { batchId } });
  const state = undoState({ undoneAt: batch.undone_at, updated: batch.updated, undoUntil: batch.undo_until }, now);
  if (state === 'undone') {
    throw new AppError('CONFLICT', `Import #${batchId} (${batch.file_name}) was already undone on ${batch.undone_at}.`, { key: 'import.undo.already', params: { batchId, undoneAt: batch.undone_at! } });
  }
  if (state === 'expired') {
    const why = batch.undo_until
      ? `the values it replaced on the ${countOf(batch.updated, 'member')} it updated were kept until ${batch.undo_until.slice(0, 10)} (${UNDO_KEPT_DAYS} days) and have been deleted`
      : `it updated ${countOf(batch.updated, 'member')} before the workbench kept the values an import replaces`;
    throw new AppError(
      'CONFLICT',
      `Import #${batchId} (${batch.file_name}) can no longer be undone: ${why}.`,
      { key: 'import.undo.expired', params: { batchId, days: UNDO_KEPT_DAYS, undoUntil: batch.undo_until ?? '' } },
    );
  }
  return { id: batch.id, startedAt: batch.started_at, options: JSON.parse(batch.options) as BatchOptions };
}

/** Refuses (CONFLICT, nothing changed) while any member the import added or updated has been touched since. */
async function assertUntouched(conn: Pick<Connection, 'all' | 'get'>, batchId: number, now: Date): Promise<{ total: number; options: BatchOptions }> {
  const batch = await loadBatch(conn, batchId, now);
  const t = await countTouched(conn, batch);
  if (t.touched > 0) {
    const reasons = [
      t.edited && `${formatCount(t.edited)} edited or erased`,
      t.responses && `${formatCount(t.responses)} with responses`,
      t.tagged && `${formatCount(t.tagged)} tagged or untagged since`,
      t.community && `${formatCount(t.community)} with purchases or platform activity`,
      t.other && `${formatCount(t.other)} in campaigns or other records`,
      t.changed && `${formatCount(t.changed)} of those it updated changed since`,
    ].filter(Boolean);
    throw new AppError(
      'CONFLICT',
      `Import #${batchId} cannot be undone: ${formatCount(t.touched)} of the ${formatCount(t.total)} members it added or updated have been touched since (${reasons.join(', ')}). Nothing was changed.`,
      {
        key: 'import.undo.touched',
        params: { batchId, touched: t.touched, total: t.total, edited: t.edited, responses: t.responses, tagged: t.tagged, community: t.community, other: t.other, changed: t.changed },
      },
    );
  }
  return { total: t.total, options: batch.options };
}

/** Checked before the undo job starts, so a refusal is answered at once. */
export const checkUndo = (db: WorkspaceDb, batchId: number, now: Date) => assertUntouched(db.reader, batchId, now);

const txConn = (tx: Tx): Pick<Connection, 'all' | 'get'> => ({ all: (sql, params) => tx.all(sql, params), get: (sql, params) => tx.get(sql, params) });

const DELETE_CHUNK = 10_000;

/**
 * Undoes an import in one transaction (checked again inside it): removes the members it added,
 * puts back the values it replaced on the members it updated, and removes the tags it created that
 * no member carries any more.
 */
export async function undoImport(call: CallContext, ctx: JobContext, batchId: number, reason: string | null) {
  return call.db.writer.transaction(async (tx) => {
    const at = call.now();
    await purgeExpiredUndo(tx, at);
    const { total, options } = await assertUntouched(txConn(tx), batchId, at);
    let removed = 0;
    ctx.progress(0, total, 'jobs.phase.importUndo');
    for (;;) {
      const { changes } = await tx.run(`DELETE FROM member WHERE id IN (SELECT id FROM member WHERE import_batch_id = ? LIMIT ${DELETE_CHUNK})`, [batchId]);
      if (changes === 0) break;
      removed += changes;
      ctx.progress(removed, total);
      await ctx.checkpoint();
    }
    const restored = await restoreOldValues(tx, batchId);
    ctx.progress(total, total);
    const { changes: tagsRemoved } = await tx.run(
      'DELETE FROM tag WHERE id IN (SELECT value FROM json_each(?)) AND NOT EXISTS (SELECT 1 FROM member_tag mt WHERE mt.tag_id = tag.id)',
      [JSON.stringify(options.createdTagIds ?? [])],
    );
    await tx.run('UPDATE import_batch SET undone_at = ? WHERE id = ?', [at.toISOString(), batchId]);
    await writeAudit(tx, { at, actor: call.actor, action: 'imports.undo', entity: 'import_batch', entityId: batchId, reason, details: { removed, restored, tagsRemoved } });
    return {
      removed,
      restored,
      tagsRemoved,
      message: `Removed the ${countOf(removed, 'member')} import #${batchId} added and put back the values it replaced on the ${countOf(restored, 'member')} it updated.`,
    };
  });
}
