import type { Connection, SqlValue } from '../db/connection';
import type { CompiledFilter } from '../db/filter-sql';

/**
 * Segment membership of the responses in scope, evaluated once per respondent into a TEMP table of
 * the reader, `(response_id, c0…cN, multi)` (c<i>: in segment i; multi: in more than one), holding
 * only responses in at least one segment. A crosstab by segments then joins a question's answers to
 * it by response id instead of reading each answer's response and member rows and every segment's
 * condition again.
 *
 * The table is kept for the next call with the same scope and segments (the key is their compiled
 * SQL, so an edited segment gives a new key) while the workspace is unchanged: SQLite's
 * `PRAGMA data_version` moves when another connection (the writer) commits. A result is returned
 * only when data_version is the same after the reading as before the table was filled, so the
 * membership and the answers come from one state of the file.
 */

interface Condition {
  sql: string;
  params: SqlValue[];
}

interface Entry {
  table: string;
  dataVersion: number;
  ready: Promise<void>;
  /** Calls reading the table now: it is dropped only when none is. */
  users: number;
  retired: boolean;
}

/** Tables kept per reader; each is about 60 bytes per response in a segment. */
const KEPT = 4;
/** Readings repeated when the file changed under them, before the last one is given as it is. */
const ATTEMPTS = 3;

const tables = new WeakMap<Connection, Map<string, Entry>>();
/** Tables whose DROP met another statement still open on the reader; dropped at a later call. */
const undropped = new WeakMap<Connection, Set<string>>();
let named = 0;

const dataVersion = async (reader: Connection) => Object.values((await reader.get<Record<string, number>>('PRAGMA data_version'))!)[0]!;

async function fill(reader: Connection, table: string, scope: CompiledFilter, flags: readonly Condition[]): Promise<void> {
  const columns = flags.map((_, i) => `c${i}`);
  await reader.run(`CREATE TEMP TABLE ${table} (response_id TEXT PRIMARY KEY, ${columns.map((c) => `${c} INTEGER NOT NULL`).join(', ')}, multi INTEGER NOT NULL) WITHOUT ROWID`);
  try {
    // CASE: a condition counts as met only when true (NULL, a member without the field, is not).
    const member = flags.map((f, i) => `CASE WHEN ${f.sql} THEN 1 ELSE 0 END AS c${i}`).join(', ');
    const inAny = columns.join(' + ');
    await reader.run(
      `INSERT INTO temp.${table} SELECT response_id, ${columns.join(', ')}, ${inAny} > 1
       FROM (SELECT r.id AS response_id, ${member} FROM response r JOIN member m ON m.id = r.member_id WHERE ${scope.sql})
       WHERE ${inAny} > 0 ORDER BY response_id`,
      [...flags.flatMap((f) => f.params), ...scope.params],
    );
  } catch (err) {
    await drop(reader, table);
    throw err;
  }
}

/**
 * SQLite refuses DROP TABLE (SQLITE_LOCKED) while any other statement on the connection is open,
 * and other reads share the reader: node-sqlite3 finalizes a `get` only after its callback. Such a
 * table is left for a later call to drop; it holds no data anyone reads.
 */
async function drop(reader: Connection, table: string): Promise<void> {
  let pending = undropped.get(reader);
  if (!pending) undropped.set(reader, (pending = new Set()));
  try {
    await reader.run(`DROP TABLE IF EXISTS temp.${table}`);
    pending.delete(table);
  } catch (err) {
    if ((err as { code?: string }).code !== 'SQLITE_LOCKED') throw err;
    pending.add(table);
  }
}

/** Drops a retired table once no call reads it (and its filling has ended). */
async function dropIfIdle(reader: Connection, entry: Entry): Promise<void> {
  if (!entry.retired || entry.users > 0) return;
  await entry.ready.catch(() => undefined);
  await drop(reader, entry.table);
}

/** The key's table for this data version, taken for one call (users counted before any await). */
function take(reader: Connection, key: string, version: number, scope: CompiledFilter, flags: readonly Condition[]): { entry: Entry; retired: Entry[] } {
  let kept = tables.get(reader);
  if (!kept) tables.set(reader, (kept = new Map()));
  const found = kept.get(key);
  kept.delete(key);
  const retired: Entry[] = [];
  let entry = found;
  if (!entry || entry.dataVersion !== version) {
    if (found) retired.push(found);
    const table = `segment_flags_${++named}`;
    entry = { table, dataVersion: version, ready: fill(reader, table, scope, flags), users: 0, retired: false };
    const filling = entry;
    entry.ready.catch(() => kept.get(key) === filling && kept.delete(key));
  }
  kept.set(key, entry); // the most recently used last
  for (const [oldKey, old] of kept) {
    if (kept.size <= KEPT) break;
    kept.delete(oldKey);
    retired.push(old);
  }
  for (const old of retired) old.retired = true;
  entry.users++;
  return { entry, retired };
}

/**
 * Runs `read` with the name of the TEMP table of the responses in `scope` (SQL over response r and
 * member m) flagged by each segment condition (SQL over member m).
 */
export async function withRespondentFlags<T>(reader: Connection, scope: CompiledFilter, flags: readonly Condition[], read: (table: string) => Promise<T>): Promise<T> {
  const key = JSON.stringify([scope, flags]);
  for (const table of undropped.get(reader) ?? []) await drop(reader, table);
  for (let attempt = 1; ; attempt++) {
    const version = await dataVersion(reader);
    const { entry, retired } = take(reader, key, version, scope, flags);
    try {
      for (const old of retired) await dropIfIdle(reader, old);
      await entry.ready;
      const result = await read(entry.table);
      if (attempt === ATTEMPTS || (await dataVersion(reader)) === version) return result;
    } finally {
      entry.users--;
      await dropIfIdle(reader, entry);
    }
  }
}
