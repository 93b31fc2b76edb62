import { OPENNESS_INSTRUMENT_ID } from '@model/openness';
import { filterFields } from '@model/filter/filter';
import type { CampaignMemberReason } from '@model/recruitment/campaign-status';
import { createQuotaFiller, type Placement } from '@model/recruitment/quota-fill';
import { insertRows } from '../db/batch-insert';
import type { Tx } from '../db/writer';
import { AppError } from '../errors';
import { CONTACTABLE_SQL } from '../members/contactable';
import { writeAudit } from '../audit';
import { campaignView, frozenThresholds, loadCampaign, loadQuotas, parseFilter } from './campaign-store';
import type { CallContext } from '../call-context';
import { compileMemberFilter, loadMemberFilterContext } from '../members/member-filter';

interface CandidateRow {
  member_id: number;
  status: 'screened' | 'waitlisted';
  contactable: number;
  passes: number;
  unscored: number;
  /** JSON array of 0/1, one per quota in position order. */
  quotas: string;
}

type Decision = { status: 'disqualified'; reason: CampaignMemberReason } | Placement;

const OPENNESS_FIELDS = ['openness', 'opennessBand', 'opennessAnswered'];

/** Sets one status for a group of members; the status's timestamp records when. */
async function setStatus(tx: Tx, campaignId: number, memberIds: number[], at: string, d: Decision) {
  if (!memberIds.length) return;
  const ids = JSON.stringify(memberIds);
  if (d.status === 'qualified') {
    await tx.run(
      `UPDATE campaign_member SET status = 'qualified', qualified_at = ?, reason = NULL, reason_quota_id = NULL, updated_at = ?
       WHERE campaign_id = ? AND member_id IN (SELECT value FROM json_each(?))`,
      [at, at, campaignId, ids],
    );
  } else if (d.status === 'disqualified') {
    await tx.run(
      `UPDATE campaign_member SET status = 'disqualified', disqualified_at = ?, reason = ?, reason_quota_id = NULL, updated_at = ?
       WHERE campaign_id = ? AND member_id IN (SELECT value FROM json_each(?))`,
      [at, d.reason, at, campaignId, ids],
    );
  } else {
    // Members already waiting keep their place in the queue (waitlisted_at).
    await tx.run(
      `UPDATE campaign_member SET status = 'waitlisted', waitlisted_at = CASE WHEN status = 'waitlisted' THEN waitlisted_at ELSE ? END,
         reason = ?, reason_quota_id = ?, updated_at = ?
       WHERE campaign_id = ? AND member_id IN (SELECT value FROM json_each(?))`,
      [at, d.reason, d.status === 'waitlisted' && d.reason === 'quotaFull' ? d.quotaId : null, at, campaignId, ids],
    );
  }
}

const decisionKey = (d: Decision) => JSON.stringify(d.status === 'qualified' ? { status: d.status } : d);

/**
 * The evaluation step: invited members with a screener record become screened; then screened
 * and waitlisted members are judged by the rules with the thresholds frozen at the start, and
 * qualified ones take places in their quotas. The waitlist goes first (longest waiting first),
 * then the newly screened in the order they were scored. One transaction.
 */
export async function fillCampaign(ctx: CallContext, campaignId: number) {
  const now = ctx.now();
  const at = now.toISOString();
  return ctx.db.writer.transaction(async (tx) => {
    const row = await loadCampaign(tx, campaignId);
    if (row.status !== 'running' && row.status !== 'paused') {
      throw new AppError('CONFLICT', `Campaign "${row.name}" is ${row.status}; only a started, open campaign can be filled.`, {
        key: 'errors.campaignNotOpen',
        params: { name: row.name, status: row.status },
      });
    }
    const screened = (
      await tx.run(
        `UPDATE campaign_member SET status = 'screened', screened_at = ?, updated_at = ?
         WHERE campaign_id = ? AND status = 'invited'
           AND EXISTS (SELECT 1 FROM trait_score ts WHERE ts.member_id = campaign_member.member_id AND ts.instrument_id = ?)`,
        [at, at, campaignId, OPENNESS_INSTRUMENT_ID],
      )
    ).changes;

    const thresholds = frozenThresholds(row);
    const context = await loadMemberFilterContext(tx);
    const rules = row.rules === null ? null : parseFilter(row.rules);
    const rulesSql = compileMemberFilter(rules, context, thresholds, 'rules');
    const quotas = await loadQuotas(tx, campaignId);
    const quotaSql = quotas.map((q, i) => compileMemberFilter(q.filter, context, thresholds, `quotas[${i}].filter`));
    const candidates = await tx.all<CandidateRow>(
      `SELECT cm.member_id, cm.status, ${CONTACTABLE_SQL} AS contactable, ${rulesSql.sql} AS passes, ts.score IS NULL AS unscored,
         json_array(${quotaSql.map((q) => q.sql).join(', ')}) AS quotas
       FROM campaign_member cm
       JOIN member m ON m.id = cm.member_id
       LEFT JOIN trait_score ts ON ts.member_id = m.id AND ts.instrument_id = ?
       WHERE cm.campaign_id = ? AND cm.status IN ('screened', 'waitlisted')
       ORDER BY cm.status = 'waitlisted' DESC, cm.waitlisted_at, ts.scored_at, cm.member_id`,
      [...rulesSql.params, ...quotaSql.flatMap((q) => q.params), OPENNESS_INSTRUMENT_ID, campaignId],
    );

    const fills = await tx.all<{ quota_id: number; n: number }>(
      'SELECT quota_id, count(*) AS n FROM campaign_member_quota WHERE campaign_id = ? GROUP BY quota_id',
      [campaignId],
    );
    const holding = (await tx.get<{ n: number }>("SELECT count(*) AS n FROM campaign_member WHERE campaign_id = ? AND status IN ('qualified', 'active')", [campaignId]))!.n;
    const filler = createQuotaFiller(
      quotas.map((q) => ({ id: q.id, target: q.target, filled: fills.find((f) => f.quota_id === q.id)?.n ?? 0 })),
      { target: row.target, filled: holding },
    );
    const rulesNeedScore = [...filterFields(rules)].some((f) => OPENNESS_FIELDS.includes(f));

    const groups = new Map<string, { decision: Decision; ids: number[] }>();
    const places: [number, number, number][] = [];
    const result = { screened, qualified: 0, waitlisted: 0, disqualified: { rules: 0, notScored: 0, notContactable: 0 }, stillWaitlisted: 0 };
    for (const c of candidates) {
      let d: Decision;
      if (!c.contactable) d = { status: 'disqualified', reason: 'notContactable' };
      else if (!c.passes) d = { status: 'disqualified', reason: c.unscored && rulesNeedScore ? 'notScored' : 'rules' };
      else {
        const matches = JSON.parse(c.quotas) as number[];
        d = filler.place(quotas.filter((_, i) => matches[i]).map((q) => q.id));
      }
      if (d.status === 'qualified') {
        result.qualified++;
        for (const quotaId of d.quotaIds) places.push([campaignId, c.member_id, quotaId]);
      } else if (d.status === 'waitlisted') {
        if (c.status === 'waitlisted') result.stillWaitlisted++;
        else result.waitlisted++;
      } else result.disqualified[d.reason as keyof typeof result.disqualified]++;
      const key = decisionKey(d);
      const group = groups.get(key) ?? { decision: d, ids: [] };
      group.ids.push(c.member_id);
      groups.set(key, group);
    }
    for (const { decision, ids } of groups.values()) await setStatus(tx, campaignId, ids, at, decision);
    await insertRows(tx, 'campaign_member_quota', ['campaign_id', 'member_id', 'quota_id'], places);
    await writeAudit(tx, { at: now, actor: ctx.actor, action: 'campaigns.fill', entity: 'campaign', entityId: campaignId, reason: null, details: result });
    return { ...result, campaign: await campaignView(tx, campaignId) };
  });
}
