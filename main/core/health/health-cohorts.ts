import type { CompiledFilter } from '../db/filter-sql';
import type { Queryable } from '../db/writer';

const DAY = 86_400;

/** Members who joined in a period (join dates as ISO text, [from, to)), by join month, and those of them active again from a day after joining within the window. */
export type Cohort = { month: string; joined: number; retained: number };

/** A segment's members: a seek into their events for each member who joined. */
const segmentCohorts = (db: Queryable, joined: readonly [string, string], windowSeconds: number, segment: CompiledFilter) =>
  db.all<Cohort>(
    `SELECT substr(m.joined_at, 1, 7) AS month, count(*) AS joined,
       sum(EXISTS (SELECT 1 FROM activity_event e WHERE e.member_id = m.id AND e.at >= unixepoch(m.joined_at) + ${DAY} AND e.at < unixepoch(m.joined_at) + ?)) AS retained
     FROM member m WHERE m.erased_at IS NULL AND (${segment.sql}) AND m.joined_at >= ? AND m.joined_at < ? GROUP BY month`,
    [windowSeconds, ...segment.params, ...joined],
  );

/**
 * The whole panel: both counts are ranges of join dates, the joined on member_joined_live, the
 * retained on member_return (each member's first event a day or more after joining; migration 0018).
 */
const panelCohorts = (db: Queryable, joined: readonly [string, string], windowSeconds: number) =>
  db.all<Cohort>(
    `SELECT j.month, j.joined, coalesce(r.retained, 0) AS retained FROM (
       SELECT substr(m.joined_at, 1, 7) AS month, count(*) AS joined FROM member m INDEXED BY member_joined_live
       WHERE m.erased_at IS NULL AND m.joined_at >= :from AND m.joined_at < :to GROUP BY month
     ) j LEFT JOIN (
       SELECT substr(joined_at, 1, 7) AS month, count(*) AS retained FROM member_return
       WHERE joined_at >= :from AND joined_at < :to AND first_return_at < unixepoch(joined_at) + :window GROUP BY month
     ) r USING (month) ORDER BY j.month`,
    { ':from': joined[0], ':to': joined[1], ':window': windowSeconds },
  );

/** Retention cohorts by join month for a segment (SQL over member m), or for the whole panel (null). */
export const joinCohorts = (db: Queryable, joined: readonly [string, string], retentionDays: number, segment: CompiledFilter | null): Promise<Cohort[]> =>
  segment ? segmentCohorts(db, joined, retentionDays * DAY, segment) : panelCohorts(db, joined, retentionDays * DAY);
