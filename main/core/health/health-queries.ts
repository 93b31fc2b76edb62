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
 * (SQL over member m; null: the whole panel). Each is one aggregate query; the activity measures read
 * the member-days of migration 0015, retention the events; the arithmetic is model/health's.
 */
export async function healthMeasures(db: Queryable, period: HealthPeriod, retentionDays: number, segment: CompiledFilter | null = null) {
  const members = segment ?? { sql: '1', params: [] };
  const inPanel = `member_id IN (SELECT m.id FROM member m WHERE m.erased_at IS NULL AND (${members.sql}))`;
  const p = members.params;
  // member_day holds only linked events' days and erasure deletes a member's, so for the whole panel
  // the period is one range scan of its primary key, not a seek per member.
  const inDays = segment ? inPanel : '1';
  const dp = segment ? p : [];
  // From each response of the period to its member (few responses, many members), not a seek per member.
  const responseInPanel = `EXISTS (SELECT 1 FROM member m WHERE m.id = r.member_id AND m.erased_at IS NULL AND (${members.sql}))`;
  const range = [period.from, period.to];
  const [first, last] = [period.from / DAY, period.to / DAY - 1];
  // Join dates are ISO days: compared as text, the period is a range of member_joined, not a scan of every member.
  const joinedIn = 'm.joined_at >= ? AND m.joined_at < ?';
  const joined = range.map((t) => new Date(t * 1000).toISOString().slice(0, 10));
  const stages = await db.all<{ stage: LifecycleStage | null; members: number }>(
    `SELECT coalesce(m.lifecycle_stage, c.derived_stage) AS stage, count(*) AS members FROM member m LEFT JOIN member_community c ON c.member_id = m.id
     WHERE m.erased_at IS NULL AND (${members.sql}) GROUP BY 1`,
    p,
  );
  // Per day of the period: its active members, and who is counted once for the whole period (on the
  // first of their days in it, whose previous day lies before it; see migration 0015).
  const daily = await db.all<{ active: number; firstActive: number; reporters: number; posters: number; posts: number; comments: number; likes: number; minutes: number; sessions: number }>(
    `SELECT count(*) AS active, total(coalesce(prev_day, -1) < ?) AS firstActive,
       total(reports > 0 AND coalesce(prev_report_day, -1) < ?) AS reporters, total(posts + comments > 0 AND coalesce(prev_content_day, -1) < ?) AS posters,
       total(posts) AS posts, total(comments) AS comments, total(likes) AS likes, total(minutes) AS minutes, total(sessions) AS sessions
     FROM member_day WHERE day BETWEEN ? AND ? AND ${inDays} GROUP BY day`,
    [first, first, first, first, last, ...dp],
  );
  const sum = (key: Exclude<keyof (typeof daily)[number], 'active'>) => daily.reduce((total, d) => total + d[key], 0);
  const activity = { active: sum('firstActive'), reporters: sum('reporters'), posters: sum('posters') };
  // Content includes open-text answers: the base is every member active on the platform or in a survey.
  // The survey's members are added where the platform has not counted them already (a seek each on
  // member_day_member), rather than a union with every member-day of the period.
  const survey = (await db.get<{ writersOffPlatform: number; inactiveOnPlatform: number }>(
    `WITH survey AS (
       SELECT r.member_id, max(EXISTS (SELECT 1 FROM answer a WHERE a.response_id = r.id AND a.text IS NOT NULL AND a.option_code IS NULL)) AS wrote
       FROM response r WHERE r.status = 'complete' AND unixepoch(r.completed_at) >= ? AND unixepoch(r.completed_at) < ? AND ${responseInPanel} GROUP BY r.member_id
     )
     SELECT total(wrote AND NOT EXISTS (SELECT 1 FROM member_day d WHERE d.member_id = survey.member_id AND d.day BETWEEN ? AND ? AND d.posts + d.comments > 0)) AS writersOffPlatform,
            total(NOT EXISTS (SELECT 1 FROM member_day d WHERE d.member_id = survey.member_id AND d.day BETWEEN ? AND ?)) AS inactiveOnPlatform
     FROM survey`,
    [...range, ...p, first, last, first, last],
  ))!;
  const newMembers = await db.all<{ week: string; members: number }>(
    `SELECT date(m.joined_at, '-6 days', 'weekday 1') AS week, count(*) AS members FROM member m
     WHERE m.erased_at IS NULL AND (${members.sql}) AND ${joinedIn} GROUP BY week ORDER BY week`,
    [...p, ...joined],
  );
  const cohorts = await db.all<{ month: string; joined: number; retained: number }>(
    `SELECT substr(m.joined_at, 1, 7) AS month, count(*) AS joined,
       sum(EXISTS (SELECT 1 FROM activity_event e WHERE e.member_id = m.id AND e.at >= unixepoch(m.joined_at) + ${DAY} AND e.at < unixepoch(m.joined_at) + ?)) AS retained
     FROM member m WHERE m.erased_at IS NULL AND (${members.sql}) AND ${joinedIn} GROUP BY month`,
    [retentionDays * DAY, ...p, ...joined],
  );
  const panel = stages.reduce((n, s) => n + s.members, 0);
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
    averageSessionMinutes: averageSessionMinutes(sum('minutes'), sum('sessions')),
    contributorShare: contributorShare(activity.posters + survey.writersOffPlatform, activity.active + survey.inactiveOnPlatform),
    postsAndCommentsToLikes: postsToLikes(sum('posts'), sum('comments'), sum('likes')),
    selfModeration: selfModeration(activity.reporters, activity.active),
  };
}
