import { randomUUID } from 'node:crypto';
import { createPiping } from '@model/survey/piping';
import type { CallContext } from '../call-context';
import type { Queryable } from '../db/writer';
import { AppError } from '../errors';
import { memberNotFound } from '../panel/member-detail';
import { loadPublishedVersion, type CollectableVersion } from './collectable-versions';
import { workspaceDeviceId } from './device-id';
import { openCampaign, quotaFullFor, type QuotaFull } from './quota-check';

export interface StartRequest {
  surveyVersionId: string;
  memberId?: number | null;
  memberCode?: string | null;
  deviceId?: string | null;
  campaignId?: number | null;
}

/** What the respondent sees instead of the survey: the survey's quota-full message (piped), or null for the standard text. */
export const quotaFullAnswer = (v: CollectableVersion, full: QuotaFull, answers: Parameters<typeof createPiping>[1] = []) => {
  const message = v.definition.settings.quotaFullMessage;
  return { status: 'quotaFull' as const, ...full, message: message === null ? null : createPiping(v.definition, answers)(message) };
};

/** The member the respondent is, by id or member code; an erased member cannot respond. */
async function respondent(db: Queryable, request: StartRequest): Promise<number | null> {
  if (request.memberId == null && request.memberCode == null) return null;
  const member = await db.get<{ id: number; erased: number }>(
    'SELECT id, erased_at IS NOT NULL AS erased FROM member WHERE ' + (request.memberId != null ? 'id = ?' : 'code = ?'),
    [request.memberId ?? request.memberCode!.toUpperCase()],
  );
  if (!member) {
    throw request.memberId != null
      ? memberNotFound(request.memberId)
      : new AppError('NOT_FOUND', `No member has the code ${request.memberCode}.`, { key: 'errors.memberCodeUnknown', params: { code: request.memberCode! } });
  }
  if (member.erased) {
    throw new AppError('CONFLICT', `Member ${member.id} was erased on request and cannot take part.`, { key: 'errors.memberErased', params: { memberId: member.id } });
  }
  return member.id;
}

/** The survey's identification setting decides whether a member is required, allowed or refused. */
function checkIdentification(v: CollectableVersion, memberId: number | null) {
  const mode = v.definition.settings.identification;
  if (mode === 'member' && memberId === null) {
    throw new AppError('VALIDATION', `“${v.title}” asks who the respondent is: give memberId or memberCode.`, {
      key: 'errors.respondentRequired',
      params: { title: v.title },
      issues: [{ path: ['memberId'], message: 'this survey requires a member (identification: member)' }],
    });
  }
  if (mode === 'anonymous' && memberId !== null) {
    throw new AppError('VALIDATION', `“${v.title}” is anonymous: a response to it is never linked to a member.`, {
      key: 'errors.respondentAnonymous',
      params: { title: v.title },
      issues: [{ path: ['memberId'], message: 'this survey is anonymous (identification: anonymous); leave the member out' }],
    });
  }
}

/**
 * collect.start: a draft response to a published version, or the quota-full answer when the
 * respondent is over the response cap or a campaign quota (nothing is written then).
 */
export async function startResponse(ctx: CallContext, request: StartRequest) {
  const at = ctx.now().toISOString();
  return ctx.db.writer.transaction(async (tx) => {
    const v = await loadPublishedVersion(tx, request.surveyVersionId);
    const memberId = await respondent(tx, request);
    checkIdentification(v, memberId);
    const campaign = request.campaignId == null ? null : await openCampaign(tx, request.campaignId);
    const full = await quotaFullFor(tx, { surveyVersionId: v.surveyVersionId, surveyId: v.surveyId, definition: v.definition, campaign, memberId });
    if (full) return { ...quotaFullAnswer(v, full), responseId: null };
    const responseId = randomUUID();
    const deviceId = request.deviceId ?? (await workspaceDeviceId(tx));
    await tx.run(
      "INSERT INTO response (id, survey_version_id, member_id, campaign_id, status, device_id, started_at, updated_at) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?)",
      [responseId, v.surveyVersionId, memberId, campaign?.id ?? null, deviceId, at, at],
    );
    return { status: 'started' as const, responseId, surveyVersionId: v.surveyVersionId, memberId, deviceId, startedAt: at };
  });
}
