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
import { periodActivity } from './health-activity';
import { joinCohorts } from './health-cohorts';
import { stageCounts } from './health-stages';

const DAY = 86_400;
const isoDay = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

/** A period [from, to) in seconds since 1970 (UTC), whole days. */
export interface HealthPeriod {
  from: number;
  to: number;
}

/**
 * The community health measures over a period, for the members (not erased) that `segment` selects
 * (SQL over member m; null: the whole panel). Each is one aggregate query; the activity measures read
 * the per-day rollups of migrations 0017 and 0018, retention member_return or the events; the arithmetic is model/health's.
 * `side`, a second connection to the workspace, runs one of them beside the others (on a second core).
 */
export async function healthMeasures(db: Queryable, period: HealthPeriod, retentionDays: number, segment: CompiledFilter | null = null, side: Queryable = db) {
  const members = segment ?? { sql: '1', params: [] };
  const p = members.params;
  // From each response of the period to its member (few responses, many members), not a seek per member;
  // for the whole panel, not even that: the (few) erased members are left out as a list.
  const responseInPanel = segment
    ? `EXISTS (SELECT 1 FROM member m WHERE m.id = r.member_id AND m.erased_at IS NULL AND (${members.sql}))`
    : 'r.member_id NOT IN (SELECT m.id FROM member m INDEXED BY member_erased WHERE m.erased_at IS NOT NULL)';
  const range = [period.from, period.to];
  const [first, last] = [period.from / DAY, period.to / DAY - 1];
  // Join dates are ISO days: compared as text, the period is a range of member_joined, not a scan of every member.
  const joinedIn = 'm.joined_at >= ? AND m.joined_at < ?';
  const joined = [isoDay(period.from), isoDay(period.to)] as const;
  // Content includes open-text answers: the base is every member active on the platform or in a survey.
  // The survey's members are added where the platform has not counted them already (one range each of
  // their events on activity_event_member: null when inactive there, else whether they posted or
  // commented), rather than a union with every member-day of the period. About half the whole panel's
  // time: it runs on `side` while the other measures, one after another, run on db.
  const [survey, stages, activity, newMembers, cohorts, surveys] = await Promise.all([
    side.get<{ writersOffPlatform: number; inactiveOnPlatform: number }>(
      `WITH survey AS (
         SELECT r.member_id, max(EXISTS (SELECT 1 FROM answer a WHERE a.response_id = r.id AND a.text IS NOT NULL AND a.option_code IS NULL)) AS wrote
         FROM response r WHERE r.status = 'complete' AND unixepoch(r.completed_at) >= ? AND unixepoch(r.completed_at) < ? AND ${responseInPanel} GROUP BY r.member_id
       ), platform AS (
         SELECT wrote, (SELECT max(e.type IN ('post', 'comment')) FROM activity_event e WHERE e.member_id = survey.member_id AND e.at >= ? AND e.at < ?) AS posted FROM survey
       )
       SELECT total(wrote AND NOT coalesce(posted, 0)) AS writersOffPlatform, total(posted IS NULL) AS inactiveOnPlatform FROM platform`,
      [...range, ...p, ...range],
    ),
    stageCounts(db, segment),
    periodActivity(db, { first, last }, segment),
    db.all<{ week: string; members: number }>(
      `SELECT date(m.joined_at, '-6 days', 'weekday 1') AS week, count(*) AS members FROM member m
       WHERE m.erased_at IS NULL AND (${members.sql}) AND ${joinedIn} GROUP BY week ORDER BY week`,
      [...p, ...joined],
    ),
    joinCohorts(db, joined, retentionDays, segment),
    db.all<{ surveyVersionId: string; title: string; version: number; participants: number }>(
      `SELECT r.survey_version_id AS surveyVersionId, s.title, v.version, count(DISTINCT r.member_id) AS participants
       FROM response r JOIN survey_version v ON v.id = r.survey_version_id JOIN survey s ON s.id = v.survey_id
       WHERE r.status = 'complete' AND unixepoch(r.completed_at) >= ? AND unixepoch(r.completed_at) < ? AND ${responseInPanel}
       GROUP BY r.survey_version_id ORDER BY s.title, v.version`,
      [...range, ...p],
    ),
  ]);
  const { daily } = activity;
  const sum = (key: 'posts' | 'comments' | 'likes' | 'minutes' | 'sessions') => daily.reduce((total, d) => total + d[key], 0);
  const panel = stages.reduce((n, s) => n + s.members, 0);
  const days = Math.round((period.to - period.from) / DAY);
  return {
    members: panel,
    funnel: lifecycleFunnel(stages),
    newMembersPerWeek: newMembers,
    participation: surveys.map((s) => ({ ...s, rate: participationRate(s.participants, panel) })),
    retention: retentionCohorts(cohorts),
    dauMau: stickiness(daily.map((d) => d.active), days, activity.active),
    averageSessionMinutes: averageSessionMinutes(sum('minutes'), sum('sessions')),
    contributorShare: contributorShare(activity.posters + survey!.writersOffPlatform, activity.active + survey!.inactiveOnPlatform),
    postsAndCommentsToLikes: postsToLikes(sum('posts'), sum('comments'), sum('likes')),
    selfModeration: selfModeration(activity.reporters, activity.active),
  };
}
