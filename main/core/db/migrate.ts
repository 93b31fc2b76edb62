import { AppError } from '../errors';
import type { Writer } from './writer';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const files = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });

/** The migrations bundled with this build, in order. Append-only: never edit a released one. */
export const bundledMigrations: readonly Migration[] = Object.entries(files)
  .map(([file, sql]) => {
    const match = /\/(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new Error(`Migration file name must be NNNN_name.sql: ${file}`);
    return { version: Number(match[1]), name: match[2]!, sql };
  })
  .sort((a, b) => a.version - b.version);

const TRACKING_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`;

/**
 * Applies pending migrations, each in its own transaction. Refuses a workspace whose applied
 * migrations are not a prefix of the known ones: it was written by another (newer) build.
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
      await tx.exec(migration.sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, now().toISOString()]);
    });
  }
  return migrations.length;
}
