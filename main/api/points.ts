import { z } from 'zod';
import { method } from './define';
import { memberId } from './members';

/**
 * The points ledger: a member earns the survey's reward points (settings.rewardPoints) for each
 * completed response and redeems them; the balance is the sum of the entries and never goes below
 * zero. Erasing the member removes the ledger.
 */

const pointsEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  /** Positive: earned; negative: redeemed. */
  points: z.number().int(),
  kind: z.enum(['earned', 'redeemed']),
  /** The completed response that earned them. */
  responseId: z.string().nullable(),
  surveyId: z.string().nullable(),
  surveyTitle: z.string().nullable(),
  /** Why they were redeemed, in the user's words. */
  reason: z.string().nullable(),
  /** Who recorded a redemption; null for points the workbench credited. */
  actor: z.string().nullable(),
});

export const pointsMethods = {
  'points.list': method({
    summary: "A member's points ledger, newest first, and the balance.",
    input: z.object({ memberId }).strict(),
    output: z.object({ memberId, balance: z.number().int(), entries: z.array(pointsEntry) }),
  }),
  'points.redeem': method({
    summary: "Redeem a member's points with the reason; refused with LIMIT when the balance is smaller (the balance never goes below zero).",
    input: z
      .object({
        memberId,
        points: z.number().int().min(1).max(10_000_000),
        reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(500),
      })
      .strict(),
    output: z.object({ memberId, entryId: z.number().int(), balance: z.number().int() }),
  }),
};
