import { lifecycleStages, type LifecycleStage } from '../members/member-field-table';

/**
 * Community health measures from aggregated counts (one SQL GROUP BY each, core/health/), so the
 * core and the renderer compute them alike. A ratio whose base is 0 is null ("no data"), never 0.
 */

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Members by lifecycle stage in funnel order, members without a stage last as stage null; absent stages as 0. */
export function lifecycleFunnel(counts: readonly { stage: LifecycleStage | null; members: number }[]): { stage: LifecycleStage | null; count: number }[] {
  const of = (stage: LifecycleStage | null) => counts.filter((c) => c.stage === stage).reduce((n, c) => n + c.members, 0);
  return [...lifecycleStages.map((stage) => ({ stage, count: of(stage) })), { stage: null, count: of(null) }];
}

/** Frequency: the average of the daily active members over the days of the period, divided by the members active in the period (DAU/MAU). */
export function stickiness(dailyActive: readonly number[], days: number, periodActive: number): number | null {
  if (days <= 0) return null;
  const averageDaily = dailyActive.reduce((a, b) => a + b, 0) / days;
  return ratio(averageDaily, periodActive);
}

/** Average session minutes over the events that record them. */
export const averageSessionMinutes = (totalMinutes: number, sessions: number) => ratio(totalMinutes, sessions);

/** The share of active members who contributed content (a post, a comment or an open-text answer). */
export const contributorShare = (contributors: number, active: number) => ratio(contributors, active);

/** Posts and comments per like: how much members write for each time they only react. */
export const postsToLikes = (posts: number, comments: number, likes: number) => ratio(posts + comments, likes);

/** Self-moderation: the share of active members who reported content at least once. */
export const selfModeration = (reporters: number, active: number) => ratio(reporters, active);

/** Retention of a join-month cohort: of the members who joined that month, the share active again within N days of joining. */
export function retentionCohorts(rows: readonly { month: string; joined: number; retained: number }[]): { month: string; joined: number; retained: number; rate: number | null }[] {
  return [...rows].sort((a, b) => a.month.localeCompare(b.month)).map((r) => ({ ...r, rate: ratio(r.retained, r.joined) }));
}

/** Participation rate of a survey: members with a complete response over the members of the panel (not erased) at the time asked. */
export const participationRate = (participants: number, members: number) => ratio(participants, members);
