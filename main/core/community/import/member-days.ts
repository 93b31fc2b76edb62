import { withPageCache } from '../../db/page-cache';
import type { Tx } from '../../db/writer';
import { recountActivityDays, rewriteMemberReturns } from '../../members/activity-days';

/** The TEMP schema's page cache for the upkeep's work tables (a 3,000,000-event import's delta is about 120 MB). */
export const WORK_CACHE_KIB = 256 * 1024;

/** What the upkeep runs its statements on: the open write transaction (or a fixture's connection). */
export type Sql = Pick<Tx, 'run' | 'exec' | 'get'>;

/**
 * Where the upkeep's statements find their tables: the schema holding its work tables (the writer's
 * TEMP schema, or a scratch file another connection can read too) and the workspace's.
 */
export interface Schemas {
  work: string;
  workspace: string;
}

/** The writer's own work tables, in its TEMP schema. */
const IN_TEMP: Schemas = { work: 'temp', workspace: 'main' };

/**
 * The work tables, in schemas.work:
 * - delta: how an import or its undo changes the member-days: per member and day, the counts added (less those removed);
 * - spans: per changed member, its first changed day, its last day before that (the seed, unchanged) with the
 *   previous report and content days it hands on, and whether it had stored days from its first changed
 *   day on (only then can a previous day stored later be wrong).
 */
export const delta = (s: Schemas) => `${s.work}.member_day_delta`;
const spans = (s: Schemas) => `${s.work}.member_day_spans`;
/** The member-days whose previous days differ from those stored, with the right ones (always the writer's). */
const FIXES = 'temp.member_day_fixes';

export const COUNT_COLUMNS = ['events', 'posts', 'comments', 'likes', 'reports', 'sessions', 'minutes'];
export const COLUMNS = `day, member_id, ${COUNT_COLUMNS.join(', ')}`;
export const PREVIOUS_COLUMNS = 'prev_day, prev_report_day, prev_content_day';

/** An event's (e) part in member_day's counts of its member's day, times `sign`, as migration 0017 counts them. */
const eventCounts = (sign: 1 | -1) =>
  `${sign} AS events, ${sign} * (e.type = 'post') AS posts, ${sign} * (e.type = 'comment') AS comments, ${sign} * (e.type = 'like') AS likes,
   ${sign} * (e.type = 'report') AS reports, ${sign} * (e.session_minutes IS NOT NULL) AS sessions, ${sign} * coalesce(e.session_minutes, 0.0) AS minutes`;

/**
 * The previous days of the changed members' days (d, joined to their spans s by `days`), by one
 * window over each one's earlier days: the latest day, the latest with reports, the latest with
 * posts or comments; where it holds none, the seed's are handed on. The changed members lead (CROSS
 * JOIN) and the window is by their id, so the days, read in member order, need no sort.
 */
const withPrevious = (schemas: Schemas, columns: string, days: string) => `
  SELECT ${columns}, coalesce(max(d.day) OVER before, s.seed_day) AS new_day,
    coalesce(max(CASE WHEN d.reports > 0 THEN d.day END) OVER before, s.seed_report_day) AS new_report_day,
    coalesce(max(CASE WHEN d.posts + d.comments > 0 THEN d.day END) OVER before, s.seed_content_day) AS new_content_day
  FROM ${spans(schemas)} s ${days}
  WINDOW before AS (PARTITION BY s.member_id ORDER BY d.day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)`;

/**
 * SQL adding the counts of `events` (SQL naming its rows as activity_event's columns), times `sign`, to the
 * member-days of `table` (keyed by `key`): one pass over them, each event added to its member-day
 * (cheaper than sorting them into groups). A staged time past 32 bits arrives as REAL, which the
 * stored INTEGER column would not keep: hence the CAST. The WHERE keeps the parser from reading ON CONFLICT as a join's ON.
 */
export const addCountsSql = (table: string, key: string, events: string, sign: 1 | -1) =>
  `INSERT INTO ${table} (${COLUMNS}) SELECT CAST(e.at AS INTEGER) / 86400 AS day, e.member_id, ${eventCounts(sign)} FROM (${events}) e WHERE true
   ON CONFLICT (${key}) DO UPDATE SET ${COUNT_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;

/** Adds the counts of the linked events firstId..lastId, times `sign`, to the delta. */
const addToDelta = (tx: Sql, firstId: number, lastId: number, sign: 1 | -1) =>
  tx.run(addCountsSql(delta(IN_TEMP), 'member_id, day', 'SELECT member_id, at, type, session_minutes FROM activity_event WHERE id BETWEEN ? AND ? AND member_id IS NOT NULL', sign), [firstId, lastId]);

/** Each changed member's first changed day, seed and stored later days (found on member_day_key before the counts change). */
export const findSpans = (s: Schemas) => `
  INSERT INTO ${spans(s)} (member_id, from_day, seed_day, seed_report_day, seed_content_day, had_later)
  SELECT f.member_id, f.from_day, p.day, CASE WHEN p.reports > 0 THEN p.day ELSE p.prev_report_day END, CASE WHEN p.posts + p.comments > 0 THEN p.day ELSE p.prev_content_day END,
    EXISTS (SELECT 1 FROM ${s.workspace}.member_day_key l WHERE l.member_id = f.member_id AND l.day >= f.from_day)
  FROM (SELECT member_id, min(day) AS from_day FROM ${delta(s)} GROUP BY member_id) f
  LEFT JOIN ${s.workspace}.member_day p ON p.member_id = f.member_id AND p.day = (SELECT max(b.day) FROM ${s.workspace}.member_day_key b WHERE b.member_id = f.member_id AND b.day < f.from_day)`;

/**
 * The member-days an undo leaves without events: their keys deleted, and with them (by member_day_key's
 * trigger) the member-days. The delta leads (CROSS JOIN): led by member_day, the planner read every stored day.
 */
const deleteEmptied = (s: Schemas) => `DELETE FROM member_day_key WHERE (member_id, day) IN (
  SELECT x.member_id, x.day FROM ${delta(s)} x CROSS JOIN member_day d ON d.day = x.day AND d.member_id = x.member_id WHERE x.events < 0 AND d.events + x.events = 0)`;

/** An undo's counts taken off the member-days it leaves. */
const subtract = (s: Schemas) => `UPDATE member_day SET (${COUNT_COLUMNS.join(', ')}) =
  (SELECT ${COUNT_COLUMNS.map((c) => `member_day.${c} + x.${c}`).join(', ')} FROM ${delta(s)} x WHERE x.member_id = member_day.member_id AND x.day = member_day.day)
  WHERE (day, member_id) IN (SELECT day, member_id FROM ${delta(s)} WHERE events < 0)`;

/**
 * An import's counts, as member-days in member_day's key order. A new member-day takes the previous
 * days its member's other new days and seed give: right when the import only adds days after the
 * member's stored ones (a platform's export of a later period), else put right by the fixes.
 */
export const newMemberDays = (s: Schemas) => `
  SELECT ${COLUMNS}, new_day, new_report_day, new_content_day FROM (${withPrevious(s, 'd.*', `CROSS JOIN ${delta(s)} d ON d.member_id = s.member_id`)})
  WHERE events > 0 ORDER BY day, member_id`;

/** The new member-days `days` selects (in key order) added to member_day: a day already stored takes their counts. */
const addMemberDays = (days: string) => `
  INSERT INTO member_day (${COLUMNS}, ${PREVIOUS_COLUMNS}) ${days}
  ON CONFLICT (day, member_id) DO UPDATE SET ${COUNT_COLUMNS.map((c) => `${c} = member_day.${c} + excluded.${c}`).join(', ')}`;

/** The new member-days' keys, in member_day_key's order (the delta's). */
const addKeys = (s: Schemas) => `INSERT INTO member_day_key (member_id, day) SELECT member_id, day FROM ${delta(s)} WHERE events > 0 ON CONFLICT DO NOTHING`;

/**
 * The changed members' days from their seed on, read in order on member_day_key with each one's
 * member-day (its flags and stored previous days), their previous days worked out again; kept where they differ.
 * Members whose changed days all came after their stored ones are passed over: ADD gave each new day
 * its previous days already (a platform's export of a later period changes only such members).
 */
const findFixes = (s: Schemas) => `
  INSERT INTO ${FIXES} (day, member_id, ${PREVIOUS_COLUMNS})
  SELECT day, member_id, new_day, new_report_day, new_content_day FROM (${withPrevious(
    s,
    'd.day, d.member_id, d.prev_day, d.prev_report_day, d.prev_content_day, s.from_day',
    `CROSS JOIN member_day_key k ON k.member_id = s.member_id AND s.had_later AND k.day >= coalesce(s.seed_day, s.from_day)
     CROSS JOIN member_day d ON d.day = k.day AND d.member_id = k.member_id`,
  )})
  WHERE day >= from_day AND (new_day IS NOT prev_day OR new_report_day IS NOT prev_report_day OR new_content_day IS NOT prev_content_day)`;

const APPLY_FIXES = `UPDATE member_day SET (${PREVIOUS_COLUMNS}) = (SELECT ${PREVIOUS_COLUMNS} FROM ${FIXES} f WHERE f.day = member_day.day AND f.member_id = member_day.member_id)
  WHERE (day, member_id) IN (SELECT day, member_id FROM ${FIXES})`;

/** SQL making the delta and the spans, in schema `work`. */
export const createDeltaTables = (s: Schemas) =>
  `DROP TABLE IF EXISTS ${delta(s)}; DROP TABLE IF EXISTS ${spans(s)};
   CREATE TABLE ${delta(s)} (member_id INTEGER, day INTEGER, ${COUNT_COLUMNS.join(', ')}, PRIMARY KEY (member_id, day)) WITHOUT ROWID;
   CREATE TABLE ${spans(s)} (member_id INTEGER PRIMARY KEY, from_day INTEGER, seed_day INTEGER, seed_report_day INTEGER, seed_content_day INTEGER, had_later INTEGER);`;

/** The delta and the spans in TEMP (applyDelta drops the fixes itself). */
const dropWorkTables = (tx: Sql) => tx.exec(`DROP TABLE IF EXISTS ${delta(IN_TEMP)}; DROP TABLE IF EXISTS ${spans(IN_TEMP)};`);

/** Runs body with the upkeep's delta and spans made (applyDeltaInTemp drops them) and the TEMP schema's page cache sized for them. */
const withWorkTables = <T>(tx: Sql, body: () => Promise<T>): Promise<T> =>
  withPageCache(
    tx,
    WORK_CACHE_KIB,
    async () => {
      await tx.exec(createDeltaTables(IN_TEMP));
      return body();
    },
    'temp',
  );

/** Where applyDelta takes the new member-days from (SQL selecting them in key order), and the days they change (SQL selecting each once). */
export interface DeltaSource {
  newDays: string;
  changedDays: string;
}

/**
 * The delta (with its spans found) taken into member_day and its keys, the new member-days and the
 * changed days coming from `source`, and the rollups made from it (activity_day, member_return).
 */
export async function applyDelta(tx: Sql, s: Schemas, source: DeltaSource): Promise<void> {
  await tx.exec(`DROP TABLE IF EXISTS ${FIXES}; CREATE TABLE ${FIXES} (day INTEGER, member_id INTEGER, ${PREVIOUS_COLUMNS}, PRIMARY KEY (day, member_id)) WITHOUT ROWID;`);
  await tx.run(deleteEmptied(s));
  await tx.run(subtract(s));
  await tx.run(addMemberDays(source.newDays));
  await tx.run(addKeys(s));
  await tx.run(findFixes(s));
  await tx.run(APPLY_FIXES);
  await recountActivityDays(tx, source.changedDays);
  await rewriteMemberReturns(tx, `SELECT member_id FROM ${spans(s)}`);
  await tx.exec(`DROP TABLE IF EXISTS ${FIXES};`);
}

/** The delta in the writer's TEMP schema applied, and the work tables dropped. */
async function applyDeltaInTemp(tx: Sql): Promise<void> {
  await tx.run(findSpans(IN_TEMP));
  await applyDelta(tx, IN_TEMP, { newDays: newMemberDays(IN_TEMP), changedDays: `SELECT DISTINCT day FROM ${delta(IN_TEMP)}` });
  await dropWorkTables(tx);
}

/**
 * Runs `change`, which adds or removes the activity events firstId..lastId (an import or its undo),
 * and keeps the rollups right: member_day takes the counts of those events (added after, removed
 * before) and the previous days that now differ, then the totals of the changed days (activity_day)
 * and the changed members' returns (member_return) are worked out again. Minutes are sums of sums
 * here, so after an undo they may differ from a recount in the last bit.
 */
export function keepingMemberDays<T>(tx: Sql, firstId: number, lastId: number, change: () => Promise<T>): Promise<T> {
  return withWorkTables(tx, async () => {
    await addToDelta(tx, firstId, lastId, -1);
    const result = await change();
    await addToDelta(tx, firstId, lastId, 1);
    await applyDeltaInTemp(tx);
    return result;
  });
}

/** An import's merged events (the ids from firstId on) counted from the table and applied, in the writer's TEMP schema: for a file out of time order. */
export const applyMergedEvents = (tx: Sql, firstId: number) =>
  withWorkTables(tx, async () => {
    await addToDelta(tx, firstId, Number.MAX_SAFE_INTEGER, 1);
    await applyDeltaInTemp(tx);
  });

/** Fills member_day, its per-day totals and the members' returns again from every linked event: for events written straight into the table (test and bench fixtures). */
export async function rebuildMemberDays(tx: Sql): Promise<void> {
  await tx.exec('DELETE FROM member_day_key; DELETE FROM member_day; DELETE FROM activity_day; DELETE FROM member_return;');
  await withWorkTables(tx, async () => {
    // Every event: grouped by one sort, which scales past the work cache where adding them one by one does not.
    await tx.run(
      `INSERT INTO ${delta(IN_TEMP)} (${COLUMNS}) SELECT day, member_id, ${COUNT_COLUMNS.map((c) => `sum(${c})`).join(', ')}
       FROM (SELECT e.at / 86400 AS day, e.member_id, ${eventCounts(1)} FROM activity_event e WHERE e.member_id IS NOT NULL) GROUP BY member_id, day`,
    );
    await applyDeltaInTemp(tx);
  });
}
