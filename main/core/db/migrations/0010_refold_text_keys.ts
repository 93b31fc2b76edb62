import type { Tx } from '../writer';

/**
 * Refolds the stored text keys with the one locale-independent fold. Before, keys were folded with
 * the machine's locale (`toLocaleLowerCase`), so a workspace written under a Turkish locale kept
 * other keys for İ and I than one written elsewhere, and final sigma was not folded. This migration
 * keeps its own copy of the fold and of the columns it touches; it never imports today's code.
 */
const fold = (text: string) => text.normalize('NFKC').toLowerCase().replaceAll('ς', 'σ');

const CHUNK = 10_000;

/** member.name_key and member.email_key from name and email, in chunks by id; only keys that change are written. */
async function refoldMembers(tx: Tx): Promise<void> {
  for (let after = 0; ; ) {
    const rows = await tx.all<{ id: number; name: string | null; name_key: string | null; email: string | null; email_key: string | null }>(
      'SELECT id, name, name_key, email, email_key FROM member WHERE id > ? ORDER BY id LIMIT ?',
      [after, CHUNK],
    );
    if (rows.length === 0) return;
    const changed = rows.flatMap((r) => {
      const [nameKey, emailKey] = [r.name === null ? null : fold(r.name), r.email === null ? null : fold(r.email)];
      return nameKey !== r.name_key || emailKey !== r.email_key ? [[r.id, nameKey, emailKey]] : [];
    });
    if (changed.length) {
      await tx.run(
        `UPDATE member SET name_key = j.value ->> 1, email_key = j.value ->> 2 FROM json_each(?) j WHERE member.id = j.value ->> 0`,
        [JSON.stringify(changed)],
      );
    }
    after = rows.at(-1)!.id;
  }
}

/**
 * tag.name_key from name. Tag names are unique ignoring case, so tags whose names now fold alike
 * (e.g. "Istanbul" and "istanbul", told apart under a Turkish locale) become one: the oldest keeps
 * its name and gains the others' members and their last bulk action, as tags.merge would, and the
 * audit log says so (ids and counts only).
 */
async function refoldTags(tx: Tx): Promise<void> {
  const tags = await tx.all<{ id: number; name: string; name_key: string }>('SELECT id, name, name_key FROM tag ORDER BY id');
  const byKey = new Map<string, number[]>();
  for (const t of tags) byKey.set(fold(t.name), [...(byKey.get(fold(t.name)) ?? []), t.id]);
  const at = new Date().toISOString();
  for (const [into, ...others] of byKey.values() as Iterable<[number, ...number[]]>) {
    for (const from of others) {
      const { changes: moved } = await tx.run('INSERT OR IGNORE INTO member_tag (tag_id, member_id) SELECT ?, member_id FROM member_tag WHERE tag_id = ?', [into, from]);
      await tx.run('UPDATE bulk_action SET tag_id = ? WHERE tag_id = ?', [into, from]);
      await tx.run('DELETE FROM member_tag WHERE tag_id = ?', [from]);
      await tx.run('DELETE FROM tag WHERE id = ?', [from]);
      await tx.run(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, reason, details) VALUES (?, 'workbench', 'tag.merge', 'tag', ?, ?, ?)",
        [at, String(into), 'Tag names that differed only by case are one tag (the text keys were refolded).', JSON.stringify({ from, into, moved })],
      );
    }
  }
  const changed = tags.filter((t) => byKey.get(fold(t.name))![0] === t.id && fold(t.name) !== t.name_key);
  // Two steps, so no key is taken by another tag's old key on the way (name_key is unique).
  for (const t of changed) await tx.run('UPDATE tag SET name_key = ? WHERE id = ?', [`\u0000${t.id}`, t.id]);
  for (const t of changed) await tx.run('UPDATE tag SET name_key = ? WHERE id = ?', [fold(t.name), t.id]);
}

export async function up(tx: Tx): Promise<void> {
  await refoldMembers(tx);
  await refoldTags(tx);
}
