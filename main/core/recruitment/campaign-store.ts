import type { Campaign } from '@api/campaigns';
import { filterSchema, type Filter } from '@model/filter/filter';
import { campaignMemberStatuses, type CampaignStatus } from '@model/recruitment/campaign-status';
import { notFound } from '../errors';
import type { Queryable } from '../db/writer';

export interface CampaignRow {
  id: number;
  name: string;
  description: string | null;
  status: CampaignStatus;
  instrument_id: string;
  rules: string | null;
  target: number | null;
  threshold_p25: number | null;
  threshold_p75: number | null;
  threshold_scored: number | null;
  threshold_method: string | null;
  thresholds_frozen_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  closed_at: string | null;
}

export interface QuotaRow {
  id: number;
  label: string;
  filter: Filter;
  target: number;
}

/** Stored filters were validated on the way in; parsing again only restores the JSON to its type. */
export const parseFilter = (json: string): Filter => filterSchema.parse(JSON.parse(json));

export async function loadCampaign(db: Queryable, campaignId: number): Promise<CampaignRow> {
  const row = await db.get<CampaignRow>('SELECT * FROM campaign WHERE id = ?', [campaignId]);
  if (!row) throw notFound(`There is no campaign ${campaignId}.`, 'errors.campaignNotFound', { campaignId });
  return row;
}

export async function loadQuotas(db: Queryable, campaignId: number): Promise<QuotaRow[]> {
  const rows = await db.all<{ id: number; label: string; filter: string; target: number }>(
    'SELECT id, label, filter, target FROM campaign_quota WHERE campaign_id = ? ORDER BY position',
    [campaignId],
  );
  return rows.map((r) => ({ ...r, filter: parseFilter(r.filter) }));
}

/** The thresholds frozen at start; null before the start or when too few members were scored then. */
export const frozenThresholds = (row: CampaignRow) =>
  row.thresholds_frozen_at !== null && row.threshold_p25 !== null && row.threshold_p75 !== null
    ? { p25: row.threshold_p25, p75: row.threshold_p75, scored: row.threshold_scored ?? 0, method: row.threshold_method ?? '', frozenAt: row.thresholds_frozen_at }
    : null;

/** A campaign as the API shows it: rules, quotas with live fills, frozen thresholds and status counts. */
export async function campaignView(db: Queryable, campaignId: number): Promise<Campaign> {
  const row = await loadCampaign(db, campaignId);
  const quotas = await db.all<{ id: number; label: string; filter: string; target: number; filled: number; waitlisted: number }>(
    `SELECT q.id, q.label, q.filter, q.target,
       (SELECT count(*) FROM campaign_member_quota cmq WHERE cmq.quota_id = q.id) AS filled,
       (SELECT count(*) FROM campaign_member cm WHERE cm.campaign_id = q.campaign_id AND cm.status = 'waitlisted' AND cm.reason_quota_id = q.id) AS waitlisted
     FROM campaign_quota q WHERE q.campaign_id = ? ORDER BY q.position`,
    [campaignId],
  );
  const byStatus = await db.all<{ status: (typeof campaignMemberStatuses)[number]; n: number }>(
    'SELECT status, count(*) AS n FROM campaign_member WHERE campaign_id = ? GROUP BY status',
    [campaignId],
  );
  const counts = Object.fromEntries(campaignMemberStatuses.map((s) => [s, byStatus.find((b) => b.status === s)?.n ?? 0])) as Campaign['counts'];
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    status: row.status,
    instrumentId: row.instrument_id,
    rules: row.rules === null ? null : parseFilter(row.rules),
    target: row.target,
    quotas: quotas.map((q) => ({ ...q, filter: parseFilter(q.filter) })),
    thresholds: frozenThresholds(row),
    counts,
    filled: counts.qualified + counts.active,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    startedAt: row.started_at,
    closedAt: row.closed_at,
  };
}

export async function listCampaigns(db: Queryable, status: CampaignStatus | null): Promise<Campaign[]> {
  const ids = await db.all<{ id: number }>('SELECT id FROM campaign WHERE ? IS NULL OR status = ? ORDER BY created_at DESC, id DESC', [status, status]);
  const out: Campaign[] = [];
  for (const { id } of ids) out.push(await campaignView(db, id));
  return out;
}
