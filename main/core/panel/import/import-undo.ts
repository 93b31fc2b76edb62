import { OPENNESS_INSTRUMENT_ID } from '@model/openness';
import type { Tx } from '../../db/writer';
import { STAGE, STAGE_ATTR, STAGE_TAG } from './staging';
import { MEMBER_STAGE_COLUMNS, type MemberStageColumn } from './value-outcomes';

/**
 * The values an import replaced on the members it updated, kept in import_undo so the import can be
 * undone. They are personal data (never put in the audit log), so they are purged when the undo
 * expires and when the member is erased.
 */

/** How long the updates an import made can be undone. */
export const UNDO_KEPT_DAYS = 30;
export const undoUntil = (startedAt: string) => new Date(Date.parse(startedAt) + UNDO_KEPT_DAYS * 86_400_000).toISOString();

/** Stored with the member columns, so an undo leaves the member exactly as it was (and earlier imports' undo still sees it untouched). */
const RESTORED_COLUMNS = new Set<string>([...MEMBER_STAGE_COLUMNS, 'updated_at']);

/**
 * Before the staged rows from..to update their members: what those members hold in the columns,
 * screener answers, score and attributes the import is about to write.
 */
export async function keepOldValues(tx: Tx, batchId: number, columns: readonly MemberStageColumn[], hasScreener: boolean, from: number, to: number): Promise<void> {
  const member = `json_object(${[...columns, 'updated_at'].map((c) => `'${c}', m.${c}`).join(', ')})`;
  await tx.exec(`CREATE INDEX IF NOT EXISTS temp.import_stage_attr_row ON import_stage_attr (row);`);
  await tx.run(
    `INSERT INTO import_undo (batch_id, member_id, member, answers, score, attributes)
     SELECT ?1, m.id, ${member},
       CASE WHEN ?2 THEN (SELECT json_group_array(json_array(a.item, a.value, a.answered_at)) FROM screener_answer a WHERE a.member_id = m.id AND a.instrument_id = ?3) END,
       CASE WHEN ?2 THEN (SELECT json_array(ts.score, ts.answered, ts.scored_at) FROM trait_score ts WHERE ts.member_id = m.id AND ts.instrument_id = ?3) END,
       (SELECT json_group_array(json_array(d.attribute_id, ma.attribute_id IS NOT NULL, ma.value_text, ma.value_num))
          FROM (SELECT DISTINCT attribute_id FROM ${STAGE_ATTR} WHERE row = s.row) d
          LEFT JOIN member_attribute ma ON ma.member_id = m.id AND ma.attribute_id = d.attribute_id)
     FROM ${STAGE} s JOIN member m ON m.id = s.match_id
     WHERE s.action = 'update' AND s.row > ?4 AND s.row <= ?5`,
    [batchId, hasScreener ? 1 : 0, OPENNESS_INSTRUMENT_ID, from, to],
  );
}

/** Before the import links tags to the members it updated: which of those links are new. */
export async function keepAddedTags(tx: Tx, batchId: number): Promise<void> {
  await tx.exec(`
    CREATE INDEX IF NOT EXISTS temp.import_stage_member ON import_stage (member_id) WHERE action = 'update';
    CREATE INDEX IF NOT EXISTS temp.import_stage_tag_row ON import_stage_tag (row);`);
  await tx.run(
    `UPDATE import_undo SET tags_added = (
       SELECT json_group_array(DISTINCT tag.id) FROM ${STAGE} s JOIN ${STAGE_TAG} t ON t.row = s.row JOIN tag ON tag.name_key = t.tag_key
       WHERE s.member_id = import_undo.member_id AND s.action = 'update'
         AND NOT EXISTS (SELECT 1 FROM member_tag mt WHERE mt.tag_id = tag.id AND mt.member_id = s.member_id))
     WHERE batch_id = ?`,
    [batchId],
  );
}

/** Puts back what the import replaced on the members it updated, then drops the kept values. Returns how many members were restored. */
export async function restoreOldValues(tx: Tx, batchId: number): Promise<number> {
  const sample = await tx.get<{ member: string }>('SELECT member FROM import_undo WHERE batch_id = ? LIMIT 1', [batchId]);
  if (!sample) return 0;
  const columns = Object.keys(JSON.parse(sample.member) as object).filter((c) => RESTORED_COLUMNS.has(c));
  const { changes: restored } = await tx.run(
    `UPDATE member SET ${columns.map((c) => `${c} = u.member ->> '$.${c}'`).join(', ')}
     FROM import_undo u WHERE u.batch_id = ? AND u.member_id = member.id`,
    [batchId],
  );
  const touched = 'SELECT member_id FROM import_undo WHERE batch_id = ?1 AND answers IS NOT NULL';
  await tx.run(
    'DELETE FROM member_tag WHERE (tag_id, member_id) IN (SELECT j.value, u.member_id FROM import_undo u, json_each(u.tags_added) j WHERE u.batch_id = ?)',
    [batchId],
  );
  await tx.run(`DELETE FROM screener_answer WHERE instrument_id = ?2 AND member_id IN (${touched})`, [batchId, OPENNESS_INSTRUMENT_ID]);
  await tx.run(
    `INSERT INTO screener_answer (member_id, instrument_id, item, value, answered_at)
     SELECT u.member_id, ?2, j.value ->> 0, j.value ->> 1, j.value ->> 2 FROM import_undo u, json_each(u.answers) j WHERE u.batch_id = ?1`,
    [batchId, OPENNESS_INSTRUMENT_ID],
  );
  await tx.run(`DELETE FROM trait_score WHERE instrument_id = ?2 AND member_id IN (${touched})`, [batchId, OPENNESS_INSTRUMENT_ID]);
  await tx.run(
    `INSERT INTO trait_score (member_id, instrument_id, score, answered, scored_at)
     SELECT u.member_id, ?2, u.score ->> 0, u.score ->> 1, u.score ->> 2 FROM import_undo u WHERE u.batch_id = ?1 AND u.score IS NOT NULL`,
    [batchId, OPENNESS_INSTRUMENT_ID],
  );
  await tx.run(
    'DELETE FROM member_attribute WHERE (attribute_id, member_id) IN (SELECT j.value ->> 0, u.member_id FROM import_undo u, json_each(u.attributes) j WHERE u.batch_id = ?)',
    [batchId],
  );
  await tx.run(
    `INSERT INTO member_attribute (attribute_id, member_id, value_text, value_num)
     SELECT j.value ->> 0, u.member_id, j.value ->> 2, j.value ->> 3 FROM import_undo u, json_each(u.attributes) j WHERE u.batch_id = ? AND j.value ->> 1`,
    [batchId],
  );
  await tx.run('DELETE FROM import_undo WHERE batch_id = ?', [batchId]);
  return restored;
}

/** The undo of these imports' updates has expired: their kept values go. */
export async function purgeExpiredUndo(tx: Pick<Tx, 'run'>, now: Date): Promise<void> {
  await tx.run('DELETE FROM import_undo WHERE batch_id IN (SELECT id FROM import_batch WHERE undo_until < ?)', [now.toISOString()]);
}

/** An erased member's old values must not outlive the erasure. */
export async function purgeMemberUndo(tx: Pick<Tx, 'run'>, memberId: number): Promise<void> {
  await tx.run('DELETE FROM import_undo WHERE member_id = ?', [memberId]);
}
