import type { LifecycleStage } from '@model/members/member-fields';
import {
  averageSessionMinutes,
  contributorShare,
  lifecycleFunnel,
  participationRate,
  postsToLikes,
  retentionCohorts,
  selfModeration,
  stickiness,
} from '@model/health/health-measures';
import type { CompiledFilter } from '../db/filter-sql';
import type { Queryable } from '../db/writer';

const DAY = 86_400;

/** A period [from, to) in seconds since 1970 (UTC), whole days. */
export interface HealthPeriod {
  from: number;
  to: number;
}

/**
 * The community health measures over a period, for the members (not erased) that `segment` selects
 * (SQL over member m; null: the whole panel). Each is one aggregate query on the indexes of migration
 * 0012 (activity_event_at covers every period query); the arithmetic is model/health's.
 */
export async function healthMeasures(db: Queryable, period: HealthPeriod, retentionDays: number, segment: CompiledFilter | null = null) {
  const members = segment ?? { sql: '1', params: [] };
  const inPanel = `member_id IN (SELECT m.id FROM member m WHERE m.erased_at IS NULL AND (${members.sql}))`;
  const p = members.params;
  // Erasure unlinks an erased member's events (member_id null), so for the whole panel a linked event
  // is a panel member's: the period is then one range scan of activity_event_at, not a seek per member.
  const inEvents = segment ? inPanel : 'member_id IS NOT NULL';
  const ep = segment ? p : [];
  // From each response of the period to its member (few responses, many members), not a seek per member.
  const responseInPanel = `EXISTS (SELECT 1 FROM member m WHERE m.id = r.member_id AND m.erased_at IS NULL AND (${members.sql}))`;
  const range = [period.from, period.to];
  const stages = await db.all<{ stage: LifecycleStage | null; members: number }>(
    `SELECT coalesce(m.lifecycle_stage, c.derived_stage) AS stage, count(*) AS members FROM member m LEFT JOIN member_community c ON c.member_id = m.id
     WHERE m.erased_at IS NULL AND (${members.sql}) GROUP BY 1`,
    p,
  );
  const activity = (await db.get<{ active: number; reporters: number; posters: number; posts: number; comments: number; likes: number; minutes: number; sessions: number }>(
    `SELECT count(DISTINCT member_id) AS active,
       count(DISTINCT CASE WHEN type = 'report' THEN member_id END) AS reporters,
       count(DISTINCT CASE WHEN type IN ('post', 'comment') THEN member_id END) AS posters,
       sum(type = 'post') AS posts, sum(type = 'comment') AS comments, sum(type = 'like') AS likes,
       total(session_minutes) AS minutes, count(session_minutes) AS sessions
     FROM activity_event WHERE at >= ? AND at < ? AND ${inEvents}`,
    [...range, ...ep],
  ))!;
  // Content includes open-text answers: the base is every member active on the platform or in a survey.
  // The survey's members are added where the platform has not counted them already (a seek each on
  // activity_event_member), rather than a union with every event of the period.
  const survey = (await db.get<{ writersOffPlatform: number; inactiveOnPlatform: number }>(
    `WITH survey AS (
       SELECT r.member_id, max(EXISTS (SELECT 1 FROM answer a WHERE a.response_id = r.id AND a.text IS NOT NULL AND a.option_code IS NULL)) AS wrote
       FROM response r WHERE r.status = 'complete' AND unixepoch(r.completed_at) >= ? AND unixepoch(r.completed_at) < ? AND ${responseInPanel} GROUP BY r.member_id
     )
     SELECT total(wrote AND NOT EXISTS (SELECT 1 FROM activity_event e WHERE e.member_id = survey.member_id AND e.at >= ? AND e.at < ? AND e.type IN ('post', 'comment'))) AS writersOffPlatform,
            total(NOT EXISTS (SELECT 1 FROM activity_event e WHERE e.member_id = survey.member_id AND e.at >= ? AND e.at < ?)) AS inactiveOnPlatform
     FROM survey`,
    [...range, ...p, ...range, ...range],
  ))!;
  const daily = await db.all<{ active: number }>(
    `SELECT count(DISTINCT member_id) AS active FROM activity_event WHERE at >= ? AND at < ? AND ${inEvents} GROUP BY at / ${DAY}`,
    [...range, ...ep],
  );
  const newMembers = await db.all<{ week: string; members: number }>(
    `SELECT date(m.joined_at, '-6 days', 'weekday 1') AS week, count(*) AS members FROM member m
     WHERE m.erased_at IS NULL AND (${members.sql}) AND unixepoch(m.joined_at) >= ? AND unixepoch(m.joined_at) < ? GROUP BY week ORDER BY week`,
    [...p, ...range],
  );
  const cohorts = await db.all<{ month: string; joined: number; retained: number }>(
    `SELECT substr(m.joined_at, 1, 7) AS month, count(*) AS joined,
       sum(EXISTS (SELECT 1 FROM activity_event e WHERE e.member_id = m.id AND e.at >= unixepoch(m.joined_at) + ${DAY} AND e.at < unixepoch(m.joined_at) + ?)) AS retained
     FROM member m WHERE m.erased_at IS NULL AND (${members.sql}) AND unixepoch(m.joined_at) >= ? AND unixepoch(m.joined_at) < ? GROUP BY month`,
    [retentionDays * DAY, ...p, ...range],
  );
  const panel = (await db.get<{ n: number }>(`SELECT count(*) AS n FROM member m WHERE m.erased_at IS NULL AND (${members.sql})`, p))!.n;
  const surveys = await db.all<{ surveyVersionId: string; title: string; version: number; participants: number }>(
    `SELECT r.survey_version_id AS surveyVersionId, s.title, v.version, count(DISTINCT r.member_id) AS participants
     FROM response r JOIN survey_version v ON v.id = r.survey_version_id JOIN survey s ON s.id = v.survey_id
     WHERE r.status = 'complete' AND unixepoch(r.completed_at) >= ? AND unixepoch(r.completed_at) < ? AND ${responseInPanel}
     GROUP BY r.survey_version_id ORDER BY s.title, v.version`,
    [...range, ...p],
  );
  const days = Math.round((period.to - period.from) / DAY);
  return {
    members: panel,
    funnel: lifecycleFunnel(stages),
    newMembersPerWeek: newMembers,
    participation: surveys.map((s) => ({ ...s, rate: participationRate(s.participants, panel) })),
    retention: retentionCohorts(cohorts),
    dauMau: stickiness(daily.map((d) => d.active), days, activity.active),
    averageSessionMinutes: averageSessionMinutes(activity.minutes, activity.sessions),
    contributorShare: contributorShare(activity.posters + survey.writersOffPlatform, activity.active + survey.inactiveOnPlatform),
    postsAndCommentsToLikes: postsToLikes(activity.posts ?? 0, activity.comments ?? 0, activity.likes ?? 0),
    selfModeration: selfModeration(activity.reporters, activity.active),
  };
}
