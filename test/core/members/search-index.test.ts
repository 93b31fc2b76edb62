import { describe, expect, it } from 'vitest';
import type { Tx } from '../../../main/core/db/writer';
import { withBulkSearchIndex } from '../../../main/core/members/search-index';
import { call } from '../../support/call';
import { tempWorkspace } from '../../support/workspace';
import { importSession } from '../panel/import/support/import-fixture';

const NAMES = ['Olga Petrova', 'Oleg Ivanov', '小明 王', 'Anna Smith'];

async function addMembers(tx: Tx, from: number, count: number): Promise<void> {
  for (let id = from; id < from + count; id++) {
    await tx.run("INSERT INTO member (id, code, name, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')", [id, `M-T${id}`, NAMES[id % NAMES.length]!]);
  }
}

const segments = async (tx: Tx, index: string) => (await tx.get<{ n: number }>(`SELECT count(DISTINCT segid) AS n FROM ${index}_idx`))!.n;

describe('the bulk-built quick-search indexes', () => {
  it('leave the word index in one segment after several chunks, and find every member', async () => {
    const workspace = await tempWorkspace();
    try {
      const found = await workspace.db.writer.transaction(async (tx) => {
        await withBulkSearchIndex(tx, async (index) => {
          for (let chunk = 0; chunk < 5; chunk++) {
            await addMembers(tx, chunk * 20 + 1, 20);
            await index('SELECT id, name, email, phone, city, code, external_id FROM member WHERE id BETWEEN ? AND ?', [chunk * 20 + 1, chunk * 20 + 20]);
          }
        });
        // Five chunks wrote five trigram segments (left as they are); the word index was merged into one.
        expect(await segments(tx, 'member_fts')).toBe(5);
        expect(await segments(tx, 'member_words')).toBe(1);
        const words = await tx.get<{ n: number }>(`SELECT count(*) AS n FROM member_words WHERE member_words MATCH '"Ol"*'`);
        const trigrams = await tx.get<{ n: number }>(`SELECT count(*) AS n FROM member_fts WHERE member_fts MATCH '"Petrova"'`);
        return { words: words!.n, trigrams: trigrams!.n };
      });
      expect(found).toEqual({ words: 50, trigrams: 25 });
    } finally {
      await workspace.close();
    }
  });

  it('put the row trigger back, so a member added afterwards is found', async () => {
    const t = await importSession();
    await t.db().writer.transaction((tx) => withBulkSearchIndex(tx, async (index) => index('SELECT 1 AS id, NULL AS name, NULL AS email, NULL AS phone, NULL AS city, NULL AS code, NULL AS external_id WHERE 0', [])));
    await call(t.dispatch, 'members.create', { name: 'Zoltan Kovacs' });
    expect((await call(t.dispatch, 'members.count', { search: 'Zoltan' })).total).toBe(1);
  });
});
