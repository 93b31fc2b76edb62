import type { MemberEvent } from '@api/members';
import type { Queryable } from '../db/writer';

/** A member's page shows this many of their latest events. */
const HISTORY_SHOWN = 30;

/**
 * The campaign steps whose time campaign_member keeps, in the order they happen (a fill screens
 * and qualifies at the same moment); invitations come from the contact history.
 */
const STEPS = ['screened', 'qualified', 'disqualified', 'waitlisted', 'active'] as const;

const stepSql = (step: (typeof STEPS)[number], order: number) =>
  `SELECT cm.${step}_at AS at, ${order} AS step, 'campaign.${step}' AS action, NULL AS actor, NULL AS reason, c.id AS campaignId, c.name AS campaignName,
     ${step === 'disqualified' || step === 'waitlisted' ? `CASE WHEN cm.status = '${step}' THEN cm.reason END` : 'NULL'} AS campaignReason
   FROM campaign_member cm JOIN campaign c ON c.id = cm.campaign_id WHERE cm.member_id = :member AND cm.${step}_at IS NOT NULL`;

/**
 * What happened to a member, newest first: the audit entries about them (consent, erasure, seed
 * marking …), their invitations (contact history) and their steps through campaigns (the times
 * campaign_member keeps). Timestamps are all ISO strings in UTC, so they sort as text.
 */
const HISTORY = `
  SELECT at, 0 AS step, action, actor, reason, NULL AS campaignId, NULL AS campaignName, NULL AS campaignReason
    FROM audit_log WHERE entity = 'member' AND entity_id = CAST(:member AS TEXT)
  UNION ALL
  SELECT ch.contacted_at, 0, 'campaign.invited', ch.actor, NULL, c.id, c.name, NULL
    FROM contact_history ch LEFT JOIN campaign c ON c.id = ch.campaign_id WHERE ch.member_id = :member
  UNION ALL
  ${STEPS.map((step, i) => stepSql(step, i + 1)).join('\n  UNION ALL\n  ')}
  ORDER BY at DESC, step DESC LIMIT :limit`;

interface EventRow extends Omit<MemberEvent, 'campaign'> {
  step: number;
  campaignId: number | null;
  campaignName: string | null;
}

export async function memberHistory(db: Queryable, memberId: number, limit = HISTORY_SHOWN): Promise<MemberEvent[]> {
  const rows = await db.all<EventRow>(HISTORY, { ':member': memberId, ':limit': limit });
  return rows.map(({ step: _, campaignId, campaignName, ...event }) => ({
    ...event,
    campaign: campaignId === null ? null : { id: campaignId, name: campaignName ?? '' },
  }));
}
