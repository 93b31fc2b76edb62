import { filterFields } from '@model/filter/filter';
import { campaignTransitions, type CampaignStatus } from '@model/recruitment/campaign-status';
import { MIN_SCORED_FOR_BANDS, thresholdsFromTable } from '@model/recruitment/bands';
import { tableSize } from '@model/recruitment/percentiles';
import { AppError } from '../errors';
import { writeAudit } from '../audit';
import { campaignView, loadCampaign, loadQuotas, parseFilter } from './campaign-store';
import type { CallContext } from '../call-context';
import { opennessScoreTable } from '../members/openness-thresholds';

/**
 * Starts a draft: the panel's band thresholds are frozen into the campaign now, in the same
 * transaction, so members keep their band for the whole campaign whatever is imported later.
 */
export async function startCampaign(ctx: CallContext, campaignId: number) {
  const now = ctx.now();
  const at = now.toISOString();
  return ctx.db.writer.transaction(async (tx) => {
    const row = await loadCampaign(tx, campaignId);
    if (row.status !== 'draft') {
      throw new AppError('CONFLICT', `Campaign "${row.name}" has already started (it is ${row.status}).`, { key: 'errors.campaignAlreadyStarted', params: { name: row.name, status: row.status } });
    }
    const table = await opennessScoreTable(tx);
    const thresholds = thresholdsFromTable(table);
    const quotas = await loadQuotas(tx, campaignId);
    const usesBand = [row.rules === null ? null : parseFilter(row.rules), ...quotas.map((q) => q.filter)].some((f) => filterFields(f).has('opennessBand'));
    if (usesBand && !thresholds) {
      const scored = tableSize(table);
      throw new AppError(
        'CONFLICT',
        `Campaign "${row.name}" uses the openness band, which needs at least ${MIN_SCORED_FOR_BANDS} scored members; the panel has ${scored}. Use an openness score rule instead, or screen more members first.`,
        { key: 'errors.campaignNeedsBands', params: { name: row.name, min: MIN_SCORED_FOR_BANDS, scored } },
      );
    }
    await tx.run(
      `UPDATE campaign SET status = 'running', started_at = ?, updated_at = ?, thresholds_frozen_at = ?,
         threshold_p25 = ?, threshold_p75 = ?, threshold_scored = ?, threshold_method = ? WHERE id = ?`,
      [at, at, at, thresholds?.p25 ?? null, thresholds?.p75 ?? null, thresholds?.scored ?? null, thresholds?.method ?? null, campaignId],
    );
    await writeAudit(tx, { at: now, actor: ctx.actor, action: 'campaigns.start', entity: 'campaign', entityId: campaignId, reason: null, details: { thresholds } });
    return campaignView(tx, campaignId);
  });
}

export async function setCampaignStatus(ctx: CallContext, campaignId: number, status: CampaignStatus) {
  const now = ctx.now();
  const at = now.toISOString();
  return ctx.db.writer.transaction(async (tx) => {
    const row = await loadCampaign(tx, campaignId);
    if (!campaignTransitions[row.status].includes(status)) {
      const hint = row.status === 'draft' ? ' Start it with campaigns.start, which freezes the openness thresholds.' : '';
      throw new AppError('CONFLICT', `Campaign "${row.name}" is ${row.status} and cannot become ${status}.${hint}`, {
        key: 'errors.campaignTransition',
        params: { name: row.name, from: row.status, to: status },
      });
    }
    await tx.run('UPDATE campaign SET status = ?, updated_at = ?, closed_at = CASE WHEN ? = \'closed\' THEN ? ELSE closed_at END WHERE id = ?', [status, at, status, at, campaignId]);
    await writeAudit(tx, { at: now, actor: ctx.actor, action: 'campaigns.setStatus', entity: 'campaign', entityId: campaignId, reason: null, details: { from: row.status, to: status } });
    return campaignView(tx, campaignId);
  });
}
