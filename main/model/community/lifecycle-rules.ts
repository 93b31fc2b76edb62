import { z } from 'zod';

/** What a member can do on the community platform (an imported activity event's type). */
export const activityTypes = ['post', 'comment', 'like', 'share', 'report', 'login'] as const;
export type ActivityType = (typeof activityTypes)[number];

const count = z.int().min(1).max(100_000);
const days = z.int().min(1).max(36_500);

/**
 * The workspace's rules that derive each member's lifecycle stage (acquisition → activation →
 * retention → monetization) and the period RFM is scored over. A member is at the furthest stage
 * whose rule holds; a stage set by hand or by import (the member's own lifecycleStage) overrides it.
 */
export const lifecycleRules = z
  .object({
    /** What counts as participating: completed survey responses, and activity events of these types. */
    participation: z.object({ surveys: z.boolean(), activityTypes: z.array(z.enum(activityTypes)).max(activityTypes.length) }).strict(),
    /** Acquired: has a join date (or, with requireJoinDate false, simply is a member). */
    acquisition: z.object({ requireJoinDate: z.boolean() }).strict(),
    /** Activated: has participated at least this often, ever (the first participation). */
    activation: z.object({ minParticipations: count }).strict(),
    /** Retained: has participated at least this often in the last withinDays days (repeated participation). */
    retention: z.object({ minParticipations: count, withinDays: days }).strict(),
    /** Monetized: has at least this many purchases in the last withinDays days. */
    monetization: z.object({ minPurchases: count, withinDays: days }).strict(),
    /** RFM is scored over the last periodDays days; money in this currency (null: the period's most frequent one). */
    rfm: z.object({ periodDays: days, currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as EUR').nullable() }).strict(),
  })
  .strict();
export type LifecycleRules = z.infer<typeof lifecycleRules>;

/** The rules of a workspace nobody has changed them in. */
export const defaultLifecycleRules: LifecycleRules = {
  participation: { surveys: true, activityTypes: ['post', 'comment', 'like', 'share', 'report'] },
  acquisition: { requireJoinDate: true },
  activation: { minParticipations: 1 },
  retention: { minParticipations: 3, withinDays: 90 },
  monetization: { minPurchases: 1, withinDays: 365 },
  rfm: { periodDays: 365, currency: null },
};
