import type { Tx } from '../db/writer';
import { writeAudit } from '../audit';
import { finishBulkAction, recordBulkAction } from '../members/bulk-actions';
import { selectionQuery, type MemberSelection } from './member-list';
import type { CallContext } from '../call-context';
import { getTag } from './tags';

type Kind = 'tag' | 'untag';

/** Give / take the tag for exactly the members recorded for an action. Parameters: tag id, action id. */
const TAG_RECORDED = `INSERT OR IGNORE INTO member_tag (tag_id, member_id)
  SELECT ?, b.member_id FROM bulk_action_member b JOIN member m ON m.id = b.member_id WHERE b.action_id = ? AND m.erased_at IS NULL`;
const UNTAG_RECORDED = 'DELETE FROM member_tag WHERE tag_id = ? AND member_id IN (SELECT member_id FROM bulk_action_member WHERE action_id = ?)';

/**
 * Tags (or untags) a selection: listed ids or a whole filter result. Everything happens in SQL in
 * one transaction (INSERT … SELECT), so a million members never pass through JavaScript. Only the
 * members the action changes are recorded, so undo reverts exactly those.
 */
export async function bulkTag(
  ctx: CallContext,
  kind: Kind,
  tagId: number,
  selection: MemberSelection,
): Promise<{ actionId: number; tagId: number; changed: number }> {
  const selected = await selectionQuery(ctx, selection);
  const hasTag = 'EXISTS (SELECT 1 FROM member_tag mt WHERE mt.tag_id = ? AND mt.member_id = s.id)';
  return ctx.db.writer.transaction(async (tx) => {
    await getTag(tx, tagId);
    const at = ctx.now();
    const actionId = await recordBulkAction(tx, ctx, at, { kind, tagId });
    const { changes } = await tx.run(
      `INSERT INTO bulk_action_member (action_id, member_id) SELECT ?, s.id FROM (${selected.sql}) s WHERE ${kind === 'tag' ? 'NOT ' : ''}${hasTag}`,
      [actionId, ...selected.params, tagId],
    );
    await tx.run(kind === 'tag' ? TAG_RECORDED : UNTAG_RECORDED, [tagId, actionId]);
    await finishBulkAction(tx, actionId, changes);
    const selectionKind = selection.memberIds ? 'ids' : 'filter';
    await writeAudit(tx, { at, actor: ctx.actor, action: `tags.${kind}`, entity: 'tag', entityId: tagId, reason: null, details: { changed: changes, selection: selectionKind } });
    return { actionId, tagId, changed: changes };
  });
}

/** Reverts a tag action for exactly the members it changed (erased members stay untagged); how many were reverted. */
export async function revertTagAction(tx: Tx, action: { id: number; kind: Kind; tagId: number }): Promise<number> {
  return (await tx.run(action.kind === 'tag' ? UNTAG_RECORDED : TAG_RECORDED, [action.tagId, action.id])).changes;
}
