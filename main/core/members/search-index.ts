import type { SqlValue } from '../db/connection';
import type { Tx } from '../db/writer';

/** The trigger that indexes each new member for quick search (migration 0002_panel.sql). */
const INSERT_TRIGGER = 'member_search_insert';

/**
 * Runs a bulk insert of members with the quick-search insert trigger set aside, inside the
 * caller's transaction (so a rollback brings the trigger back too), and puts it back from its own
 * SQL afterwards. While it is aside, `index(sql, params)` indexes the members a SELECT of
 * (id, name, email, phone, city, code, external_id) names, in one statement per index: in a
 * 100,000-member load that took about a fifth less CPU than the trigger's row-by-row inserts.
 * A failure leaves the trigger aside until the caller's transaction rolls back, as the writer's do.
 *
 * Each call adds a segment to each index. The trigger's inserts in one transaction leave the word
 * index in about three segments; forty chunks of a million-member import left eight, and prefix
 * searches read every segment (about a tenth more CPU). So after several calls the word index is
 * optimized into one segment: it is small (about 6.5 MB for a million members, about 0.1 s). The
 * trigram index is some fifty times larger and its extra segments cost searches about 2 %: left as is.
 */
export async function withBulkSearchIndex<T>(tx: Tx, body: (index: (select: string, params: readonly SqlValue[]) => Promise<void>) => Promise<T>): Promise<T> {
  const trigger = await tx.get<{ sql: string }>("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?", [INSERT_TRIGGER]);
  if (!trigger) throw new Error(`The ${INSERT_TRIGGER} trigger is missing from the workspace.`);
  await tx.exec(`DROP TRIGGER ${INSERT_TRIGGER}`);
  let calls = 0;
  const index = async (select: string, params: readonly SqlValue[]) => {
    calls++;
    await tx.run(`INSERT INTO member_fts (rowid, name, email, phone, city, code, external_id) SELECT id, name, email, phone, city, code, external_id FROM (${select})`, [...params]);
    await tx.run(`INSERT INTO member_words (rowid, name) SELECT id, name FROM (${select})`, [...params]);
  };
  const result = await body(index);
  if (calls > 1) await tx.run("INSERT INTO member_words (member_words) VALUES ('optimize')");
  await tx.exec(trigger.sql);
  return result;
}
