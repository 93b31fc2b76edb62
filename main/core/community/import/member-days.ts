import { restorePageCache, setPageCache, withPageCache } from '../../db/page-cache';
import type { Tx } from '../../db/writer';
import { recountActivityDays, rewriteMemberReturns } from '../../members/activity-days';

/** The TEMP schema's page cache for the upkeep's work tables (a 3,000,000-event import's delta is about 120 MB). */
const WORK_CACHE_KIB = 256 * 1024;

/** What the upkeep runs its statements on: the open write transaction (or a fixture's connection). */
type Sql = Pick<Tx, 'run' | 'exec' | 'get'>;

/** How an import or its undo changes the member-days: per member and day, the counts added (less those removed); in the writer's TEMP schema, inside the caller's transaction. */
const DELTA = 'temp.member_day_delta';
/**
 * Per changed member: its first changed day, its last day before that (the seed, unchanged) with the
 * previous report and content days it hands on, and whether it had stored days from its first changed
 * day on (only then can a previous day stored later be wrong).
 */
const SPANS = 'temp.member_day_spans';
/** The member-days whose previous days differ from those stored, with the right ones. */
const FIXES = 'temp.member_day_fixes';

const COUNT_COLUMNS = ['events', 'posts', 'comments', 'likes', 'reports', 'sessions', 'minutes'];
const COLUMNS = `day, member_id, ${COUNT_COLUMNS.join(', ')}`;
const PREVIOUS_COLUMNS = 'prev_day, prev_report_day, prev_content_day';

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
const withPrevious = (columns: string, days: string) => `
  SELECT ${columns}, coalesce(max(d.day) OVER before, s.seed_day) AS new_day,
    coalesce(max(CASE WHEN d.reports > 0 THEN d.day END) OVER before, s.seed_report_day) AS new_report_day,
    coalesce(max(CASE WHEN d.posts + d.comments > 0 THEN d.day END) OVER before, s.seed_content_day) AS new_content_day
  FROM ${SPANS} s ${days}
  WINDOW before AS (PARTITION BY s.member_id ORDER BY d.day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)`;

/**
 * Adds the counts of `events` (SQL naming its rows as activity_event's columns), times `sign`, to the
 * member-days of `table` (keyed by `key`): one pass over them, each event added to its member-day
 * (cheaper than sorting them into groups). A staged time past 32 bits arrives as REAL, which the
 * stored INTEGER column would not keep: hence the CAST. The WHERE keeps the parser from reading ON CONFLICT as a join's ON.
 */
const addCounts = (tx: Sql, table: string, key: string, events: string, params: readonly number[], sign: 1 | -1) =>
  tx.run(
    `INSERT INTO ${table} (${COLUMNS}) SELECT CAST(e.at AS INTEGER) / 86400 AS day, e.member_id, ${eventCounts(sign)} FROM (${events}) e WHERE true
     ON CONFLICT (${key}) DO UPDATE SET ${COUNT_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`,
    [...params],
  );

/** Adds the counts of the linked events firstId..lastId, times `sign`, to the delta. */
const addToDelta = (tx: Sql, firstId: number, lastId: number, sign: 1 | -1) =>
  addCounts(tx, DELTA, 'member_id, day', 'SELECT member_id, at, type, session_minutes FROM activity_event WHERE id BETWEEN ? AND ? AND member_id IS NOT NULL', [firstId, lastId], sign);

/** Each changed member's first changed day, seed and stored later days (found on member_day_key before the counts change). */
const FIND_SPANS = `
  INSERT INTO ${SPANS} (member_id, from_day, seed_day, seed_report_day, seed_content_day, had_later)
  SELECT f.member_id, f.from_day, p.day, CASE WHEN p.reports > 0 THEN p.day ELSE p.prev_report_day END, CASE WHEN p.posts + p.comments > 0 THEN p.day ELSE p.prev_content_day END,
    EXISTS (SELECT 1 FROM member_day_key l WHERE l.member_id = f.member_id AND l.day >= f.from_day)
  FROM (SELECT member_id, min(day) AS from_day FROM ${DELTA} GROUP BY member_id) f
  LEFT JOIN member_day p ON p.member_id = f.member_id AND p.day = (SELECT max(b.day) FROM member_day_key b WHERE b.member_id = f.member_id AND b.day < f.from_day)`;

/**
 * The member-days an undo leaves without events: their keys deleted, and with them (by member_day_key's
 * trigger) the member-days. The delta leads (CROSS JOIN): led by member_day, the planner read every stored day.
 */
const DELETE_EMPTIED = `DELETE FROM member_day_key WHERE (member_id, day) IN (
  SELECT x.member_id, x.day FROM ${DELTA} x CROSS JOIN member_day d ON d.day = x.day AND d.member_id = x.member_id WHERE x.events < 0 AND d.events + x.events = 0)`;

/** An undo's counts taken off the member-days it leaves. */
const SUBTRACT = `UPDATE member_day SET (${COUNT_COLUMNS.join(', ')}) =
  (SELECT ${COUNT_COLUMNS.map((c) => `member_day.${c} + x.${c}`).join(', ')} FROM ${DELTA} x WHERE x.member_id = member_day.member_id AND x.day = member_day.day)
  WHERE (day, member_id) IN (SELECT day, member_id FROM ${DELTA} WHERE events < 0)`;

/**
 * An import's counts added in member_day's key order. A new member-day takes the previous days its
 * member's other new days and seed give: right when the import only adds days after the member's
 * stored ones (a platform's export of a later period), else put right by the fixes.
 */
const ADD = `
  INSERT INTO member_day (${COLUMNS}, ${PREVIOUS_COLUMNS})
  SELECT ${COLUMNS}, new_day, new_report_day, new_content_day FROM (${withPrevious('d.*', `CROSS JOIN ${DELTA} d ON d.member_id = s.member_id`)})
  WHERE events > 0 ORDER BY day, member_id
  ON CONFLICT (day, member_id) DO UPDATE SET ${COUNT_COLUMNS.map((c) => `${c} = member_day.${c} + excluded.${c}`).join(', ')}`;

/** The new member-days' keys, in member_day_key's order (the delta's). */
const ADD_KEYS = `INSERT INTO member_day_key (member_id, day) SELECT member_id, day FROM ${DELTA} WHERE events > 0 ON CONFLICT DO NOTHING`;

/**
 * The changed members' days from their seed on, read in order on member_day_key with each one's
 * member-day (its flags and stored previous days), their previous days worked out again; kept where they differ.
 * Members whose changed days all came after their stored ones are passed over: ADD gave each new day
 * its previous days already (a platform's export of a later period changes only such members).
 */
const FIND_FIXES = `
  INSERT INTO ${FIXES} (day, member_id, ${PREVIOUS_COLUMNS})
  SELECT day, member_id, new_day, new_report_day, new_content_day FROM (${withPrevious(
    'd.day, d.member_id, d.prev_day, d.prev_report_day, d.prev_content_day, s.from_day',
    `CROSS JOIN member_day_key k ON k.member_id = s.member_id AND s.had_later AND k.day >= coalesce(s.seed_day, s.from_day)
     CROSS JOIN member_day d ON d.day = k.day AND d.member_id = k.member_id`,
  )})
  WHERE day >= from_day AND (new_day IS NOT prev_day OR new_report_day IS NOT prev_report_day OR new_content_day IS NOT prev_content_day)`;

const APPLY_FIXES = `UPDATE member_day SET (${PREVIOUS_COLUMNS}) = (SELECT ${PREVIOUS_COLUMNS} FROM ${FIXES} f WHERE f.day = member_day.day AND f.member_id = member_day.member_id)
  WHERE (day, member_id) IN (SELECT day, member_id FROM ${FIXES})`;

const createWorkTables = (tx: Sql) =>
  tx.exec(
    `DROP TABLE IF EXISTS ${DELTA}; DROP TABLE IF EXISTS ${SPANS}; DROP TABLE IF EXISTS ${FIXES};
     CREATE TABLE ${DELTA} (member_id INTEGER, day INTEGER, ${COUNT_COLUMNS.join(', ')}, PRIMARY KEY (member_id, day)) WITHOUT ROWID;
     CREATE TABLE ${SPANS} (member_id INTEGER PRIMARY KEY, from_day INTEGER, seed_day INTEGER, seed_report_day INTEGER, seed_content_day INTEGER, had_later INTEGER);
     CREATE TABLE ${FIXES} (day INTEGER, member_id INTEGER, ${PREVIOUS_COLUMNS}, PRIMARY KEY (day, member_id)) WITHOUT ROWID;`,
  );

const dropWorkTables = (tx: Sql) => tx.exec(`DROP TABLE IF EXISTS ${DELTA}; DROP TABLE IF EXISTS ${SPANS}; DROP TABLE IF EXISTS ${FIXES};`);

/** Runs body with the upkeep's work tables made (applyDelta drops them) and the TEMP schema's page cache sized for them. */
const withWorkTables = <T>(tx: Sql, body: () => Promise<T>): Promise<T> =>
  withPageCache(
    tx,
    WORK_CACHE_KIB,
    async () => {
      await createWorkTables(tx);
      return body();
    },
    'temp',
  );

/** The delta taken into member_day (and its keys) and the rollups made from it (activity_day, member_return). */
async function applyDelta(tx: Sql): Promise<void> {
  await tx.run(FIND_SPANS);
  await tx.run(DELETE_EMPTIED);
  await tx.run(SUBTRACT);
  await tx.run(ADD);
  await tx.run(ADD_KEYS);
  await tx.run(FIND_FIXES);
  await tx.run(APPLY_FIXES);
  await recountActivityDays(tx, `SELECT DISTINCT day FROM ${DELTA}`);
  await rewriteMemberReturns(tx, `SELECT member_id FROM ${SPANS}`);
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
    await applyDelta(tx);
    return result;
  });
}

/**
 * An import's staged events counted by member-day while the file is read, keyed by day first: a
 * chunk of a file in time order then lands on the few pages of its days, which each chunk's short
 * transaction journals and writes again (keyed by member, as the delta, it lands on pages all over
 * the table: slower than counting the merged events at once).
 */
const COUNTED = 'temp.member_day_counted';

/**
 * The upkeep of an import that counts its events while it stages them (on the writer, which would
 * otherwise wait for the event loop's checking of the next chunk), instead of after the merge, in the
 * transaction every other write waits for. A file out of time order is counted there, as before.
 */
export class StagedMemberDays {
  private counting = true;

  private constructor(private readonly cacheBefore: number) {}

  /** Makes the work tables and sizes the TEMP schema's page cache for them (the staged rows share it). */
  static async open(tx: Sql): Promise<StagedMemberDays> {
    const before = await setPageCache(tx, WORK_CACHE_KIB, 'temp');
    await createWorkTables(tx);
    await tx.exec(`DROP TABLE IF EXISTS ${COUNTED}; CREATE TABLE ${COUNTED} (day INTEGER, member_id INTEGER, ${COUNT_COLUMNS.join(', ')}, PRIMARY KEY (day, member_id)) WITHOUT ROWID;`);
    return new StagedMemberDays(before);
  }

  /** Counts a staged chunk's events (SQL naming them as activity_event's columns), while the staged rows keep time order. */
  async count(tx: Sql, events: string, params: readonly number[], inTimeOrder: boolean): Promise<void> {
    if (this.counting && !inTimeOrder) {
      this.counting = false;
      await tx.exec(`DELETE FROM ${COUNTED}`);
    }
    if (this.counting) await addCounts(tx, COUNTED, 'day, member_id', events, params, 1);
  }

  /** Inside the import's transaction, once its events (the ids from firstId on) are merged: the member-days and rollups kept. */
  async apply(tx: Sql, firstId: number): Promise<void> {
    if (this.counting) await tx.exec(`INSERT INTO ${DELTA} (${COLUMNS}) SELECT ${COLUMNS} FROM ${COUNTED} ORDER BY member_id, day; DROP TABLE ${COUNTED};`);
    else await addToDelta(tx, firstId, Number.MAX_SAFE_INTEGER, 1);
    await applyDelta(tx);
  }

  /** Drops the work tables if they are still there (cancelled, rolled back, nothing to merge) and puts the cache back. */
  async close(tx: Sql): Promise<void> {
    await dropWorkTables(tx);
    await tx.exec(`DROP TABLE IF EXISTS ${COUNTED};`);
    await restorePageCache(tx, this.cacheBefore, 'temp');
  }
}

/** Fills member_day, its per-day totals and the members' returns again from every linked event: for events written straight into the table (test and bench fixtures). */
export async function rebuildMemberDays(tx: Sql): Promise<void> {
  await tx.exec('DELETE FROM member_day_key; DELETE FROM member_day; DELETE FROM activity_day; DELETE FROM member_return;');
  await withWorkTables(tx, async () => {
    // Every event: grouped by one sort, which scales past the work cache where adding them one by one does not.
    await tx.run(
      `INSERT INTO ${DELTA} (${COLUMNS}) SELECT day, member_id, ${COUNT_COLUMNS.map((c) => `sum(${c})`).join(', ')}
       FROM (SELECT e.at / 86400 AS day, e.member_id, ${eventCounts(1)} FROM activity_event e WHERE e.member_id IS NOT NULL) GROUP BY member_id, day`,
    );
    await applyDelta(tx);
  });
}
