import type { Tx } from '../../db/writer';

/** The members whose days an import or its undo changes; in the writer's TEMP schema, inside the caller's transaction. */
const TOUCHED = 'temp.member_day_touched';

/** member_day's rows for the linked events that `where` selects (over activity_event), as migration 0015 fills it. */
const insertDays = (where: string) =>
  `INSERT INTO member_day (day, member_id, events, posts, comments, likes, reports, sessions, minutes, prev_day, prev_report_day, prev_content_day)
   SELECT day, member_id, events, posts, comments, likes, reports, sessions, minutes,
     lag(day) OVER by_day, max(CASE WHEN reports > 0 THEN day END) OVER before, max(CASE WHEN posts + comments > 0 THEN day END) OVER before
   FROM (
     SELECT member_id, at / 86400 AS day, count(*) AS events, sum(type = 'post') AS posts, sum(type = 'comment') AS comments,
       sum(type = 'like') AS likes, sum(type = 'report') AS reports, count(session_minutes) AS sessions, total(session_minutes) AS minutes
     FROM activity_event WHERE member_id IS NOT NULL AND ${where} GROUP BY member_id, day
   )
   WINDOW by_day AS (PARTITION BY member_id ORDER BY day), before AS (by_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)`;

const touch = (tx: Tx, firstId: number, lastId: number) =>
  tx.run(`INSERT OR IGNORE INTO ${TOUCHED} SELECT member_id FROM activity_event WHERE id BETWEEN ? AND ? AND member_id IS NOT NULL`, [firstId, lastId]);

/**
 * Runs `change`, which adds or removes the activity events firstId..lastId (an import or its undo),
 * and keeps member_day right: the days of every member with an event in that range, before or after
 * the change, are computed again from their events. A new day changes the previous days of the
 * member's later days, so a member's days are recomputed whole, not added to.
 */
export async function keepingMemberDays<T>(tx: Tx, firstId: number, lastId: number, change: () => Promise<T>): Promise<T> {
  await tx.exec(`DROP TABLE IF EXISTS ${TOUCHED}; CREATE TABLE ${TOUCHED} (member_id INTEGER PRIMARY KEY);`);
  await touch(tx, firstId, lastId);
  const result = await change();
  await touch(tx, firstId, lastId);
  await tx.run(`DELETE FROM member_day WHERE member_id IN (SELECT member_id FROM ${TOUCHED})`);
  await tx.run(insertDays(`member_id IN (SELECT member_id FROM ${TOUCHED})`));
  await tx.exec(`DROP TABLE ${TOUCHED};`);
  return result;
}

/** Fills member_day again from every linked event: for events written straight into the table (test and bench fixtures). */
export async function rebuildMemberDays(tx: Pick<Tx, 'run'>): Promise<void> {
  await tx.run('DELETE FROM member_day');
  await tx.run(insertDays('1'));
}
