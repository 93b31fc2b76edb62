import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Connection } from '../../../main/core/db/connection';
import { bundledMigrations, migrate, type Migration } from '../../../main/core/db/migrate';
import { Writer } from '../../../main/core/db/writer';
import { openWorkspaceDb } from '../../../main/core/db/workspace-db';
import { AppError } from '../../../main/core/errors';
import { tempDir } from '../../support/temp-dir';

const m = (version: number, name: string, sql: string): Migration => ({ version, name, sql });
const code = (version: number, name: string, up: Extract<Migration, { up: unknown }>['up']): Migration => ({ version, name, up });

async function rawWriter(file: string) {
  return new Writer(await Connection.open(file, { readonly: false, create: true }));
}

describe('migrations', () => {
  it('bundles the migration files in order, starting at 0001_init', () => {
    expect(bundledMigrations.length).toBeGreaterThan(0);
    expect(bundledMigrations[0]).toMatchObject({ version: 1, name: 'init' });
    bundledMigrations.forEach((mig, i) => expect(mig.version).toBe(i + 1));
  });

  it('applies every bundled migration to a new workspace and records them', async () => {
    const db = await openWorkspaceDb(path.join(tempDir(), 'w.sqlite'), { create: true });
    const rows = await db.reader.all<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(bundledMigrations.map((x) => x.version));
    expect(db.schemaVersion).toBe(bundledMigrations.length);
    const tables = await db.reader.all<{ name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table'");
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['member', 'response', 'answer', 'answer_timing', 'audit_log']));
    await db.close();
  });

  it('applies only the pending ones when reopened with more migrations', async () => {
    const writer = await rawWriter(path.join(tempDir(), 'w.sqlite'));
    const first = [m(1, 'a', 'CREATE TABLE a (x INTEGER) STRICT;')];
    expect(await migrate(writer, first)).toBe(1);
    const both = [...first, m(2, 'b', 'CREATE TABLE b (y INTEGER) STRICT;')];
    expect(await migrate(writer, both)).toBe(2);
    expect(await writer.conn.all('SELECT version FROM schema_migrations')).toHaveLength(2);
    await writer.conn.close();
  });

  it('refuses a workspace whose applied migrations are not a prefix of the known ones', async () => {
    const writer = await rawWriter(path.join(tempDir(), 'w.sqlite'));
    await migrate(writer, [m(1, 'a', 'CREATE TABLE a (x INTEGER);'), m(2, 'future', 'CREATE TABLE f (x INTEGER);')]);
    const err = await migrate(writer, [m(1, 'a', 'CREATE TABLE a (x INTEGER);')]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('CONFLICT');
    expect((err as AppError).message).toContain('0002_future');
    const renamed = await migrate(writer, [m(1, 'other', 'CREATE TABLE a (x INTEGER);')]).catch((e: unknown) => e);
    expect((renamed as AppError).message).toContain('0001_a');
    await writer.conn.close();
  });

  it('runs a code migration in its own transaction, after the SQL before it', async () => {
    const writer = await rawWriter(path.join(tempDir(), 'w.sqlite'));
    const steps = [
      m(1, 'names', "CREATE TABLE person (name TEXT, name_key TEXT) STRICT; INSERT INTO person (name) VALUES ('ÅSA'), ('Iris');"),
      code(2, 'backfill_keys', async (tx) => {
        for (const row of await tx.all<{ name: string }>('SELECT name FROM person')) {
          await tx.run('UPDATE person SET name_key = ? WHERE name = ?', [row.name.toLowerCase(), row.name]);
        }
      }),
    ];
    expect(await migrate(writer, steps)).toBe(2);
    expect(await writer.conn.all('SELECT name_key FROM person ORDER BY name')).toEqual([{ name_key: 'iris' }, { name_key: 'åsa' }]);
    expect(await writer.conn.all('SELECT version, name FROM schema_migrations ORDER BY version')).toEqual([
      { version: 1, name: 'names' },
      { version: 2, name: 'backfill_keys' },
    ]);
    await writer.conn.close();
  });

  it('rolls back a failing code migration whole and passes its error on', async () => {
    const writer = await rawWriter(path.join(tempDir(), 'w.sqlite'));
    const steps = [
      m(1, 'table', 'CREATE TABLE t (x INTEGER) STRICT;'),
      code(2, 'half_done', async (tx) => {
        await tx.run('INSERT INTO t (x) VALUES (1)');
        throw new Error('definition p3 cannot be reshaped');
      }),
    ];
    await expect(migrate(writer, steps)).rejects.toThrow('definition p3 cannot be reshaped');
    expect(await writer.conn.all('SELECT x FROM t')).toEqual([]);
    expect(await writer.conn.all('SELECT version FROM schema_migrations')).toEqual([{ version: 1 }]);
    await writer.conn.close();
  });

  it('rolls back a failing migration whole and reports it', async () => {
    const writer = await rawWriter(path.join(tempDir(), 'w.sqlite'));
    const broken = [m(1, 'broken', 'CREATE TABLE ok_part (x INTEGER); CREATE TABLE ok_part (x INTEGER);')];
    await expect(migrate(writer, broken)).rejects.toThrow(/already exists/);
    expect(await writer.conn.all("SELECT name FROM sqlite_schema WHERE name = 'ok_part'")).toEqual([]);
    expect(await writer.conn.all('SELECT * FROM schema_migrations')).toEqual([]);
    await writer.conn.close();
  });
});
