import { OPENNESS_INSTRUMENT_ID, OPENNESS_ITEM_COUNT, scoreOpenness } from '@model/openness';
import type { SqlValue } from '../../db/connection';
import { withPageCache } from '../../db/page-cache';
import type { Tx } from '../../db/writer';
import type { JobContext } from '../../jobs/job-registry';
import { freshMemberCodes } from '../../members/member-code';
import { MEMBER_UID_SQL } from '../../members/member-uid';
import { withBulkSearchIndex } from '../../members/search-index';
import { keepAddedTags, keepOldValues, purgeExpiredUndo, undoUntil } from './import-undo';
import type { IssueCode, WarningLog } from './issues';
import { STAGE, STAGE_ANSWER, STAGE_ATTR, STAGE_TAG } from './staging';
import type { MemberStageColumn } from './value-outcomes';

export type DuplicatePolicy = 'skip' | 'update' | 'keepBoth';

export interface MergePlan {
  policy: DuplicatePolicy;
  /** Member columns the mapping fills. */
  columns: readonly MemberStageColumn[];
  hasScreener: boolean;
  now: string;
  /** When the screener answers were given (collectedOn), if known. */
  answeredAt: string | null;
  batch: { fileName: string; options: Record<string, unknown>; actor: string; startedAt: string };
  /** Last data row number (for chunking and progress). */
  lastRow: number;
}

export interface MergeOutcome {
  batchId: number;
  inserted: number;
  updated: number;
  skipped: number;
}

/** Rows per merge statement: each is a checkpoint, so cancelling waits for at most one chunk. */
const MERGE_CHUNK_ROWS = 25_000;
const RESCORE_CHUNK = 500;
const WARNING_ROWS = 50;

/**
 * The writer's page cache while merging, sized for the job (an eighth of a KiB per row, between 8
 * and 128 MiB): the indexes keyed by random member codes are touched all over, and with SQLite's
 * default 2 MiB their pages are read and written again chunk after chunk (in the sqlite3 shell,
 * 100,000 members with every index took 9.1 s of CPU with 2 MiB, 6.7 s with 256 MiB). Capped so a
 * million-member import stays under 400 MB.
 */
const mergeCacheKib = (rows: number) => Math.min(MERGE_CACHE_MAX_KIB, Math.max(MERGE_CACHE_MIN_KIB, Math.ceil(rows * MERGE_CACHE_KIB_PER_ROW)));
const MERGE_CACHE_MIN_KIB = 8 * 1024;
const MERGE_CACHE_MAX_KIB = 128 * 1024;
const MERGE_CACHE_KIB_PER_ROW = 0.125;

const count = async (tx: Tx, sql: string, params: SqlValue[] = []) => (await tx.get<{ n: number }>(sql, params))!.n;

/**
 * Each row of the file becomes one member, updates one, or is skipped. Rows that repeat an earlier
 * row of the file (same external id or email) are skipped in every policy: they are most often two
 * people sharing an address, and letting one update the other merged them into one record. So is
 * a row that matches the same panel member as an earlier row. The policy decides only what a row
 * matching a panel member does. Returns how many rows are skipped, each reason reported in `skips`.
 */
export async function resolveDuplicates(tx: Tx, plan: Pick<MergePlan, 'policy' | 'columns'>, skips: WarningLog): Promise<number> {
  const keyed = plan.columns.includes('external_id') || plan.columns.includes('email_key');
  if (!keyed) {
    await tx.run(`UPDATE ${STAGE} SET action = 'insert'`);
    return 0;
  }
  await tx.exec(`
    CREATE INDEX IF NOT EXISTS temp.import_stage_external ON import_stage (external_id);
    CREATE INDEX IF NOT EXISTS temp.import_stage_email ON import_stage (email_key);`);
  // Within the file: a row repeats the first row with its external id, else the first with its email.
  await tx.run(`
    WITH firsts AS (
      SELECT row,
        CASE WHEN external_id IS NOT NULL THEN min(row) OVER (PARTITION BY external_id) END AS by_ext,
        CASE WHEN email_key IS NOT NULL THEN min(row) OVER (PARTITION BY email_key) END AS by_email
      FROM ${STAGE})
    UPDATE ${STAGE} SET dup_of = CASE WHEN f.by_ext < import_stage.row THEN f.by_ext ELSE f.by_email END, action = 'skip', skip = 'duplicateInFile'
    FROM firsts f WHERE f.row = import_stage.row AND (f.by_ext < import_stage.row OR f.by_email < import_stage.row)`);
  // Against the panel, by the same rule (erased members are not matched); keep both matches nobody.
  if (plan.policy !== 'keepBoth' && (await count(tx, 'SELECT EXISTS (SELECT 1 FROM member) AS n'))) {
    await tx.run(`
      UPDATE ${STAGE} SET match_id = coalesce(
        (SELECT m.id FROM member m WHERE m.external_id = import_stage.external_id AND m.erased_at IS NULL),
        (SELECT min(m.id) FROM member m WHERE m.email_key = import_stage.email_key AND m.erased_at IS NULL))
      WHERE dup_of IS NULL AND (external_id IS NOT NULL OR email_key IS NOT NULL)`);
    await tx.run(`
      WITH firsts AS (SELECT row, min(row) OVER (PARTITION BY match_id) AS first FROM ${STAGE} WHERE match_id IS NOT NULL AND dup_of IS NULL)
      UPDATE ${STAGE} SET dup_of = f.first, action = 'skip', skip = 'sameMemberInFile' FROM firsts f WHERE f.row = import_stage.row AND f.first < import_stage.row`);
  }
  await tx.run(
    `UPDATE ${STAGE} SET action = CASE WHEN match_id IS NULL THEN 'insert' WHEN ? = 'update' THEN 'update' ELSE 'skip' END,
       skip = CASE WHEN match_id IS NOT NULL AND ? <> 'update' THEN 'duplicateOfMember' END
     WHERE action IS NULL`,
    [plan.policy, plan.policy],
  );
  return reportSkipped(tx, skips);
}

async function reportSkipped(tx: Tx, skips: WarningLog): Promise<number> {
  const groups = await tx.all<{ skip: IssueCode; n: number }>(`SELECT skip, count(*) AS n FROM ${STAGE} WHERE action = 'skip' GROUP BY skip ORDER BY min(row)`);
  for (const { skip, n } of groups) {
    const rows = await tx.all<{ row: number }>(`SELECT row FROM ${STAGE} WHERE skip = ? ORDER BY row LIMIT ${WARNING_ROWS}`, [skip]);
    skips.addGroup(null, skip, null, n, rows.map((r) => r.row));
  }
  return groups.reduce((n, g) => n + g.n, 0);
}

/** An external id is unique in the panel: one a row brings that already belongs to someone else is not applied. */
async function guardExternalIds(tx: Tx, plan: MergePlan, warnings: WarningLog): Promise<void> {
  if (plan.policy !== 'update' || !plan.columns.includes('external_id')) return;
  const taken = await tx.all<{ row: number; external_id: string }>(`
    SELECT row, external_id FROM ${STAGE} s
    WHERE action IN ('insert', 'update') AND external_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM member m WHERE m.external_id = s.external_id AND m.id IS NOT s.match_id)`);
  for (const t of taken) warnings.add(t.row, null, 'externalIdKept', t.external_id, { reason: 'another member already has it' });
  const kept = await tx.all<{ row: number; external_id: string }>(`
    SELECT s.row, s.external_id FROM ${STAGE} s JOIN member m ON m.id = s.match_id
    WHERE s.action = 'update' AND m.external_id IS NOT NULL AND s.external_id IS NOT NULL AND m.external_id <> s.external_id`);
  for (const t of kept) warnings.add(t.row, null, 'externalIdKept', t.external_id, { reason: 'the member already has another external id' });
  if (taken.length) await tx.run(`UPDATE ${STAGE} SET external_id = NULL WHERE row IN (SELECT value FROM json_each(?))`, [JSON.stringify(taken.map((t) => t.row))]);
}

async function assignMemberIds(tx: Tx): Promise<void> {
  const base = (await tx.get<{ id: number }>('SELECT coalesce(max(id), 0) AS id FROM member'))!.id;
  await tx.run(
    `UPDATE ${STAGE} SET member_id = ? + n.rn
     FROM (SELECT row, row_number() OVER (ORDER BY row) AS rn FROM ${STAGE} WHERE action = 'insert') n WHERE n.row = import_stage.row`,
    [base],
  );
  await tx.run(`UPDATE ${STAGE} SET member_id = match_id WHERE action = 'update'`);
}

/** Codes are random; the rare one already used (in the panel or the file) is drawn again. */
async function ensureUniqueCodes(tx: Tx): Promise<void> {
  await tx.exec(`CREATE INDEX temp.import_stage_code ON import_stage (code);`);
  for (;;) {
    const clashes = await tx.all<{ row: number }>(`
      SELECT s.row FROM ${STAGE} s WHERE s.action = 'insert' AND (
        EXISTS (SELECT 1 FROM member m WHERE m.code = s.code)
        OR EXISTS (SELECT 1 FROM ${STAGE} t WHERE t.code = s.code AND t.action = 'insert' AND t.row < s.row))`);
    if (clashes.length === 0) return;
    const codes = await freshMemberCodes(tx, clashes.length);
    const pairs = clashes.map((c, i) => [c.row, codes[i]]);
    await tx.run(`UPDATE ${STAGE} SET code = j.value ->> 1 FROM json_each(?) j WHERE import_stage.row = j.value ->> 0`, [JSON.stringify(pairs)]);
  }
}

async function inChunks(ctx: JobContext, plan: MergePlan, phase: string, body: (from: number, to: number) => Promise<unknown>): Promise<void> {
  for (let from = 0; from < plan.lastRow; from += MERGE_CHUNK_ROWS) {
    await body(from, from + MERGE_CHUNK_ROWS);
    ctx.progress(Math.min(plan.lastRow, from + MERGE_CHUNK_ROWS), plan.lastRow, phase);
    await ctx.checkpoint();
  }
}

async function writeMembers(tx: Tx, ctx: JobContext, plan: MergePlan, batchId: number): Promise<void> {
  const plain = plan.columns.filter((c) => c !== 'consent_status' && c !== 'do_not_contact');
  const insertSql = `
    INSERT INTO member (id, code, uid, ${plain.join(', ')}, consent_status, do_not_contact, created_at, updated_at, import_batch_id)
    SELECT member_id, code, ${MEMBER_UID_SQL}, ${plain.join(', ')}, coalesce(consent_status, 'unknown'), coalesce(do_not_contact, 0), ?, ?, ?
    FROM ${STAGE} WHERE action = 'insert' AND row > ? AND row <= ? ORDER BY row`;
  // Updated members are rescored from all their answers instead (rescore()).
  const ownScoreSql = `
    INSERT INTO trait_score (member_id, instrument_id, score, answered, scored_at)
    SELECT member_id, ?, score, answered, ? FROM ${STAGE}
    WHERE action = 'insert' AND answered IS NOT NULL AND row > ? AND row <= ?`;
  // Updates keep what the member has where the file gives nothing, and never replace an external id.
  const sets = plan.columns.map((c) => (c === 'external_id' ? 'external_id = coalesce(member.external_id, s.external_id)' : `${c} = coalesce(s.${c}, member.${c})`));
  const updateSql = `
    UPDATE member SET ${[...sets, 'updated_at = ?'].join(', ')}
    FROM ${STAGE} s WHERE s.action = 'update' AND member.id = s.match_id AND s.row > ? AND s.row <= ?`;
  const inserted = `SELECT member_id AS id FROM ${STAGE} WHERE action = 'insert' AND row > ? AND row <= ?`;
  const searchRows = `SELECT m.id, m.name, m.email, m.phone, m.city, m.code, m.external_id FROM member m WHERE m.id IN (${inserted}) ORDER BY m.id`;
  await withBulkSearchIndex(tx, (index) =>
    inChunks(ctx, plan, 'jobs.phase.importMembers', async (from, to) => {
      await tx.run(insertSql, [plan.now, plan.now, batchId, from, to]);
      await index(searchRows, [from, to]);
      if (plan.hasScreener) await tx.run(ownScoreSql, [OPENNESS_INSTRUMENT_ID, plan.now, from, to]);
      if (plan.policy !== 'update') return;
      await keepOldValues(tx, batchId, plan.columns, plan.hasScreener, from, to);
      await tx.run(updateSql, [plan.now, from, to]);
    }),
  );
}

/** Tags by name (created when new), answers and attributes. Returns the tags created and applied. */
async function writeLinks(tx: Tx, ctx: JobContext, plan: MergePlan, batchId: number): Promise<{ createdTagIds: number[]; appliedTagIds: number[] }> {
  const before = (await tx.get<{ id: number }>('SELECT coalesce(max(id), 0) AS id FROM tag'))!.id;
  await tx.run(
    `INSERT INTO tag (name, name_key, created_at)
     SELECT min(t.tag_name), t.tag_key, ? FROM ${STAGE_TAG} t JOIN ${STAGE} s ON s.row = t.row
     WHERE s.action IN ('insert', 'update') AND t.tag_key NOT IN (SELECT name_key FROM tag) GROUP BY t.tag_key`,
    [plan.now],
  );
  const created = await tx.all<{ id: number }>('SELECT id FROM tag WHERE id > ? ORDER BY id', [before]);
  if (plan.policy === 'update') await keepAddedTags(tx, batchId);
  await tx.run(`
    INSERT OR IGNORE INTO member_tag (tag_id, member_id)
    SELECT tag.id, s.member_id FROM ${STAGE_TAG} t JOIN ${STAGE} s ON s.row = t.row JOIN tag ON tag.name_key = t.tag_key
    WHERE s.action IN ('insert', 'update')`);
  const applied = await tx.all<{ id: number }>(`SELECT DISTINCT tag.id FROM ${STAGE_TAG} t JOIN tag ON tag.name_key = t.tag_key ORDER BY tag.id`);
  await ctx.checkpoint();
  const linkChunks = async (table: string, sql: string, params: SqlValue[]) => {
    const last = (await tx.get<{ id: number }>(`SELECT coalesce(max(rowid), 0) AS id FROM ${table}`))!.id;
    // Chunked by staging rowid, which follows the file's row order, so a later row replaces an earlier one.
    for (let from = 0; from < last; from += MERGE_CHUNK_ROWS * 4) {
      await tx.run(sql, [...params, from, from + MERGE_CHUNK_ROWS * 4]);
      await ctx.checkpoint();
    }
  };
  await linkChunks(
    STAGE_ANSWER,
    `INSERT OR REPLACE INTO screener_answer (member_id, instrument_id, item, value, answered_at)
     SELECT s.member_id, ?, a.item, a.value, ? FROM ${STAGE_ANSWER} a JOIN ${STAGE} s ON s.row = a.row
     WHERE s.action IN ('insert', 'update') AND a.rowid > ? AND a.rowid <= ? ORDER BY a.rowid`,
    [OPENNESS_INSTRUMENT_ID, plan.answeredAt],
  );
  await linkChunks(
    STAGE_ATTR,
    `INSERT OR REPLACE INTO member_attribute (attribute_id, member_id, value_text, value_num)
     SELECT a.attribute_id, s.member_id, a.value_text, a.value_num FROM ${STAGE_ATTR} a JOIN ${STAGE} s ON s.row = a.row
     WHERE s.action IN ('insert', 'update') AND a.rowid > ? AND a.rowid <= ? ORDER BY a.rowid`,
    [],
  );
  return { createdTagIds: created.map((t) => t.id), appliedTagIds: applied.map((t) => t.id) };
}

/** Updated members get their score recomputed from all their answers (the file's and those they had). */
async function rescore(tx: Tx, ctx: JobContext, plan: MergePlan): Promise<void> {
  if (!plan.hasScreener || plan.policy !== 'update') return;
  const ids = (
    await tx.all<{ member_id: number }>(`
      SELECT DISTINCT member_id FROM ${STAGE}
      WHERE answered IS NOT NULL AND action = 'update' ORDER BY member_id`)
  ).map((r) => r.member_id);
  for (let i = 0; i < ids.length; i += RESCORE_CHUNK) {
    const chunk = ids.slice(i, i + RESCORE_CHUNK);
    const answers = await tx.all<{ member_id: number; item: number; value: number }>(
      `SELECT member_id, item, value FROM screener_answer WHERE instrument_id = ? AND member_id IN (SELECT value FROM json_each(?))`,
      [OPENNESS_INSTRUMENT_ID, JSON.stringify(chunk)],
    );
    const byMember = new Map<number, (number | null)[]>(chunk.map((id) => [id, new Array<number | null>(OPENNESS_ITEM_COUNT).fill(null)]));
    for (const a of answers) byMember.get(a.member_id)![a.item - 1] = a.value;
    const rows = [...byMember].map(([id, values]) => {
      const s = scoreOpenness(values);
      return [id, OPENNESS_INSTRUMENT_ID, s.score, s.answered, plan.now];
    });
    await tx.run(
      `INSERT OR REPLACE INTO trait_score (member_id, instrument_id, score, answered, scored_at)
       SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4 FROM json_each(?) j`,
      [JSON.stringify(rows)],
    );
    await ctx.checkpoint();
  }
}

/**
 * Merges the staged rows into the panel. Runs inside the caller's single transaction: cancelling
 * (a checkpoint throws) or a crash leaves the panel exactly as it was.
 */
export async function mergeStaged(tx: Tx, ctx: JobContext, plan: MergePlan, log: { warnings: WarningLog; skips: WarningLog }): Promise<MergeOutcome> {
  return withPageCache(tx, mergeCacheKib(plan.lastRow), () => merge(tx, ctx, plan, log));
}

async function merge(tx: Tx, ctx: JobContext, plan: MergePlan, log: { warnings: WarningLog; skips: WarningLog }): Promise<MergeOutcome> {
  ctx.progress(0, plan.lastRow, 'jobs.phase.importResolve');
  await purgeExpiredUndo(tx, new Date(plan.now));
  await resolveDuplicates(tx, plan, log.skips);
  await guardExternalIds(tx, plan, log.warnings);
  await assignMemberIds(tx);
  await ensureUniqueCodes(tx);
  await ctx.checkpoint();
  const { lastID: batchId } = await tx.run('INSERT INTO import_batch (file_name, options, actor, started_at) VALUES (?, ?, ?, ?)', [
    plan.batch.fileName,
    JSON.stringify(plan.batch.options),
    plan.batch.actor,
    plan.batch.startedAt,
  ]);
  await writeMembers(tx, ctx, plan, batchId);
  const tags = await writeLinks(tx, ctx, plan, batchId);
  await rescore(tx, ctx, plan);
  const counts = (await tx.get<{ inserted: number; updated: number; skipped: number }>(`
    SELECT count(*) FILTER (WHERE action = 'insert') AS inserted, count(*) FILTER (WHERE action = 'update') AS updated,
           count(*) FILTER (WHERE action = 'skip') AS skipped FROM ${STAGE}`))!;
  await tx.run('UPDATE import_batch SET options = ?, inserted = ?, updated = ?, skipped = ?, undo_until = ? WHERE id = ?', [
    JSON.stringify({ ...plan.batch.options, ...tags }),
    counts.inserted,
    counts.updated,
    counts.skipped,
    counts.updated > 0 ? undoUntil(plan.batch.startedAt) : null,
    batchId,
  ]);
  return { batchId, ...counts };
}
