import type { Params } from '../db/connection';
import type { Tx } from '../db/writer';

/**
 * Counts activity_day (migration 0018) again for the days `days` selects (SQL giving a column of days,
 * with its params), from member_day as it now stands: a day without member-days loses its row. Summed
 * as the dashboard summed member_day, so the figures stay the same to the last bit.
 */
export async function recountActivityDays(tx: Pick<Tx, 'run'>, days: string, params: Params = []): Promise<void> {
  await tx.run(`DELETE FROM activity_day WHERE day IN (${days})`, params);
  await tx.run(
    `INSERT INTO activity_day (day, active, posts, comments, likes, sessions, minutes)
     SELECT day, count(*), sum(posts), sum(comments), sum(likes), sum(sessions), total(minutes) FROM member_day WHERE day IN (${days}) GROUP BY day`,
    params,
  );
}

/** Erasure: a member's member-days go, and the days they were in are counted again without them. */
export async function deleteMemberDays(tx: Tx, memberId: number): Promise<void> {
  const days = (await tx.all<{ day: number }>('SELECT day FROM member_day WHERE member_id = ?', [memberId])).map((d) => d.day);
  await tx.run('DELETE FROM member_day WHERE member_id = ?', [memberId]);
  await recountActivityDays(tx, 'SELECT value FROM json_each(?)', [JSON.stringify(days)]);
}
