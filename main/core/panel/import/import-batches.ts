import { AppError } from '../../errors';
import type { Connection, SqlValue } from '../../db/connection';
import type { WorkspaceDb } from '../../db/workspace-db';
import type { Tx } from '../../db/writer';
import type { JobContext } from '../../jobs/job-registry';
import { writeAudit } from '../../audit';
import { countOf, formatCount } from './header-shape';

export interface ImportBatchRow {
  id: number;
  fileName: string;
  actor: string;
  startedAt: string;
  finishedAt: string | null;
  inserted: number;
  updated: number;
  skipped: number;
  rejected: number;
  warnings: number;
  undoneAt: string | null;
  membersRemaining: number;
}

export async function listImportBatches(db: WorkspaceDb): Promise<ImportBatchRow[]> {
  return db.reader.all<ImportBatchRow>(`
    SELECT b.id, b.file_name AS fileName, b.actor, b.started_at AS startedAt, b.finished_at AS finishedAt, b.inserted, b.updated, b.skipped,
           b.rejected, b.warnings, b.undone_at AS undoneAt,
           (SELECT count(*) FROM member m WHERE m.import_batch_id = b.id) AS membersRemaining
    FROM import_batch b ORDER BY b.id DESC`);
}

/** Links to members the import writes itself; any other table that points at a member means someone else touched it. */
const IMPORT_WRITES = new Set(['member', 'member_tag', 'screener_answer', 'trait_score', 'member_attribute', 'response', 'bulk_action_member']);

interface Touched {
  total: number;
  touched: number;
  edited: number;
  responses: number;
  tagged: number;
  other: number;
}

/**
 * How many members an import added have been touched since: edited or erased (updated_at moves),
 * have responses, were tagged or untagged by a bulk action or carry a tag the import did not apply,
 * or appear in any other table that refers to members (campaigns, contact history, …).
 */
async function countTouched(conn: Pick<Connection, 'all' | 'get'>, batchId: number, appliedTagIds: number[]): Promise<Touched> {
  const references = await conn.all<{ tbl: string; col: string }>(
    `SELECT t.name AS tbl, f."from" AS col FROM sqlite_schema t, pragma_foreign_key_list(t.name) f WHERE t.type = 'table' AND f."table" = 'member'`,
  );
  const others = references.filter((r) => !IMPORT_WRITES.has(r.tbl)).map((r) => `EXISTS (SELECT 1 FROM "${r.tbl}" x WHERE x."${r.col}" = m.id)`);
  const edited = 'm.updated_at <> m.created_at OR m.erased_at IS NOT NULL';
  const responses = 'EXISTS (SELECT 1 FROM response r WHERE r.member_id = m.id)';
  const tagged = `EXISTS (SELECT 1 FROM bulk_action_member b WHERE b.member_id = m.id)
    OR EXISTS (SELECT 1 FROM member_tag t WHERE t.member_id = m.id AND t.tag_id NOT IN (SELECT value FROM json_each(?1)))`;
  const other = others.length ? others.join(' OR ') : '0';
  return (await conn.get<Touched>(
    `SELECT count(*) AS total,
       count(*) FILTER (WHERE (${edited}) OR (${responses}) OR (${tagged}) OR (${other})) AS touched,
       count(*) FILTER (WHERE ${edited}) AS edited, count(*) FILTER (WHERE ${responses}) AS responses,
       count(*) FILTER (WHERE ${tagged}) AS tagged, count(*) FILTER (WHERE ${other}) AS other
     FROM member m WHERE m.import_batch_id = ?2`,
    [JSON.stringify(appliedTagIds), batchId] satisfies SqlValue[],
  ))!;
}

interface BatchOptions {
  createdTagIds?: number[];
  appliedTagIds?: number[];
}

async function loadBatch(conn: Pick<Connection, 'get'>, batchId: number) {
  const batch = await conn.get<{ id: number; options: string; undone_at: string | null; file_name: string }>('SELECT id, options, undone_at, file_name FROM import_batch WHERE id = ?', [batchId]);
  if (!batch) throw new AppError('NOT_FOUND', `There is no import #${batchId}.`, { key: 'import.undo.missing', params: { batchId } });
  if (batch.undone_at) {
    throw new AppError('CONFLICT', `Import #${batchId} (${batch.file_name}) was already undone on ${batch.undone_at}.`, { key: 'import.undo.already', params: { batchId, undoneAt: batch.undone_at } });
  }
  return { ...batch, options: JSON.parse(batch.options) as BatchOptions };
}

/** Refuses (CONFLICT, nothing removed) while any member the import added has been touched since. */
async function assertUntouched(conn: Pick<Connection, 'all' | 'get'>, batchId: number): Promise<{ total: number; options: BatchOptions }> {
  const batch = await loadBatch(conn, batchId);
  const t = await countTouched(conn, batchId, batch.options.appliedTagIds ?? []);
  if (t.touched > 0) {
    const reasons = [
      t.edited && `${formatCount(t.edited)} edited or erased`,
      t.responses && `${formatCount(t.responses)} with responses`,
      t.tagged && `${formatCount(t.tagged)} tagged or untagged since`,
      t.other && `${formatCount(t.other)} in campaigns or other records`,
    ].filter(Boolean);
    throw new AppError(
      'CONFLICT',
      `Import #${batchId} cannot be undone: ${formatCount(t.touched)} of the ${formatCount(t.total)} members it added have been touched since (${reasons.join(', ')}). Nothing was removed.`,
      { key: 'import.undo.touched', params: { batchId, touched: t.touched, total: t.total, edited: t.edited, responses: t.responses, tagged: t.tagged, other: t.other } },
    );
  }
  return { total: t.total, options: batch.options };
}

/** Checked before the undo job starts, so a refusal is answered at once. */
export const checkUndo = (db: WorkspaceDb, batchId: number) => assertUntouched(db.reader, batchId);

const txConn = (tx: Tx): Pick<Connection, 'all' | 'get'> => ({ all: (sql, params) => tx.all(sql, params), get: (sql, params) => tx.get(sql, params) });

const DELETE_CHUNK = 10_000;

/**
 * Removes the members an import added, in one transaction (checked again inside it), and the tags
 * it created that no member carries any more. Updates the import made to existing members stay.
 */
export async function undoImport(db: WorkspaceDb, ctx: JobContext, batchId: number, who: { actor: string; reason: string | null; now: () => Date }) {
  return db.writer.transaction(async (tx) => {
    const { total, options } = await assertUntouched(txConn(tx), batchId);
    let removed = 0;
    ctx.progress(0, total, 'jobs.phase.importUndo');
    for (;;) {
      const { changes } = await tx.run(`DELETE FROM member WHERE id IN (SELECT id FROM member WHERE import_batch_id = ? LIMIT ${DELETE_CHUNK})`, [batchId]);
      if (changes === 0) break;
      removed += changes;
      ctx.progress(removed, total);
      await ctx.checkpoint();
    }
    const { changes: tagsRemoved } = await tx.run(
      'DELETE FROM tag WHERE id IN (SELECT value FROM json_each(?)) AND NOT EXISTS (SELECT 1 FROM member_tag mt WHERE mt.tag_id = tag.id)',
      [JSON.stringify(options.createdTagIds ?? [])],
    );
    const at = who.now();
    await tx.run('UPDATE import_batch SET undone_at = ? WHERE id = ?', [at.toISOString(), batchId]);
    await writeAudit(tx, { at, actor: who.actor, action: 'imports.undo', entity: 'import_batch', entityId: batchId, reason: who.reason, details: { removed, tagsRemoved } });
    return {
      removed,
      tagsRemoved,
      message: `Removed the ${countOf(removed, 'member')} import #${batchId} added. Changes it made to members who were already in the panel are not undone.`,
    };
  });
}
