import type { Tag } from '@api/tags';
import type { Tx } from '../db/writer';
import { AppError, notFound } from '../errors';
import { writeAudit } from '../audit';
import type { Queryable } from '../db/writer';
import type { CallContext } from '../call-context';
import { textKey } from '../members/text-key';

const SELECT = `SELECT t.id, t.name, t.color, t.created_at AS createdAt,
  (SELECT count(*) FROM member_tag mt WHERE mt.tag_id = t.id) AS members FROM tag t`;

export async function listTags(db: Queryable): Promise<Tag[]> {
  return db.all<Tag>(`${SELECT} ORDER BY t.name_key`);
}

export async function getTag(db: Queryable, tagId: number): Promise<Tag> {
  const tag = await db.get<Tag>(`${SELECT} WHERE t.id = ?`, [tagId]);
  if (!tag) throw notFound(`There is no tag ${tagId}.`, 'errors.tagMissing', { tagId });
  return tag;
}

async function checkNameFree(tx: Tx, name: string, tagId: number | null): Promise<void> {
  if (await tx.get('SELECT 1 FROM tag WHERE name_key = ? AND id IS NOT ?', [textKey(name), tagId])) {
    throw new AppError('CONFLICT', `A tag named "${name}" already exists.`, { key: 'errors.tagExists', params: { name } });
  }
}

/** A tag without a chosen colour takes the palette colour fewest tags have (the tag_palette_colour trigger, as for imported tags). */
export async function createTag(ctx: CallContext, name: string, color?: string): Promise<Tag> {
  return ctx.db.writer.transaction(async (tx) => {
    await checkNameFree(tx, name, null);
    const { lastID } = await tx.run('INSERT INTO tag (name, name_key, created_at) VALUES (?, ?, ?)', [name, textKey(name), ctx.now().toISOString()]);
    // After the trigger, so a colour the user chose is kept even if it is the default one.
    if (color) await tx.run('UPDATE tag SET color = ? WHERE id = ?', [color, lastID]);
    return getTag(tx, lastID);
  });
}

export async function renameTag(ctx: CallContext, tagId: number, name: string): Promise<Tag> {
  return ctx.db.writer.transaction(async (tx) => {
    await getTag(tx, tagId);
    await checkNameFree(tx, name, tagId);
    await tx.run('UPDATE tag SET name = ?, name_key = ? WHERE id = ?', [name, textKey(name), tagId]);
    return getTag(tx, tagId);
  });
}

export async function colorTag(ctx: CallContext, tagId: number, color: string): Promise<Tag> {
  return ctx.db.writer.transaction(async (tx) => {
    await getTag(tx, tagId);
    await tx.run('UPDATE tag SET color = ? WHERE id = ?', [color.toLowerCase(), tagId]);
    return getTag(tx, tagId);
  });
}

/** Gives every member of `from` the tag `into` (in SQL, however many), then deletes `from`. */
export async function mergeTags(ctx: CallContext, from: number, into: number): Promise<{ tag: Tag; moved: number; deletedTagId: number }> {
  return ctx.db.writer.transaction(async (tx) => {
    await getTag(tx, from);
    await getTag(tx, into);
    const { changes: moved } = await tx.run('INSERT OR IGNORE INTO member_tag (tag_id, member_id) SELECT ?, member_id FROM member_tag WHERE tag_id = ?', [into, from]);
    await tx.run('DELETE FROM tag WHERE id = ?', [from]);
    await writeAudit(tx, { at: ctx.now(), actor: ctx.actor, action: 'tag.merge', entity: 'tag', entityId: into, reason: null, details: { from, into, moved } });
    return { tag: await getTag(tx, into), moved, deletedTagId: from };
  });
}

export async function deleteTag(ctx: CallContext, tagId: number): Promise<{ tagId: number; removedMemberships: number }> {
  return ctx.db.writer.transaction(async (tx) => {
    const tag = await getTag(tx, tagId);
    await tx.run('DELETE FROM tag WHERE id = ?', [tagId]);
    await writeAudit(tx, { at: ctx.now(), actor: ctx.actor, action: 'tag.delete', entity: 'tag', entityId: tagId, reason: null, details: { members: tag.members } });
    return { tagId, removedMemberships: tag.members };
  });
}
