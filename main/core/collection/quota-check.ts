import { filterFields } from '@model/filter/filter';
import type { QuotaFullReason } from '@model/responses/response-kinds';
import type { SurveyDefinition } from '@model/survey/definition';
import type { SqlValue } from '../db/connection';
import type { Queryable } from '../db/writer';
import { AppError } from '../errors';
import { compileMemberFilter, loadMemberFilterContext } from '../members/member-filter';
import { frozenThresholds, loadCampaign, loadQuotas, type CampaignRow } from '../recruitment/campaign-store';

/**
 * Quotas are checked when a respondent qualifies: at collect.start when the member is known, and
 * again at collect.complete (several drafts may be in progress at once). What counts is complete
 * responses:
 * - the version's response cap (settings.responseCap): complete responses to this version;
 * - a campaign's overall target: complete responses to this survey (any version) counted for the campaign;
 * - a campaign quota (a member filter and a target): those of them whose member matches the filter,
 *   checked only when the respondent is a member who matches it (an anonymous respondent matches no segment).
 */

export interface QuotaFull {
  reason: QuotaFullReason;
  quota: { id: number; label: string } | null;
}

export interface QuotaSubject {
  surveyVersionId: string;
  surveyId: string;
  definition: SurveyDefinition;
  campaign: CampaignRow | null;
  memberId: number | null;
}

const count = async (db: Queryable, sql: string, params: readonly SqlValue[]) => (await db.get<{ n: number }>(sql, params))!.n;

/** A campaign a response may count against: it exists and is started and not closed. */
export async function openCampaign(db: Queryable, campaignId: number): Promise<CampaignRow> {
  const row = await loadCampaign(db, campaignId);
  if (row.status !== 'running' && row.status !== 'paused') {
    throw new AppError('CONFLICT', `Campaign "${row.name}" is ${row.status}; responses count against a started, open campaign only.`, {
      key: 'errors.campaignNotCollecting',
      params: { name: row.name, status: row.status },
    });
  }
  return row;
}

/** The first cap or quota this respondent would go over, or null when there is room. */
export async function quotaFullFor(db: Queryable, s: QuotaSubject): Promise<QuotaFull | null> {
  const cap = s.definition.settings.responseCap;
  if (cap !== null && (await count(db, "SELECT count(*) AS n FROM response WHERE survey_version_id = ? AND status = 'complete'", [s.surveyVersionId])) >= cap) {
    return { reason: 'responseCap', quota: null };
  }
  if (!s.campaign) return null;
  const counted = `FROM response r WHERE r.campaign_id = ? AND r.status = 'complete'
    AND r.survey_version_id IN (SELECT id FROM survey_version WHERE survey_id = ?)`;
  const campaignId = s.campaign.id;
  if (s.campaign.target !== null && (await count(db, `SELECT count(*) AS n ${counted}`, [campaignId, s.surveyId])) >= s.campaign.target) {
    return { reason: 'campaignTarget', quota: null };
  }
  if (s.memberId === null) return null;
  const quotas = await loadQuotas(db, campaignId);
  const context = await loadMemberFilterContext(db, quotas.flatMap((q) => [...filterFields(q.filter)]));
  const thresholds = frozenThresholds(s.campaign);
  for (const [i, q] of quotas.entries()) {
    const segment = compileMemberFilter(q.filter, context, thresholds, `quotas[${i}].filter`);
    const matches = await db.get(`SELECT 1 FROM member m WHERE m.id = ? AND (${segment.sql})`, [s.memberId, ...segment.params]);
    if (!matches) continue;
    const filled = await count(db, `SELECT count(*) AS n ${counted} AND r.member_id IN (SELECT m.id FROM member m WHERE ${segment.sql})`, [
      campaignId,
      s.surveyId,
      ...segment.params,
    ]);
    if (filled >= q.target) return { reason: 'quota', quota: { id: q.id, label: q.label } };
  }
  return null;
}
