import path from 'node:path';
import { Connection } from '../../main/core/db/connection';
import { bundledMigrations, migrate } from '../../main/core/db/migrate';
import { Writer } from '../../main/core/db/writer';
import { tempDir } from './temp-dir';

/** A workspace as a build without the named migration left it: every migration before it applied. Throws if there is no such migration. */
export async function workspaceBefore(migrationName: string): Promise<Writer> {
  const index = bundledMigrations.findIndex((m) => m.name === migrationName);
  if (index < 1) throw new Error(`No migration named ${migrationName} after the first`);
  const writer = new Writer(await Connection.open(path.join(tempDir(), 'older.sqlite'), { readonly: false, create: true }));
  await migrate(writer, bundledMigrations.slice(0, index));
  return writer;
}
