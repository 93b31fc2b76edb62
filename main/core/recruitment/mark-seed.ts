import { defaultSeedTag, SEED_TAG_NAMES, type SeedTagLanguage } from '@model/recruitment/seed-tag';
import { textKey } from '../members/text-key';
import { insertRows } from '../db/batch-insert';
import type { Tx } from '../db/writer';
import { writeAudit, writeMemberAudits } from '../audit';
import type { NotContactableReason } from '@model/members/member-fields';
import { NOT_CONTACTABLE_REASON_SQL } from '../members/contactable';
import type { CallContext } from '../call-context';
import { finishBulkAction, recordBulkAction } from '../members/bulk-actions';

export interface MarkSeedInput {
  memberIds: readonly number[];
  /** null: the default seed tag for `language`. */
  tagName: string | null;
  language: SeedTagLanguage;
  reason: string | null;
}

type SkipReason = 'notFound' | NotContactableReason;

/** The seed tag the workspace already has (named in any language), else the language's name for it. */
async function defaultTagName(tx: Tx, language: SeedTagLanguage): Promise<string> {
  const keys = Object.values(SEED_TAG_NAMES).map(textKey);
  const existing = await tx.all<{ name: string }>('SELECT name FROM tag WHERE name_key IN (SELECT value FROM json_each(?))', [JSON.stringify(keys)]);
  return defaultSeedTag(language, existing.map((t) => t.name));
}

/**
 * Tags the chosen members as seed users. Only contactable members are tagged (the consent rule
 * holds for shortlists too); the rest are counted by reason. Recorded as a bulk tag action, so
 * tags.undo can take it back, and audited without personal data.
 */
export async function markSeed(ctx: CallContext, input: MarkSeedInput) {
  const now = ctx.now();
  const ids = [...new Set(input.memberIds)];
  const at = now.toISOString();
  return ctx.db.writer.transaction(async (tx) => {
    const tagName = input.tagName ?? (await defaultTagName(tx, input.language));
    const key = textKey(tagName)!;
    let tag = await tx.get<{ id: number; name: string }>('SELECT id, name FROM tag WHERE name_key = ?', [key]);
    const created = !tag;
    if (!tag) {
      const { lastID } = await tx.run('INSERT INTO tag (name, name_key, created_at) VALUES (?, ?, ?)', [tagName, key, at]);
      tag = { id: lastID, name: tagName };
    }
    const rows = await tx.all<{ id: number; blocked: NotContactableReason | null; tagged: number }>(
      `SELECT m.id, ${NOT_CONTACTABLE_REASON_SQL} AS blocked,
              EXISTS (SELECT 1 FROM member_tag mt WHERE mt.member_id = m.id AND mt.tag_id = ?) AS tagged
       FROM member m WHERE m.id IN (SELECT value FROM json_each(?))`,
      [tag.id, JSON.stringify(ids)],
    );
    const skipped = new Map<SkipReason, number>();
    if (rows.length < ids.length) skipped.set('notFound', ids.length - rows.length);
    for (const r of rows) if (r.blocked) skipped.set(r.blocked, (skipped.get(r.blocked) ?? 0) + 1);
    const toTag = rows.filter((r) => !r.blocked && !r.tagged).map((r) => r.id);
    const alreadyTagged = rows.filter((r) => !r.blocked && r.tagged).length;
    await insertRows(tx, 'member_tag', ['tag_id', 'member_id'], toTag.map((id) => [tag.id, id]));
    let bulkActionId: number | null = null;
    if (toTag.length) {
      // A bulk tag action like tags.apply, so tags.undo takes it back.
      const actionId = await recordBulkAction(tx, ctx, now, { kind: 'tag', tagId: tag.id });
      await insertRows(tx, 'bulk_action_member', ['action_id', 'member_id'], toTag.map((id) => [actionId, id]));
      await finishBulkAction(tx, actionId, toTag.length);
      bulkActionId = actionId;
    }
    // Each member's history shows it too.
    await writeMemberAudits(
      tx,
      { at: now, actor: ctx.actor, action: 'member.markedSeed', reason: input.reason, details: { tagId: tag.id, bulkActionId } },
      { sql: 'SELECT value AS member_id FROM json_each(?)', params: [JSON.stringify(toTag)] },
    );
    const skippedList = [...skipped].map(([reason, count]) => ({ reason, count }));
    await writeAudit(tx, {
      at: now,
      actor: ctx.actor,
      action: 'recruitment.markSeed',
      entity: 'tag',
      entityId: tag.id,
      reason: input.reason,
      details: { tagged: toTag.length, alreadyTagged, skipped: Object.fromEntries(skipped), tagCreated: created, bulkActionId },
    });
    return { tag: { id: tag.id, name: tag.name, created }, tagged: toTag.length, alreadyTagged, skipped: skippedList };
  });
}
