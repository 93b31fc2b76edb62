import type { Tx } from '../../db/writer';
import { recountActivityDays, rewriteMemberReturns } from '../../members/activity-days';

/** The member-days an import or its undo changes; in the writer's TEMP schema, inside the caller's transaction. */
const PAIRS = 'temp.member_day_changed';

/** member_day's counts of a member's events in a day (events e), as migration 0015 counts them. */
const COUNTS = `count(*) AS events, sum(e.type = 'post') AS posts, sum(e.type = 'comment') AS comments, sum(e.type = 'like') AS likes,
  sum(e.type = 'report') AS reports, count(e.session_minutes) AS sessions, total(e.session_minutes) AS minutes`;

const COLUMNS = 'day, member_id, events, posts, comments, likes, reports, sessions, minutes';
/** The previous days of member_day's rows, by a window over each member's days. */
const PREVIOUS = `lag(day) OVER by_day, max(CASE WHEN reports > 0 THEN day END) OVER before, max(CASE WHEN posts + comments > 0 THEN day END) OVER before`;
const WINDOWS = 'WINDOW by_day AS (PARTITION BY member_id ORDER BY day), before AS (by_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)';

const collect = (tx: Tx, firstId: number, lastId: number) =>
  tx.run(`INSERT OR IGNORE INTO ${PAIRS} SELECT DISTINCT member_id, at / 86400 FROM activity_event WHERE id BETWEEN ? AND ? AND member_id IS NOT NULL`, [firstId, lastId]);

/**
 * Each changed member's days from its first changed day on, written again with their previous days:
 * the changed days counted from their events, the others as stored. The window starts from the
 * member's last day before the first change (the seed, unchanged, whose own previous days are
 * right), so only the days from a change on are read and written, not the member's whole history.
 */
const REWRITE_FROM_CHANGE = `
  WITH changed AS (SELECT member_id, min(day) AS from_day FROM ${PAIRS} GROUP BY member_id),
  span AS (
    SELECT c.member_id, c.from_day, coalesce((SELECT max(d.day) FROM member_day d WHERE d.member_id = c.member_id AND d.day < c.from_day), c.from_day) AS start
    FROM changed c
  ),
  days AS (
    SELECT d.day, d.member_id, d.events, d.posts, d.comments, d.likes, d.reports, d.sessions, d.minutes, d.prev_report_day, d.prev_content_day
    FROM span s JOIN member_day d ON d.member_id = s.member_id AND d.day >= s.start
    UNION ALL
    SELECT p.day, p.member_id, ${COUNTS}, NULL, NULL
    FROM ${PAIRS} p JOIN activity_event e ON e.member_id = p.member_id AND e.at >= p.day * 86400 AND e.at < (p.day + 1) * 86400
    GROUP BY p.member_id, p.day
  ),
  win AS (
    SELECT days.*, s.from_day, lag(day) OVER by_day AS prev_day,
      max(CASE WHEN reports > 0 THEN day END) OVER before AS report_day, max(CASE WHEN posts + comments > 0 THEN day END) OVER before AS content_day,
      first_value(day) OVER by_day AS seed_day, first_value(prev_report_day) OVER by_day AS seed_report_day, first_value(prev_content_day) OVER by_day AS seed_content_day
    FROM days JOIN changed s USING (member_id) ${WINDOWS}
  )
  INSERT OR REPLACE INTO member_day (${COLUMNS}, prev_day, prev_report_day, prev_content_day)
  SELECT ${COLUMNS}, prev_day,
    coalesce(report_day, CASE WHEN seed_day < from_day THEN seed_report_day END), coalesce(content_day, CASE WHEN seed_day < from_day THEN seed_content_day END)
  FROM win WHERE day >= from_day`;

/**
 * Runs `change`, which adds or removes the activity events firstId..lastId (an import or its undo),
 * and keeps member_day right: every member-day with an event in that range, before or after the
 * change, is counted again from its events, then the previous days of those members' later days
 * follow, and the totals of the changed days (activity_day) and the changed members' returns (member_return).
 */
export async function keepingMemberDays<T>(tx: Tx, firstId: number, lastId: number, change: () => Promise<T>): Promise<T> {
  await tx.exec(`DROP TABLE IF EXISTS ${PAIRS}; CREATE TABLE ${PAIRS} (member_id INTEGER, day INTEGER, PRIMARY KEY (member_id, day)) WITHOUT ROWID;`);
  await collect(tx, firstId, lastId);
  const result = await change();
  await collect(tx, firstId, lastId);
  await tx.run(`DELETE FROM member_day WHERE (member_id, day) IN (SELECT member_id, day FROM ${PAIRS})`);
  await tx.run(REWRITE_FROM_CHANGE);
  await recountActivityDays(tx, `SELECT DISTINCT day FROM ${PAIRS}`);
  await rewriteMemberReturns(tx, `SELECT DISTINCT member_id FROM ${PAIRS}`);
  await tx.exec(`DROP TABLE ${PAIRS};`);
  return result;
}

/** Fills member_day, its per-day totals and the members' returns again from every linked event: for events written straight into the table (test and bench fixtures). */
export async function rebuildMemberDays(tx: Pick<Tx, 'run'>): Promise<void> {
  await tx.run('DELETE FROM member_day');
  await tx.run(`INSERT INTO member_day (${COLUMNS}, prev_day, prev_report_day, prev_content_day) SELECT ${COLUMNS}, ${PREVIOUS}
     FROM (SELECT e.at / 86400 AS day, e.member_id, ${COUNTS} FROM activity_event e WHERE e.member_id IS NOT NULL GROUP BY e.member_id, day) ${WINDOWS}`);
  await tx.run('DELETE FROM activity_day');
  await recountActivityDays(tx, 'SELECT DISTINCT day FROM member_day');
  await rewriteMemberReturns(tx, 'SELECT id FROM member');
}
