import { insertRowsSql } from '../../db/batch-insert';
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

/** Whether the rows staged so far came in time order (v1, the time of both kinds, never going back), as a platform's or shop's log usually does. */
export class StagedTimeOrder {
  private last = -Infinity;
  ordered = true;

  note(rows: readonly SqlValue[][]): void {
    for (let i = 0; i < rows.length && this.ordered; i++) {
      const at = rows[i]![2] as number;
      this.ordered = at >= this.last;
      this.last = at;
    }
  }
}

/** The staged rows of file rows first to last, named as the kind's stored columns (the numbers written into the SQL, for Writer.execTransaction). */
export function stagedRowsBetween(kind: FactKind<unknown>, first: number, last: number): string {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(last)) throw new Error(`stagedRowsBetween: rows ${first} to ${last} are not whole numbers`);
  return `SELECT member_id, ${kind.columns.map((c, i) => `v${i + 1} AS ${c}`).join(', ')} FROM ${STAGE} WHERE row BETWEEN ${first} AND ${last}`;
}

/**
 * One chunk of rows (file row, member id, the kind's three values), in one short transaction that
 * the writer's thread runs in one go, with the SQL `alsoStaged` gives for them (their first and last
 * file rows); `order` notes whether they keep time order.
 */
export async function stageRows(writer: Writer, rows: readonly SqlValue[][], order: StagedTimeOrder, alsoStaged?: (first: number, last: number) => string): Promise<void> {
  if (rows.length === 0) return;
  order.note(rows);
  const insert = insertRowsSql(STAGE, ['row', 'member_id', 'v1', 'v2', 'v3'], rows);
  await writer.execTransaction(alsoStaged ? `${insert};\n${alsoStaged(rows[0]![0] as number, rows.at(-1)![0] as number)}` : insert);
}

/**
 * Merges the staged rows of file rows first..last into the kind's table (inside the caller's
 * transaction), in time order: the time index then takes them in its own order, page after page,
 * instead of at random places. Rows staged in time order are read as stored (file order), without
 * sorting them again (about 1 s of 20 per 3,000,000 events).
 */
export async function mergeRows(tx: Tx, kind: FactKind<unknown>, first: number, last: number, order: StagedTimeOrder): Promise<number> {
  const { changes } = await tx.run(
    `INSERT INTO ${kind.table} (member_id, ${kind.columns.join(', ')}) SELECT member_id, v1, v2, v3 FROM ${STAGE} WHERE row BETWEEN ? AND ? ORDER BY ${order.ordered ? 'row' : 'v1, row'}`,
    [first, last],
  );
  return changes;
}
