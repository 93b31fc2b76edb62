import { insertRows } from '../../db/batch-insert';
import type { SqlValue } from '../../db/connection';
import type { Tx, Writer } from '../../db/writer';
import type { FactKind } from './fact-kinds';

/**
 * Checked rows wait in the writer connection's TEMP schema (never in the workspace file, gone if the
 * process dies) until one transaction merges them. One community import runs at a time, so a fixed name is safe.
 */
const STAGE = 'temp.community_import_stage';

/**
 * The writer's page cache while an import merges its rows into a table of `rows` rows (after the
 * merge), or an undo removes them: the per-member and time indexes take the rows at places all over,
 * so they stay in memory, about 100 bytes a row with their indexes (SQLite's default cache is 2 MiB).
 * Capped, as the sqlite3 shell baseline's, at 512 MiB.
 */
export const mergeCacheKib = (rows: number) => Math.min(512 * 1024, Math.max(64 * 1024, Math.ceil(rows * 0.1)));

export const createStaging = (writer: Writer) =>
  writer.transaction((tx) => tx.exec(`DROP TABLE IF EXISTS ${STAGE}; CREATE TABLE ${STAGE} (row INTEGER PRIMARY KEY, member_id INTEGER NOT NULL, v1, v2, v3);`));

export const dropStaging = (writer: Writer) => writer.transaction((tx) => tx.exec(`DROP TABLE IF EXISTS ${STAGE};`));

/** One chunk of rows (file row, member id, the kind's three values), in one short transaction. */
export async function stageRows(writer: Writer, rows: readonly SqlValue[][]): Promise<void> {
  if (rows.length === 0) return;
  await writer.transaction((tx) => insertRows(tx, STAGE, ['row', 'member_id', 'v1', 'v2', 'v3'], rows));
}

/**
 * Merges the staged rows of file rows first..last into the kind's table (inside the caller's
 * transaction), in time order (v1 is the time of both kinds): the time index then takes them in
 * its own order, page after page, instead of at random places.
 */
export async function mergeRows(tx: Tx, kind: FactKind<unknown>, first: number, last: number): Promise<number> {
  const { changes } = await tx.run(`INSERT INTO ${kind.table} (member_id, ${kind.columns.join(', ')}) SELECT member_id, v1, v2, v3 FROM ${STAGE} WHERE row BETWEEN ? AND ? ORDER BY v1, row`, [first, last]);
  return changes;
}
