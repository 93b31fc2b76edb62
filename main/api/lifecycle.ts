import { z } from 'zod';
import { lifecycleRules } from '@model/community/lifecycle-rules';
import { lifecycleStages } from '@model/members/member-fields';
import { rfmGroupValues } from '@model/community/rfm';
import { method } from './define';

/**
 * Lifecycle stages derived from the workspace's rules, and RFM (recency, frequency, money) groups
 * from imported transactions. Both are member fields in filters: lifecycle:stage (the member's own
 * stage where set by hand or import, else the derived one), lifecycle:derived, lifecycle:source and rfm:group.
 */

const stageCounts = z.object({
  /** Members (not erased) per derived stage; stage null: no rule holds. */
  derived: z.array(z.object({ stage: z.enum(lifecycleStages).nullable(), members: z.int() })),
  /** Members whose stage was set by hand or by import: it overrides the derived one. */
  overrides: z.int(),
  /** Of them, those whose set stage differs from the derived one. */
  overridesDiffering: z.int(),
});

const rulesAnswer = z.object({ rules: lifecycleRules, isDefault: z.boolean(), counts: stageCounts });

const scoreRange = z.tuple([z.int(), z.int()]);

export const lifecycleMethods = {
  'lifecycle.rules': method({
    summary: "The workspace's lifecycle rules (join date, first and repeated participation in surveys and activity, purchases; the RFM period), and members per derived stage with the overrides set by hand or import.",
    input: z.object({}).strict(),
    output: rulesAnswer,
  }),
  'lifecycle.saveRules': method({
    summary: "Save the workspace's lifecycle rules and derive every member's stage and RFM group again; a stage set by hand or import stays as an override.",
    input: z.object({ rules: lifecycleRules }).strict(),
    output: rulesAnswer,
  }),
  'rfm.groups': method({
    summary:
      'RFM over a chosen period (default: the rules’ period up to now): members with purchases scored 1–5 on recency, frequency and money by quintile (ties share a score), each named group with its rule and member count, and how many members bought nothing.',
    input: z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() }).strict(),
    output: z.object({
      period: z.object({ from: z.string(), to: z.string() }),
      /** The currency whose amounts M sums (null: no transactions in the period). */
      currency: z.string().nullable(),
      /** Members with at least one purchase in the period (the population the quintiles divide). */
      scored: z.int(),
      /** Members (not erased) without any purchase in the period: group noPurchases, no scores. */
      noPurchases: z.int(),
      groups: z.array(
        z.object({
          group: z.enum(rfmGroupValues),
          members: z.int(),
          rule: z.object({ r: scoreRange, f: scoreRange, m: scoreRange.nullable() }).nullable(),
          /** "R 4–5, F 4–5, M 4–5"; for noPurchases null. */
          ruleText: z.string().nullable(),
        }),
      ),
    }),
  }),
};
