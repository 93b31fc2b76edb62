import type { LifecycleRules } from '@model/community/lifecycle-rules';
import { NO_PURCHASES } from '@model/community/rfm';
import type { Tx } from '../db/writer';
import { RFM_SCORES_SQL, rfmCurrency, rfmParams, type Period } from './rfm-scores';

const DAY = 86_400;
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** The rules' RFM period: the last periodDays days up to now. */
export const rulesRfmPeriod = (rules: LifecycleRules, now: Date): Period => ({ from: seconds(now) - rules.rfm.periodDays * DAY, to: seconds(now) + 1 });

/**
 * SQL counting the participations of member `mem` up to :now (and from `since`), as far as `atLeast`
 * (a rule's threshold): its completed responses (`answered`, counted beforehand) plus its events of
 * the participating types, read on its own entries of activity_event_member (which holds the type,
 * migration 0020) no further than the threshold, so a derivation costs the members, not every event
 * ever imported (at 100,000 members and 10,000,000 events, about 2 s instead of 8.6 s after an import).
 */
const participations = (answered: string, atLeast: string, since?: string) => `coalesce(${answered}, 0) + (SELECT count(*) FROM (
    SELECT 1 FROM activity_event e INDEXED BY activity_event_member
    WHERE e.member_id = mem.id AND e.at <= :now ${since ? `AND e.at >= ${since}` : ''} AND e.type IN (SELECT value FROM json_each(:types)) LIMIT ${atLeast}))`;

/**
 * Derives every member's lifecycle stage and RFM scores again (inside the caller's transaction): the
 * furthest stage whose rule holds (monetization, retention, activation, acquisition; none: null), and
 * the RFM group over the rules' period (noPurchases without a purchase in it). The member's own
 * lifecycle_stage, set by hand or import, is not touched: it overrides the derived stage where set.
 * Erased members get no row.
 */
export async function deriveCommunity(tx: Tx, rules: LifecycleRules, now: Date): Promise<void> {
  const period = rulesRfmPeriod(rules, now);
  const currency = await rfmCurrency(tx, period, rules.rfm.currency);
  await tx.run('DELETE FROM member_community');
  await tx.run(
    `INSERT INTO member_community (member_id, derived_stage, rfm_r, rfm_f, rfm_m, rfm_group)
     WITH answered AS (
       SELECT member_id, count(*) AS n, sum(at >= :retainFrom) AS recent FROM (
         SELECT member_id, unixepoch(completed_at) AS at FROM response WHERE :surveys AND member_id IS NOT NULL AND status = 'complete' AND completed_at IS NOT NULL
       ) WHERE at <= :now GROUP BY member_id
     ), buy AS (
       SELECT member_id, count(*) AS n FROM member_transaction WHERE member_id IS NOT NULL AND at >= :buyFrom AND at <= :now GROUP BY member_id
     ), rfm AS (${RFM_SCORES_SQL})
     SELECT mem.id,
       CASE
         WHEN coalesce(b.n, 0) >= :minPurchases THEN 'monetization'
         WHEN ${participations('a.recent', ':minRetained', ':retainFrom')} >= :minRetained THEN 'retention'
         WHEN ${participations('a.n', ':minActivated')} >= :minActivated THEN 'activation'
         WHEN mem.joined_at IS NOT NULL OR NOT :requireJoin THEN 'acquisition'
       END,
       s.r, s.f, s.m, coalesce(s.grp, '${NO_PURCHASES}')
     FROM member mem LEFT JOIN answered a ON a.member_id = mem.id LEFT JOIN buy b ON b.member_id = mem.id LEFT JOIN rfm s ON s.member_id = mem.id
     WHERE mem.erased_at IS NULL`,
    {
      ...rfmParams(period, currency),
      ':now': seconds(now),
      ':types': JSON.stringify(rules.participation.activityTypes),
      ':surveys': rules.participation.surveys ? 1 : 0,
      ':retainFrom': seconds(now) - rules.retention.withinDays * DAY,
      ':buyFrom': seconds(now) - rules.monetization.withinDays * DAY,
      ':minPurchases': rules.monetization.minPurchases,
      ':minRetained': rules.retention.minParticipations,
      ':minActivated': rules.activation.minParticipations,
      ':requireJoin': rules.acquisition.requireJoinDate ? 1 : 0,
    },
  );
}
