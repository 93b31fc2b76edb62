import type { Filter } from '@model/filter/filter';
import { OPENNESS_INSTRUMENT_ID } from '@model/openness';
import type { Tx } from '../db/writer';
import { AppError } from '../errors';
import { writeAudit } from '../audit';
import { campaignView, loadCampaign, loadQuotas } from './campaign-store';
import type { CallContext } from '../call-context';
import { compileMemberFilter, loadMemberFilterContext } from '../members/member-filter';

export interface QuotaInput {
  id?: number;
  label: string;
  filter: Filter;
  target: number;
}

export interface CampaignInput {
  name: string;
  description: string | null;
  rules: Filter | null;
  target: number | null;
  quotas: readonly QuotaInput[];
}

export type CampaignPatch = Partial<CampaignInput> & { campaignId: number };

/** Rules and quota segments must be valid member filters before they are stored. */
async function checkFilters(tx: Tx, rules: Filter | null | undefined, quotas: readonly QuotaInput[] | undefined) {
  const context = await loadMemberFilterContext(tx);
  compileMemberFilter(rules, context, null, 'rules');
  quotas?.forEach((q, i) => compileMemberFilter(q.filter, context, null, `quotas[${i}].filter`));
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function writeQuotas(tx: Tx, campaignId: number, quotas: readonly QuotaInput[]) {
  const existing = new Set((await loadQuotas(tx, campaignId)).map((q) => q.id));
  const unknown = quotas.find((q) => q.id !== undefined && !existing.has(q.id));
  if (unknown) {
    throw new AppError('VALIDATION', `Quota ${unknown.id} does not belong to campaign ${campaignId}; leave the id out to add a new quota.`, {
      key: 'errors.quotaNotInCampaign',
      params: { quotaId: unknown.id!, campaignId },
    });
  }
  const kept = new Set(quotas.flatMap((q) => (q.id === undefined ? [] : [q.id])));
  await tx.run('DELETE FROM campaign_quota WHERE campaign_id = ? AND id NOT IN (SELECT value FROM json_each(?))', [campaignId, JSON.stringify([...kept])]);
  // Positions are unique per campaign: move the kept ones out of the way before renumbering.
  await tx.run('UPDATE campaign_quota SET position = -1 - position WHERE campaign_id = ?', [campaignId]);
  for (const [position, q] of quotas.entries()) {
    if (q.id === undefined) {
      await tx.run('INSERT INTO campaign_quota (campaign_id, position, label, filter, target) VALUES (?, ?, ?, ?, ?)', [campaignId, position, q.label, JSON.stringify(q.filter), q.target]);
    } else {
      await tx.run('UPDATE campaign_quota SET position = ?, label = ?, filter = ?, target = ? WHERE id = ?', [position, q.label, JSON.stringify(q.filter), q.target, q.id]);
    }
  }
}

export async function createCampaign(ctx: CallContext, input: CampaignInput) {
  const now = ctx.now();
  const at = now.toISOString();
  return ctx.db.writer.transaction(async (tx) => {
    await checkFilters(tx, input.rules, input.quotas);
    const { lastID } = await tx.run(
      `INSERT INTO campaign (name, description, status, instrument_id, rules, target, created_by, created_at, updated_at)
       VALUES (?, ?, 'draft', ?, ?, ?, ?, ?, ?)`,
      [input.name, input.description, OPENNESS_INSTRUMENT_ID, input.rules && JSON.stringify(input.rules), input.target, ctx.actor, at, at],
    );
    await writeQuotas(tx, lastID, input.quotas);
    await writeAudit(tx, { at: now, actor: ctx.actor, action: 'campaigns.create', entity: 'campaign', entityId: lastID, reason: null, details: { quotas: input.quotas.length } });
    return campaignView(tx, lastID);
  });
}

/**
 * Drafts change freely. Once started, the rules and the quota segments are fixed (members were
 * judged by them); name, description, the overall target and quota labels and targets may change.
 */
export async function updateCampaign(ctx: CallContext, patch: CampaignPatch) {
  const now = ctx.now();
  return ctx.db.writer.transaction(async (tx) => {
    const row = await loadCampaign(tx, patch.campaignId);
    if (row.status === 'closed') {
      throw new AppError('CONFLICT', `Campaign "${row.name}" is closed and can no longer change.`, { key: 'errors.campaignClosed', params: { name: row.name } });
    }
    if (row.status !== 'draft') {
      const quotas = await loadQuotas(tx, row.id);
      const rulesChanged = patch.rules !== undefined && !sameJson(patch.rules, row.rules === null ? null : JSON.parse(row.rules));
      const segmentsChanged =
        patch.quotas !== undefined &&
        (patch.quotas.length !== quotas.length || patch.quotas.some((q, i) => q.id !== quotas[i]!.id || !sameJson(q.filter, quotas[i]!.filter)));
      if (rulesChanged || segmentsChanged) {
        throw new AppError(
          'CONFLICT',
          `Campaign "${row.name}" has started, so its rules and quota segments are fixed. Change only the name, description, overall target and quota labels or targets, or close it and start a new campaign.`,
          { key: 'errors.campaignStartedFixed', params: { name: row.name } },
        );
      }
    }
    await checkFilters(tx, patch.rules, patch.quotas);
    await tx.run(
      `UPDATE campaign SET
         name = coalesce(?, name),
         description = CASE WHEN ? THEN ? ELSE description END,
         rules = CASE WHEN ? THEN ? ELSE rules END,
         target = CASE WHEN ? THEN ? ELSE target END,
         updated_at = ?
       WHERE id = ?`,
      [
        patch.name ?? null,
        patch.description !== undefined ? 1 : 0, patch.description ?? null,
        patch.rules !== undefined ? 1 : 0, patch.rules ? JSON.stringify(patch.rules) : null,
        patch.target !== undefined ? 1 : 0, patch.target ?? null,
        now.toISOString(),
        row.id,
      ],
    );
    if (patch.quotas) await writeQuotas(tx, row.id, patch.quotas);
    await writeAudit(tx, {
      at: now,
      actor: ctx.actor,
      action: 'campaigns.update',
      entity: 'campaign',
      entityId: row.id,
      reason: null,
      details: { fields: Object.keys(patch).filter((k) => k !== 'campaignId') },
    });
    return campaignView(tx, row.id);
  });
}

export async function deleteCampaign(ctx: CallContext, campaignId: number) {
  const now = ctx.now();
  return ctx.db.writer.transaction(async (tx) => {
    const row = await loadCampaign(tx, campaignId);
    if (row.status !== 'draft') {
      throw new AppError('CONFLICT', `Campaign "${row.name}" has started; close it instead, so its invitations and statuses stay on record.`, {
        key: 'errors.campaignNotDraft',
        params: { name: row.name },
      });
    }
    await tx.run('DELETE FROM campaign WHERE id = ?', [campaignId]);
    await writeAudit(tx, { at: now, actor: ctx.actor, action: 'campaigns.delete', entity: 'campaign', entityId: campaignId, reason: null, details: null });
    return { campaignId };
  });
}
