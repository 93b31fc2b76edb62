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

/**
 * Writes member_return (migration 0018) again for the members `members` selects (SQL giving member
 * ids, without params), by its rule (the view member_return_due of migration 0019).
 */
export async function rewriteMemberReturns(tx: Pick<Tx, 'run'>, members: string): Promise<void> {
  await tx.run(`DELETE FROM member_return WHERE member_id IN (${members})`);
  await tx.run(`INSERT INTO member_return (member_id, joined_at, first_return_at) SELECT member_id, joined_at, first_return_at FROM member_return_due WHERE member_id IN (${members})`);
}

/** Erasure: a member's activity rollups go (its member-days, by their keys' trigger, and its return), and the days they were in are counted again without them. */
export async function deleteMemberDays(tx: Tx, memberId: number): Promise<void> {
  const days = (await tx.all<{ day: number }>('SELECT day FROM member_day_key WHERE member_id = ?', [memberId])).map((d) => d.day);
  await tx.run('DELETE FROM member_day_key WHERE member_id = ?', [memberId]);
  await tx.run('DELETE FROM member_return WHERE member_id = ?', [memberId]);
  await recountActivityDays(tx, 'SELECT value FROM json_each(?)', [JSON.stringify(days)]);
}
