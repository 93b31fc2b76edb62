import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspaceDb } from '../../../main/core/db/workspace-db';
import type { Connection } from '../../../main/core/db/connection';
import { AppError } from '../../../main/core/errors';
import { tempDir } from '../../support/temp-dir';

/** A pragma's value as a connection reports it. */
const pragma = async (conn: Connection, name: string) => Object.values((await conn.get<Record<string, unknown>>(`PRAGMA ${name}`))!)[0];

describe('workspace file', () => {
  it('puts WAL, synchronous=FULL, foreign keys, busy timeout and secure_delete in force', async () => {
    const db = await openWorkspaceDb(path.join(tempDir(), 'p.sqlite'), { create: true });
    const one = (name: string) => pragma(db.writer.conn, name);
    expect(await one('journal_mode')).toBe('wal');
    expect(await one('synchronous')).toBe(2);
    expect(await one('foreign_keys')).toBe(1);
    expect(await one('secure_delete')).toBe(1);
    expect(await one('busy_timeout')).toBe(5000);
    // The reader never writes the workspace (opened read-only), but holds an analysis's TEMP tables in memory.
    await expect(db.reader.run("INSERT INTO tag (name, name_key, created_at) VALUES ('x', 'x', '2026-01-01')")).rejects.toThrow(/readonly/);
    await db.reader.run('CREATE TEMP TABLE scratch (n INTEGER)');
    await db.reader.run('INSERT INTO temp.scratch VALUES (1)');
    expect(await db.reader.get('SELECT n FROM temp.scratch')).toEqual({ n: 1 });
    expect(await pragma(db.reader, 'temp_store')).toBe(2);
    await expect(
      db.writer.transaction((tx) => tx.run("INSERT INTO member_tag (tag_id, member_id) VALUES (999, 999)")),
    ).rejects.toThrow(/FOREIGN KEY/);
    await db.close();
  });

  it('lets the reader map the file and still read what the writer adds after a checkpoint grows it', async () => {
    const db = await openWorkspaceDb(path.join(tempDir(), 'm.sqlite'), { create: true });
    expect(await pragma(db.reader, 'mmap_size')).toBeGreaterThan(1024 ** 3);
    expect(await db.reader.get('SELECT count(*) AS n FROM tag')).toEqual({ n: 0 });
    const sizeBefore = fs.statSync(db.path).size;
    await db.writer.transaction((tx) =>
      tx.run("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO tag (name, name_key, created_at) SELECT printf('tag %d %s', i, hex(randomblob(200))), printf('tag %d', i), '2026-01-01' FROM n"),
    );
    await db.writer.outside((conn) => conn.run('PRAGMA wal_checkpoint(TRUNCATE)'));
    expect(fs.statSync(db.path).size).toBeGreaterThan(sizeBefore + 500_000);
    expect(await db.reader.get("SELECT count(*) AS n, max(name_key) AS last FROM tag")).toEqual({ n: 2000, last: 'tag 999' });
    await db.close();
  });

  it('gives a second opener a clear message, and opens again after a clean close', async () => {
    const file = path.join(tempDir(), 'l.sqlite');
    const first = await openWorkspaceDb(file, { create: true });
    const err = await openWorkspaceDb(file, { create: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('LOCKED');
    expect((err as AppError).message).toMatch(/already open in this workbench/);
    await first.close();
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    const again = await openWorkspaceDb(file, { create: false });
    expect(again.recoveredFromCrash).toBe(false);
    await again.close();
  });

  it('takes over the lock of a process that died, and checks the file first', async () => {
    const file = path.join(tempDir(), 'd.sqlite');
    await (await openWorkspaceDb(file, { create: true })).close();
    // A pid far above pid_max belongs to no process: the owner is gone.
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: 2 ** 30, host: (await import('node:os')).hostname(), since: 'then' }));
    const db = await openWorkspaceDb(file, { create: false });
    expect(db.recoveredFromCrash).toBe(true);
    await db.close();
  });

  it('refuses a file that is not a workspace without changing it', async () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'these are my notes, not a database '.repeat(200));
    const before = fs.readFileSync(file);
    const err = await openWorkspaceDb(file, { create: false }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('VALIDATION');
    expect((err as AppError).message).toContain('is not a workspace file');
    expect(fs.readFileSync(file)).toEqual(before);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it('refuses to create over an existing file and to open a missing one', async () => {
    const dir = tempDir();
    const existing = path.join(dir, 'e.sqlite');
    fs.writeFileSync(existing, 'x');
    await expect(openWorkspaceDb(existing, { create: true })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(fs.readFileSync(existing, 'utf8')).toBe('x');
    await expect(openWorkspaceDb(path.join(dir, 'missing.sqlite'), { create: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
