import type { BulkAction } from '@api/tags';
import { AppError } from '../errors';
import { writeAudit } from '../audit';
import { readLastBulkAction } from '../members/bulk-actions';
import { revertConsentAction } from './consent-bulk';
import type { CallContext } from '../call-context';
import { revertTagAction } from './tag-bulk';

/** Undoes the last bulk action (tag, untag or consent record) for exactly the members it changed. */
export async function undoLastBulkAction(ctx: CallContext): Promise<{ actionId: number; kind: BulkAction['kind']; tagId: number | null; reverted: number }> {
  return ctx.db.writer.transaction(async (tx) => {
    const last = await readLastBulkAction(tx);
    if (!last) throw new AppError('NOT_FOUND', 'There is no bulk action to undo.', { key: 'errors.nothingToUndo' });
    const what = last.consent ? `consent "${last.consent.status}"` : `${last.kind} "${last.tagName}"`;
    if (last.undoneAt) {
      throw new AppError('CONFLICT', `The last bulk action (${what}) was already undone on ${last.undoneAt}.`, {
        key: 'errors.alreadyUndone',
        params: { at: last.undoneAt },
      });
    }
    const at = ctx.now();
    const reverted = last.consent
      ? await revertConsentAction(tx, ctx, at, { id: last.id, consent: last.consent })
      : await revertTagAction(tx, { id: last.id, kind: last.kind === 'untag' ? 'untag' : 'tag', tagId: last.tagId! });
    await tx.run('UPDATE bulk_action SET undone_at = ? WHERE id = ?', [at.toISOString(), last.id]);
    const entity = last.consent ? { entity: 'bulk_action', entityId: last.id } : { entity: 'tag', entityId: last.tagId };
    await writeAudit(tx, { at, actor: ctx.actor, action: 'tags.undo', ...entity, reason: null, details: { actionId: last.id, kind: last.kind, reverted } });
    return { actionId: last.id, kind: last.kind, tagId: last.tagId, reverted };
  });
}
