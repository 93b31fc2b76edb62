import { z } from 'zod';
import { lifecycleStages } from '@model/members/member-fields';
import { method } from './define';

/**
 * Community health over a period (default: the 90 days up to today), for the whole panel or a saved
 * segment: the lifecycle funnel, new members, survey participation, retention cohorts and the
 * platform activity measures. Erased members count nowhere.
 */

/** The measures, each explained by `how[measure]`. */
export const HEALTH_MEASURES = [
  'funnel',
  'newMembersPerWeek',
  'participation',
  'retention',
  'dauMau',
  'averageSessionMinutes',
  'contributorShare',
  'postsAndCommentsToLikes',
  'selfModeration',
] as const;
export type HealthMeasure = (typeof HEALTH_MEASURES)[number];

/** Members are retained when active again within this many days of joining, unless the call says otherwise. */
export const DEFAULT_RETENTION_DAYS = 30;

const day = z.iso.date();
const period = z.object({ from: day, to: day });
/** A ratio whose base is 0 is null: no data, not 0. */
const ratio = z.number().nullable();

const how = z.object({
  /** i18n key of the sentence that says how the figure is computed. */
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The days the figure covers (the funnel: today, as members' stages are now). */
  period,
});

export const healthMethods = {
  'analysis.health': method({
    summary:
      'Community health for a period (from/to, inclusive dates; default the last 90 days to today) and the whole panel or a segment: members by lifecycle stage (stage null: none), new members per week, participation per survey, retention cohorts by join month (active again within retentionDays, default 30), DAU/MAU, average session minutes, content contributors, posts and comments to likes, self-moderation; each with how it is computed.',
    input: z
      .object({
        from: day.optional(),
        to: day.optional(),
        segmentId: z.number().int().positive().optional(),
        retentionDays: z.number().int().min(1).max(365).optional(),
      })
      .strict(),
    output: z.object({
      period: period.extend({ days: z.int() }),
      segmentId: z.int().nullable(),
      /** Members (not erased) of the panel or the segment. */
      members: z.int(),
      retentionDays: z.int(),
      funnel: z.array(z.object({ stage: z.enum(lifecycleStages).nullable(), count: z.int() })),
      /** Every week (starting Monday) that overlaps the period, with the members who joined in it. */
      newMembersPerWeek: z.array(z.object({ week: day, members: z.int() })),
      participation: z.array(z.object({ surveyVersionId: z.string(), title: z.string(), version: z.int(), participants: z.int(), rate: ratio })),
      /** complete: every member of the cohort has had the whole window by today. */
      retention: z.array(z.object({ month: z.string(), joined: z.int(), retained: z.int(), rate: ratio, complete: z.boolean() })),
      dauMau: ratio,
      averageSessionMinutes: ratio,
      contributorShare: ratio,
      postsAndCommentsToLikes: ratio,
      selfModeration: ratio,
      how: z.object(Object.fromEntries(HEALTH_MEASURES.map((m) => [m, how])) as Record<HealthMeasure, typeof how>),
    }),
  }),
};
