import type { CompiledFilter } from '../db/filter-sql';
import type { Queryable } from '../db/writer';

/** A period's days [first, last] (days since 1970, UTC), both included. */
export interface HealthDays {
  first: number;
  last: number;
}

/** The activity of a period: each day's totals (days without activity left out), and who is counted once for the whole period. */
export interface PeriodActivity {
  daily: { active: number; posts: number; comments: number; likes: number; minutes: number; sessions: number }[];
  /** Distinct members active, reporting, posting or commenting in the period. */
  active: number;
  reporters: number;
  posters: number;
}

/**
 * Members counted once in the period: those of its member-days whose previous such day lies before
 * it or is none (migration 0017). Per day of the period (the days come from activity_day), two ranges
 * of a covering index of migration 0018, so the cost follows the members counted, not every member-day.
 */
const distinct = (index: string, previous: string, kind: string) =>
  `(SELECT count(*) FROM activity_day a JOIN member_day d INDEXED BY ${index} ON d.day = a.day
    WHERE a.day BETWEEN :first AND :last AND ${kind} AND d.${previous} < :first)
   + (SELECT count(*) FROM activity_day a JOIN member_day d INDEXED BY ${index} ON d.day = a.day
    WHERE a.day BETWEEN :first AND :last AND ${kind} AND d.${previous} IS NULL)`;

/** The whole panel: the per-day totals of activity_day and the distinct members on member_day's indexes (erasure deletes an erased member's days). */
async function panelActivity(db: Queryable, { first, last }: HealthDays): Promise<PeriodActivity> {
  const params = { ':first': first, ':last': last };
  const daily = await db.all<PeriodActivity['daily'][number]>(
    'SELECT active, posts, comments, likes, minutes, sessions FROM activity_day WHERE day BETWEEN :first AND :last ORDER BY day',
    params,
  );
  const counted = (await db.get<Omit<PeriodActivity, 'daily'>>(
    `SELECT ${distinct('member_day_since', 'prev_day', '1')} AS active,
       ${distinct('member_day_report_since', 'prev_report_day', 'd.reports > 0')} AS reporters,
       ${distinct('member_day_content_since', 'prev_content_day', 'd.posts + d.comments > 0')} AS posters`,
    params,
  ))!;
  return { daily, ...counted };
}

/**
 * A segment's members: their member-days of the period, one scan, each day's distinct members counted
 * on the first of their days there. The `+` keeps the member list a test on each row: with the tables
 * analysed (sqlite_stat1), the planner otherwise sought every segment member on every day of the
 * period (200,000 members × 91 days: 21 s against 0.7 s for the scan).
 */
async function segmentActivity(db: Queryable, { first, last }: HealthDays, inSegment: CompiledFilter): Promise<PeriodActivity> {
  const daily = await db.all<PeriodActivity['daily'][number] & { firstActive: number; reporters: number; posters: number }>(
    `SELECT count(*) AS active, total(coalesce(prev_day, -1) < ?) AS firstActive,
       total(reports > 0 AND coalesce(prev_report_day, -1) < ?) AS reporters, total(posts + comments > 0 AND coalesce(prev_content_day, -1) < ?) AS posters,
       total(posts) AS posts, total(comments) AS comments, total(likes) AS likes, total(minutes) AS minutes, total(sessions) AS sessions
     FROM member_day WHERE day BETWEEN ? AND ? AND +member_id IN (SELECT m.id FROM member m WHERE m.erased_at IS NULL AND (${inSegment.sql})) GROUP BY day`,
    [first, first, first, first, last, ...inSegment.params],
  );
  const sum = (key: 'firstActive' | 'reporters' | 'posters') => daily.reduce((total, d) => total + d[key], 0);
  return { daily, active: sum('firstActive'), reporters: sum('reporters'), posters: sum('posters') };
}

/** The activity of a period for a segment's members (SQL over member m), or for the whole panel (null). */
export const periodActivity = (db: Queryable, days: HealthDays, segment: CompiledFilter | null): Promise<PeriodActivity> =>
  segment ? segmentActivity(db, days, segment) : panelActivity(db, days);
