import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertRowGroups, insertRows, insertRowsSql, Jsonb } from '../../../main/core/db/batch-insert';
import type { SqlValue } from '../../../main/core/db/connection';
import { openWorkspaceDb, type WorkspaceDb } from '../../../main/core/db/workspace-db';
import { tempDir } from '../../support/temp-dir';

let db: WorkspaceDb | null = null;
afterEach(async () => {
  await db?.close();
  db = null;
});

/** A workspace with a table whose `v` column has no type affinity, so every value keeps the type it was given. */
async function workspaceWithTable(): Promise<WorkspaceDb> {
  db = await openWorkspaceDb(path.join(tempDir(), 'w.sqlite'), { create: true });
  await db.writer.transaction((tx) => tx.exec('CREATE TABLE t (k INTEGER NOT NULL, v, note TEXT)'));
  return db;
}

const readBack = (w: WorkspaceDb, table: string) =>
  w.reader.all<{ k: number; type: string; v: SqlValue; note: string | null }>(`SELECT k, typeof(v) AS type, v, note FROM ${table} ORDER BY rowid`);

// Values whose storage is easy to get subtly wrong: int32 edges, numbers node-sqlite3 binds as REAL,
// doubles that decimal text does not round-trip through SQLite, NaN (stored as NULL), text escapes.
const tricky: SqlValue[] = [
  null, 0, -0, 7, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53 + 2, 12345678901, 0.1, 1 / 3, -1.5, 5e-324, 2.5e-310,
  1.7976931348623157e308, 4450640105.862535, 0.006094975380993239, 6.446470068346708e-19, Infinity, -Infinity, NaN,
  '', 'plain', 'comma, "quote" and \\ backslash', 'line\nbreak\ttab', 'a\u0000b', '问卷太长了', 'Не хватает', '😀', 'lone \ud800 surrogate',
  '[1,2]', '{"json":"text"}',
];

describe('insertRows', () => {
  it('inserts every row, across several statements with a short tail, and answers the count', async () => {
    const w = await workspaceWithTable();
    const rows = Array.from({ length: 70_001 }, (_, i): SqlValue[] => [i, i % 3 === 0 ? null : i * 0.5, `n${i}`]);
    const inserted = await w.writer.transaction((tx) => insertRows(tx, 't', ['k', 'v', 'note'], rows));
    expect(inserted).toBe(70_001);
    const stats = await w.reader.get<{ n: number; keys: number; nulls: number; last: string }>(
      'SELECT count(*) AS n, sum(k) AS keys, sum(v IS NULL) AS nulls, (SELECT note FROM t ORDER BY rowid DESC LIMIT 1) AS last FROM t',
    );
    expect(stats).toEqual({ n: 70_001, keys: (70_000 * 70_001) / 2, nulls: 23_334, last: 'n70000' });
  });

  it('stores each value exactly as binding it as a parameter does (NULL, INTEGER, REAL, TEXT)', async () => {
    const w = await workspaceWithTable();
    await w.writer.transaction(async (tx) => {
      await tx.exec('CREATE TABLE bound (k INTEGER NOT NULL, v, note TEXT)');
      for (const [k, v] of tricky.entries()) await tx.run('INSERT INTO bound (k, v, note) VALUES (?, ?, ?)', [k, v, null]);
      await insertRows(tx, 't', ['k', 'v', 'note'], tricky.map((v, k) => [k, v, null]));
    });
    const expected = await readBack(w, 'bound');
    expect(await readBack(w, 't')).toEqual(expected);
    const byKey = (k: number) => expected[k]!;
    expect(byKey(tricky.indexOf(0.1))).toMatchObject({ type: 'real', v: 0.1 });
    expect(byKey(tricky.indexOf(2 ** 31))).toMatchObject({ type: 'real', v: 2 ** 31 });
    expect(byKey(tricky.indexOf(7))).toMatchObject({ type: 'integer', v: 7 });
    expect(byKey(tricky.findIndex((v) => typeof v === 'number' && Number.isNaN(v)))).toMatchObject({ type: 'null', v: null });
    expect(byKey(tricky.indexOf('lone \ud800 surrogate'))).toMatchObject({ type: 'text', v: 'lone \ufffd surrogate' });
  });

  it('round-trips Buffers through multi-row VALUES statements, tail included', async () => {
    const w = await workspaceWithTable();
    const rows = Array.from({ length: 1_234 }, (_, i): SqlValue[] => [i, Buffer.from([i & 0xff, 0, 0xfe]), i % 2 ? 'odd' : null]);
    const inserted = await w.writer.transaction((tx) => insertRows(tx, 't', ['k', 'v', 'note'], rows));
    expect(inserted).toBe(1_234);
    const back = await readBack(w, 't');
    expect(back).toHaveLength(1_234);
    expect(back[1_233]).toEqual({ k: 1_233, type: 'blob', v: Buffer.from([1_233 & 0xff, 0, 0xfe]), note: 'odd' });
  });

  it('stores a Jsonb as JSONB that reads back as its value, JSON.stringify\'s escapes and all, beside Buffers too', async () => {
    const w = await workspaceWithTable();
    const value = [['q1', null, 'a"b', 12.5, 'Не хватает\nвремени'], { k: '问卷' }];
    await w.writer.transaction((tx) => insertRows(tx, 't', ['k', 'v'], [[1, new Jsonb(value)]]));
    await w.writer.transaction((tx) => insertRows(tx, 't', ['k', 'v', 'note'], [[2, new Jsonb(value), null], [3, Buffer.from([1]), null]]));
    const back = await w.reader.all<{ k: number; type: string; v: string }>('SELECT k, typeof(v) AS type, json(v) AS v FROM t WHERE k < 3 ORDER BY k');
    expect(back.map((r) => [r.type, JSON.parse(r.v)])).toEqual([
      ['blob', value],
      ['blob', value],
    ]);
  });

  it('inserts nothing for no rows', async () => {
    const w = await workspaceWithTable();
    expect(await w.writer.transaction((tx) => insertRows(tx, 't', ['k', 'v'], []))).toBe(0);
  });

  it('rejects a row of the wrong width before writing anything, even when the caller carries on', async () => {
    const w = await workspaceWithTable();
    const rows: SqlValue[][] = [[1, 'a', null], [2, 'b', null], [3, 'c']];
    const error = await w.writer.transaction(async (tx) => {
      await insertRows(tx, 't', ['k', 'v', 'note'], [[0, 'kept', null]]);
      return insertRows(tx, 't', ['k', 'v', 'note'], rows).catch((err: unknown) => err);
    });
    expect(String(error)).toContain('row 2 has 2 values, expected 3');
    expect(await w.reader.all('SELECT k, v FROM t')).toEqual([{ k: 0, v: 'kept' }]);
  });

  it('writes none of the rows when a later statement of the same call fails', async () => {
    const w = await workspaceWithTable();
    const rows = Array.from({ length: 50_000 }, (_, i): SqlValue[] => [i, 'x', null]);
    rows[49_999] = [null, 'breaks NOT NULL', null];
    const error = await w.writer.transaction(async (tx) => {
      await insertRows(tx, 't', ['k', 'v', 'note'], [[-1, 'kept', null]]);
      return insertRows(tx, 't', ['k', 'v', 'note'], rows).catch((err: unknown) => err);
    });
    expect(String(error)).toMatch(/NOT NULL constraint failed: t\.k/);
    expect(await w.reader.all('SELECT k, v FROM t')).toEqual([{ k: -1, v: 'kept' }]);
  });
});

describe('insertRowsSql', () => {
  it('writes the rows into the statement so that they are stored exactly as binding them does, quotes and all', async () => {
    const w = await workspaceWithTable();
    const values: SqlValue[] = [...tricky, "it's 'quoted'", "''; DROP TABLE t; --"];
    await w.writer.transaction(async (tx) => {
      await tx.exec('CREATE TABLE bound (k INTEGER NOT NULL, v, note TEXT)');
      for (const [k, v] of values.entries()) await tx.run('INSERT INTO bound (k, v, note) VALUES (?, ?, ?)', [k, v, typeof v === 'string' ? v : null]);
    });
    await w.writer.execTransaction(insertRowsSql('t', ['k', 'v', 'note'], values.map((v, k) => [k, v, typeof v === 'string' ? v : null])));
    expect(await readBack(w, 't')).toEqual(await readBack(w, 'bound'));
  });

  it('refuses a row of the wrong width and a value with no JSON form', () => {
    expect(() => insertRowsSql('t', ['k', 'v'], [[1, 'a'], [2]])).toThrow('insertRowsSql(t): row 1 has 1 values, expected 2');
    expect(() => insertRowsSql('t', ['k', 'v'], [[1, Buffer.from([1])]])).toThrow('insertRowsSql(t): a Buffer or bigint has no JSON form');
  });
});

describe('insertRowGroups', () => {
  it('stores each value of the shared and the grouped columns exactly as binding it does, groups in order', async () => {
    const w = await workspaceWithTable();
    // Each tricky value as a group's shared `v` and as a grouped `note`/`v`, so doubles, NaN and surrogates travel both ways.
    const groups = tricky.map((v, k) => [[k], [[v, null], [k, typeof v === 'string' ? v : null]]] as const);
    await w.writer.transaction(async (tx) => {
      await tx.exec('CREATE TABLE bound (k INTEGER NOT NULL, v, note TEXT)');
      for (const [[k], rows] of groups) for (const [v, note] of rows) await tx.run('INSERT INTO bound (k, v, note) VALUES (?, ?, ?)', [k, v, note]);
      expect(await insertRowGroups(tx, 't', ['k'], ['v', 'note'], groups)).toBe(tricky.length * 2);
    });
    expect(await readBack(w, 't')).toEqual(await readBack(w, 'bound'));
  });

  it('splits large groups over several statements, all or none, and goes through insertRows for Buffers', async () => {
    const w = await workspaceWithTable();
    const groups = Array.from({ length: 3_000 }, (_, g) => [[g], Array.from({ length: 30 }, (_, i): SqlValue[] => [i + 0.5, `n${i}`])] as const);
    expect(await w.writer.transaction((tx) => insertRowGroups(tx, 't', ['k'], ['v', 'note'], groups))).toBe(90_000);
    expect(await w.reader.get('SELECT count(*) AS n, sum(k) AS keys, sum(v) AS vs, count(DISTINCT note) AS notes FROM t')).toEqual({
      n: 90_000,
      keys: 30 * ((2_999 * 3_000) / 2),
      vs: 3_000 * (435 + 15),
      notes: 30,
    });
    const broken = [...groups.slice(0, 2_999), [[null], [[1, 'breaks NOT NULL']]] as const];
    const error = await w.writer.transaction((tx) => insertRowGroups(tx, 't', ['k'], ['v', 'note'], broken).catch((err: unknown) => err));
    expect(String(error)).toMatch(/NOT NULL constraint failed: t\.k/);
    expect(await w.reader.get('SELECT count(*) AS n FROM t')).toEqual({ n: 90_000 });
    await w.writer.transaction((tx) => insertRowGroups(tx, 't', ['k'], ['v', 'note'], [[[-1], [[Buffer.from([7]), 'blob']]]]));
    expect(await readBack(w, 't WHERE k = -1')).toEqual([{ k: -1, type: 'blob', v: Buffer.from([7]), note: 'blob' }]);
  });
});
