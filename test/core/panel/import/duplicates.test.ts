import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../../main/api/member-import';
import { importSession } from './support/import-fixture';

const mapping: ColumnMapping[] = [
  { column: 'external_id', target: 'externalId' },
  { column: 'name', target: 'name' },
  { column: 'email', target: 'email' },
  { column: 'city', target: 'city' },
  { column: 'tags', target: 'tags' },
];

const panelCsv = ['external_id,name,email,city,tags', 'E1,Ann Old,ann@example.com,Oslo,', 'E2,Bob Old,Bob@Example.com,Rome,', ',Cy Old,cy@example.com,Paris,'].join('\n');

/** Rows 1–2 match panel members (by external id, by email in another case); 4–5 repeat row 3 (by email, by external id). */
const fileCsv = [
  'external_id,name,email,city,tags',
  'E1,Ann New,,Bergen,vip',
  ',Bob New,BOB@example.COM,,',
  'E3,Dee,dee@example.com,Lyon,',
  ',Dee Again,DEE@example.com,Nice,vip',
  'E3,Dee Third,,,',
  'E4,Eve,eve@example.com,,',
].join('\n');

async function seeded() {
  const t = await importSession();
  await t.imported({ file: { path: t.file('panel.csv', panelCsv) }, mapping, onDuplicate: 'skip' });
  const detail = () =>
    t.db().reader.all<{ external_id: string | null; name: string; email: string | null; email_key: string | null; city: string | null; tags: string | null; updated: number }>(
      `SELECT m.external_id, m.name, m.email, m.email_key, m.city, m.updated_at <> m.created_at AS updated,
              (SELECT group_concat(t.name) FROM member_tag mt JOIN tag t ON t.id = mt.tag_id WHERE mt.member_id = m.id) AS tags
       FROM member m ORDER BY m.id`,
    );
  return { ...t, detail, file2: t.file('second.csv', fileCsv) };
}

describe('duplicates within the file and against the panel', () => {
  it('skip: keeps the panel and the first row of each repeat, and names the skipped rows', async () => {
    const t = await seeded();
    const before = await t.detail();
    const result = await t.imported({ file: { path: t.file2 }, mapping, onDuplicate: 'skip' });
    expect(result).toMatchObject({ rows: 6, inserted: 2, updated: 0, skipped: 4, rejectedCount: 0 });
    expect(result.skips.map((w) => [w.code, w.count, w.rows])).toEqual([
      ['duplicateOfMember', 2, [1, 2]],
      ['duplicateInFile', 2, [4, 5]],
    ]);
    const after = await t.detail();
    expect(after.slice(0, 3)).toEqual(before);
    expect(after.slice(3).map((m) => [m.external_id, m.name, m.city, m.tags])).toEqual([
      ['E3', 'Dee', 'Lyon', null],
      ['E4', 'Eve', null, null],
    ]);
  });

  it('update: updates the matched members; rows repeating an earlier row of the file are skipped, never merged into it', async () => {
    const t = await seeded();
    const result = await t.imported({ file: { path: t.file2 }, mapping, onDuplicate: 'update' });
    expect(result).toMatchObject({ rows: 6, inserted: 2, updated: 2, skipped: 2, rejectedCount: 0 });
    expect(result.skips.map((w) => [w.code, w.rows])).toEqual([['duplicateInFile', [4, 5]]]);
    expect((await t.detail()).map((m) => [m.external_id, m.name, m.email, m.city, m.tags, m.updated])).toEqual([
      ['E1', 'Ann New', 'ann@example.com', 'Bergen', 'vip', 1],
      ['E2', 'Bob New', 'BOB@example.COM', 'Rome', null, 1],
      [null, 'Cy Old', 'cy@example.com', 'Paris', null, 0],
      ['E3', 'Dee', 'dee@example.com', 'Lyon', null, 0],
      ['E4', 'Eve', 'eve@example.com', null, null, 0],
    ]);
  });

  it('keep both: adds rows matching panel members as new members, except that an external id cannot be given twice; in-file repeats are skipped', async () => {
    const t = await seeded();
    const strict = await t.imported({ file: { path: t.file2 }, mapping, onDuplicate: 'keepBoth' });
    expect(strict).toMatchObject({ committed: false, inserted: 0, rejectedCount: 1, skipped: 2 });
    expect(await t.detail()).toHaveLength(3);

    const result = await t.imported({ file: { path: t.file2 }, mapping, onDuplicate: 'keepBoth', mode: 'valid-rows' });
    expect(result).toMatchObject({ committed: true, rows: 6, inserted: 3, updated: 0, skipped: 2, rejectedCount: 1 });
    const [ann] = await t.members();
    expect(result.rejected.map((r) => [r.row, r.value, r.message])).toEqual([
      [1, 'E1', `External id 'E1' already belongs to member ${ann!.code}; 'keep both' cannot give two members the same external id.`],
    ]);
    expect(result.skips.map((w) => [w.code, w.rows])).toEqual([['duplicateInFile', [4, 5]]]);
    const emails = (await t.detail()).map((m) => m.email_key);
    expect(emails.filter((e) => e === 'bob@example.com')).toHaveLength(2);
    expect(emails.filter((e) => e === 'dee@example.com')).toHaveLength(1);
  });
});
