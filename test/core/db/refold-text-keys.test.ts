import { expect, it } from 'vitest';
import { migrate } from '../../../main/core/db/migrate';
import { foldText } from '../../../main/model/fold-text';
import { workspaceBefore } from '../../support/older-workspace';

it('refolds the stored keys of a workspace written under another locale, merging tags that now fold alike', async () => {
  const writer = await workspaceBefore('refold_text_keys');
  // Keys as a machine with a Turkish locale stored them: İ → i, I → ı; final sigma kept.
  await writer.transaction(async (tx) => {
    await tx.run(`INSERT INTO member (id, code, name, name_key, email, email_key, created_at, updated_at) VALUES
      (1, 'M-1', 'İlkay IŞIK', 'ilkay ışık', 'ILKAY@EXAMPLE.ORG', 'ılkay@example.org', 'x', 'x'),
      (2, 'M-2', 'ΟΔΟΣ Ｐａｐａ', 'οδος ｐａｐａ', NULL, NULL, 'x', 'x'),
      (3, 'M-3', 'ann', 'ann', 'ann@example.org', 'ann@example.org', 'x', 'x')`);
    await tx.run(`INSERT INTO tag (id, name, name_key, created_at) VALUES (1, 'Istanbul', 'ıstanbul', 'x'), (2, 'istanbul', 'istanbul', 'x'), (3, 'VIP', 'vıp', 'x')`);
    await tx.run('INSERT INTO member_tag (tag_id, member_id) VALUES (1, 1), (2, 2), (2, 1), (3, 3)');
  });

  await migrate(writer);

  const members = await writer.conn.all<{ name: string; name_key: string; email: string | null; email_key: string | null }>('SELECT name, name_key, email, email_key FROM member ORDER BY id');
  expect(members.map((m) => [m.name_key, m.email_key])).toEqual(members.map((m) => [foldText(m.name), m.email && foldText(m.email)]));
  expect(members[0]).toMatchObject({ name_key: 'i̇lkay işik', email_key: 'ilkay@example.org' });
  expect(members[1]!.name_key).toBe('οδοσ papa');
  const tags = await writer.conn.all<{ id: number; name: string; name_key: string }>('SELECT id, name, name_key FROM tag ORDER BY id');
  expect(tags).toEqual([{ id: 1, name: 'Istanbul', name_key: 'istanbul' }, { id: 3, name: 'VIP', name_key: 'vip' }]);
  expect(await writer.conn.all('SELECT tag_id, member_id FROM member_tag ORDER BY tag_id, member_id')).toEqual([
    { tag_id: 1, member_id: 1 },
    { tag_id: 1, member_id: 2 },
    { tag_id: 3, member_id: 3 },
  ]);
  const audit = await writer.conn.all<{ action: string; entity_id: string; details: string }>("SELECT action, entity_id, details FROM audit_log WHERE entity = 'tag'");
  expect(audit.map((a) => [a.action, a.entity_id, JSON.parse(a.details)])).toEqual([['tag.merge', '1', { from: 2, into: 1, moved: 1 }]]);
  await writer.conn.close();
});
