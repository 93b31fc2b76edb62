import { AppError } from '../errors';
import type { Tx, Writer } from './writer';

/**
 * One schema step. SQL migrations are `NNNN_name.sql`; code migrations (a backfill, a refold of
 * keys, a reshaped JSON definition) are `NNNN_name.ts` exporting `up(tx)`. A code migration carries
 * its own copy of the shapes it reads and writes and never imports today's schemas, which will change.
 */
export type Migration = { version: number; name: string } & ({ sql: string } | { up: (tx: Tx) => Promise<void> });

/** What a code migration module exports. */
export interface CodeMigration {
  up(tx: Tx): Promise<void>;
}

const sqlFiles = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });
const codeFiles = import.meta.glob<CodeMigration>('./migrations/*.ts', { eager: true });

const FILE_NAME = /\/(\d{4})_([a-z0-9_]+)\.(sql|ts)$/;

const parseName = (file: string) => {
  const match = FILE_NAME.exec(file);
  if (!match) throw new Error(`Migration file name must be NNNN_name.sql or NNNN_name.ts: ${file}`);
  return { version: Number(match[1]), name: match[2]! };
};

/** The migrations bundled with this build, in order. Append-only: never edit a released one (a test holds each one's hash). */
export const bundledMigrations: readonly Migration[] = [
  ...Object.entries(sqlFiles).map(([file, sql]): Migration => ({ ...parseName(file), sql })),
  ...Object.entries(codeFiles).map(([file, mod]): Migration => ({ ...parseName(file), up: (tx) => mod.up(tx) })),
].sort((a, b) => a.version - b.version);

const TRACKING_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`;

/**
 * Applies pending migrations, each in its own transaction. Refuses a workspace whose applied
 * migrations are not a prefix of the known ones: it was written by another (newer) build.
 * A failing migration rolls back whole and its error is passed on, never swallowed.
 * Returns the schema version.
 */
export async function migrate(
  writer: Writer,
  migrations: readonly Migration[] = bundledMigrations,
  now: () => Date = () => new Date(),
): Promise<number> {
  await writer.transaction((tx) => tx.exec(TRACKING_TABLE));
  const applied = await writer.conn.all<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
  applied.forEach((row, i) => {
    const known = migrations[i];
    if (!known || known.version !== row.version || known.name !== row.name) {
      throw new AppError(
        'CONFLICT',
        `This workspace has migration ${String(row.version).padStart(4, '0')}_${row.name}, which this version of the workbench does not know. It was probably written by a newer version; open it there.`,
        { key: 'errors.unknownMigration', params: { version: row.version, name: row.name } },
      );
    }
  });
  for (const migration of migrations.slice(applied.length)) {
    await writer.transaction(async (tx) => {
      if ('sql' in migration) await tx.exec(migration.sql);
      else await migration.up(tx);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, now().toISOString()]);
    });
  }
  return migrations.length;
}
