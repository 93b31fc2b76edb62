import type { CampaignMemberRow } from '@api/campaigns';
import { OPENNESS_INSTRUMENT_ID } from '@model/openness';
import { opennessBand } from '@model/recruitment/bands';
import { canMoveMember, type CampaignMemberReason, type CampaignMemberStatus } from '@model/recruitment/campaign-status';
import { AppError } from '../errors';
import { writeAudit } from '../audit';
import { frozenThresholds, loadCampaign } from './campaign-store';
import type { Queryable } from '../db/writer';
import type { CallContext } from '../call-context';
import { parseIdCursor } from './id-cursor';

interface MemberRow {
  memberId: number;
  code: string;
  name: string | null;
  country: string | null;
  status: CampaignMemberStatus;
  reason: CampaignMemberReason | null;
  reasonQuotaId: number | null;
  quotaIds: string;
  score: number | null;
  answered: number | null;
  invitedAt: string;
  screenedAt: string | null;
  qualifiedAt: string | null;
  disqualifiedAt: string | null;
  waitlistedAt: string | null;
  activeAt: string | null;
}

export interface CampaignMembersQuery {
  campaignId: number;
  status: CampaignMemberStatus | null;
  cursor: string | null;
  limit: number;
}

/** A page of a campaign's members by member id; bands by the thresholds frozen at the start. */
export async function campaignMembers(db: Queryable, q: CampaignMembersQuery): Promise<{ rows: CampaignMemberRow[]; nextCursor: string | null }> {
  const campaign = await loadCampaign(db, q.campaignId);
  const thresholds = frozenThresholds(campaign);
  const after = parseIdCursor(q.cursor);
  const rows = await db.all<MemberRow>(
    `SELECT cm.member_id AS memberId, m.code, m.name, m.country, cm.status, cm.reason, cm.reason_quota_id AS reasonQuotaId,
       (SELECT json_group_array(cmq.quota_id) FROM campaign_member_quota cmq WHERE cmq.campaign_id = cm.campaign_id AND cmq.member_id = cm.member_id) AS quotaIds,
       ts.score, ts.answered, cm.invited_at AS invitedAt, cm.screened_at AS screenedAt, cm.qualified_at AS qualifiedAt,
       cm.disqualified_at AS disqualifiedAt, cm.waitlisted_at AS waitlistedAt, cm.active_at AS activeAt
     FROM campaign_member cm
     JOIN member m ON m.id = cm.member_id
     LEFT JOIN trait_score ts ON ts.member_id = cm.member_id AND ts.instrument_id = ?
     WHERE cm.campaign_id = ? AND (? IS NULL OR cm.status = ?) AND (? IS NULL OR cm.member_id > ?)
     ORDER BY cm.member_id LIMIT ?`,
    [OPENNESS_INSTRUMENT_ID, q.campaignId, q.status, q.status, after, after, q.limit + 1],
  );
  const page = rows.slice(0, q.limit).map(({ score, answered, quotaIds, ...r }) => ({
    ...r,
    quotaIds: JSON.parse(quotaIds) as number[],
    openness: { score, answered, band: opennessBand(score, thresholds) },
  }));
  return { rows: page, nextCursor: rows.length > q.limit ? String(page[page.length - 1]!.memberId) : null };
}

export interface SetMemberStatusInput {
  campaignId: number;
  memberIds: readonly number[];
  status: 'active' | 'disqualified' | 'screened';
  reason: string | null;
}

const HAS_SCREENER = 'EXISTS (SELECT 1 FROM trait_score ts WHERE ts.member_id = campaign_member.member_id AND ts.instrument_id = ?)';

/**
 * Moves members by hand along the allowed transitions. Disqualifying releases quota places, so a
 * later fill can admit waitlisted members. Audited with the user's reason.
 */
export async function setMemberStatus(ctx: CallContext, input: SetMemberStatusInput) {
  const now = ctx.now();
  const at = now.toISOString();
  const ids = [...new Set(input.memberIds)];
  return ctx.db.writer.transaction(async (tx) => {
    const campaign = await loadCampaign(tx, input.campaignId);
    if (campaign.status === 'draft' || campaign.status === 'closed') {
      throw new AppError('CONFLICT', `Campaign "${campaign.name}" is ${campaign.status}; member statuses change only while it is running or paused.`, {
        key: 'errors.campaignNotOpen',
        params: { name: campaign.name, status: campaign.status },
      });
    }
    const rows = await tx.all<{ member_id: number; status: CampaignMemberStatus }>(
      'SELECT member_id, status FROM campaign_member WHERE campaign_id = ? AND member_id IN (SELECT value FROM json_each(?))',
      [input.campaignId, JSON.stringify(ids)],
    );
    const movable = rows.filter((r) => canMoveMember(r.status, input.status)).map((r) => r.member_id);
    const skipped = new Map<CampaignMemberStatus | 'notInCampaign', number>();
    if (rows.length < ids.length) skipped.set('notInCampaign', ids.length - rows.length);
    for (const r of rows) if (!canMoveMember(r.status, input.status)) skipped.set(r.status, (skipped.get(r.status) ?? 0) + 1);
    if (movable.length) {
      const list = JSON.stringify(movable);
      if (input.status === 'disqualified') {
        await tx.run('DELETE FROM campaign_member_quota WHERE campaign_id = ? AND member_id IN (SELECT value FROM json_each(?))', [input.campaignId, list]);
      }
      if (input.status === 'screened') {
        // Reconsidered members without a screener record go back to waiting for one (invited).
        await tx.run(
          `UPDATE campaign_member SET status = CASE WHEN ${HAS_SCREENER} THEN 'screened' ELSE 'invited' END,
             screened_at = CASE WHEN ${HAS_SCREENER} THEN ? ELSE screened_at END, reason = NULL, reason_quota_id = NULL, updated_at = ?
           WHERE campaign_id = ? AND member_id IN (SELECT value FROM json_each(?))`,
          [OPENNESS_INSTRUMENT_ID, OPENNESS_INSTRUMENT_ID, at, at, input.campaignId, list],
        );
      } else {
        await tx.run(
          `UPDATE campaign_member SET status = ?, ${input.status === 'active' ? 'active_at' : 'disqualified_at'} = ?, reason = ?, reason_quota_id = NULL, updated_at = ?
           WHERE campaign_id = ? AND member_id IN (SELECT value FROM json_each(?))`,
          [input.status, at, input.status === 'disqualified' ? 'manual' : null, at, input.campaignId, list],
        );
      }
      await writeAudit(tx, {
        at: now,
        actor: ctx.actor,
        action: 'campaigns.setMemberStatus',
        entity: 'campaign',
        entityId: input.campaignId,
        reason: input.reason,
        details: { to: input.status, changed: movable.length },
      });
    }
    return { changed: movable.length, skipped: [...skipped].map(([from, count]) => ({ from, count })) };
  });
}
