import type { BulkAction } from '@api/tags';
import { AppError } from '../errors';
import { writeAudit } from '../audit';
import { selectionQuery, type MemberSelection } from './member-list';
import type { PanelContext } from './panel-context';
import { getTag } from './tags';

type Kind = BulkAction['kind'];

/** Give / take the tag for exactly the members recorded for an action. Parameters: tag id, action id. */
const TAG_RECORDED = `INSERT OR IGNORE INTO member_tag (tag_id, member_id)
  SELECT ?, b.member_id FROM bulk_action_member b JOIN member m ON m.id = b.member_id WHERE b.action_id = ? AND m.erased_at IS NULL`;
const UNTAG_RECORDED = 'DELETE FROM member_tag WHERE tag_id = ? AND member_id IN (SELECT member_id FROM bulk_action_member WHERE action_id = ?)';

/**
 * Tags (or untags) a selection: listed ids or a whole filter result. Everything happens in SQL in
 * one transaction (INSERT … SELECT), so a million members never pass through JavaScript. Only the
 * members the action changes are recorded, so undo reverts exactly those. Only the last action can
 * be undone, so recording one drops the previous record.
 */
export async function bulkTag(
  ctx: PanelContext,
  kind: Kind,
  tagId: number,
  selection: MemberSelection,
): Promise<{ actionId: number; tagId: number; changed: number }> {
  const selected = await selectionQuery(ctx, selection);
  const hasTag = 'EXISTS (SELECT 1 FROM member_tag mt WHERE mt.tag_id = ? AND mt.member_id = s.id)';
  return ctx.db.writer.transaction(async (tx) => {
    await getTag(tx, tagId);
    const at = ctx.now();
    const { lastID: actionId } = await tx.run('INSERT INTO bulk_action (kind, tag_id, actor, at, changed) VALUES (?, ?, ?, ?, 0)', [kind, tagId, ctx.actor, at.toISOString()]);
    // After inserting, so action ids keep growing; the older records' members go with them (cascade).
    await tx.run('DELETE FROM bulk_action WHERE id <> ?', [actionId]);
    const { changes } = await tx.run(
      `INSERT INTO bulk_action_member (action_id, member_id) SELECT ?, s.id FROM (${selected.sql}) s WHERE ${kind === 'tag' ? 'NOT ' : ''}${hasTag}`,
      [actionId, ...selected.params, tagId],
    );
    await tx.run(kind === 'tag' ? TAG_RECORDED : UNTAG_RECORDED, [tagId, actionId]);
    await tx.run('UPDATE bulk_action SET changed = ? WHERE id = ?', [changes, actionId]);
    const selectionKind = selection.memberIds ? 'ids' : 'filter';
    await writeAudit(tx, { at, actor: ctx.actor, action: `tags.${kind}`, entity: 'tag', entityId: tagId, reason: null, details: { changed: changes, selection: selectionKind } });
    return { actionId, tagId, changed: changes };
  });
}

const LAST = `SELECT b.id, b.kind, b.tag_id AS tagId, t.name AS tagName, b.actor, b.at, b.changed, b.undone_at AS undoneAt
  FROM bulk_action b JOIN tag t ON t.id = b.tag_id ORDER BY b.id DESC LIMIT 1`;

export async function lastBulkAction(ctx: PanelContext): Promise<BulkAction | null> {
  return (await ctx.db.reader.get<BulkAction>(LAST)) ?? null;
}

/** Reverts the last bulk action for exactly the members it changed (erased members stay untagged). */
export async function undoLastBulkAction(ctx: PanelContext): Promise<{ actionId: number; kind: Kind; tagId: number; reverted: number }> {
  return ctx.db.writer.transaction(async (tx) => {
    const last = await tx.get<BulkAction>(LAST);
    if (!last) throw new AppError('NOT_FOUND', 'There is no bulk tag action to undo.', { key: 'errors.nothingToUndo' });
    if (last.undoneAt) {
      throw new AppError('CONFLICT', `The last bulk action (${last.kind} "${last.tagName}") was already undone on ${last.undoneAt}.`, {
        key: 'errors.alreadyUndone',
        params: { tag: last.tagName, at: last.undoneAt },
      });
    }
    const { changes: reverted } = await tx.run(last.kind === 'tag' ? UNTAG_RECORDED : TAG_RECORDED, [last.tagId, last.id]);
    const at = ctx.now();
    await tx.run('UPDATE bulk_action SET undone_at = ? WHERE id = ?', [at.toISOString(), last.id]);
    await writeAudit(tx, { at, actor: ctx.actor, action: 'tags.undo', entity: 'tag', entityId: last.tagId, reason: null, details: { actionId: last.id, reverted } });
    return { actionId: last.id, kind: last.kind, tagId: last.tagId, reverted };
  });
}
