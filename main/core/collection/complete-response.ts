import type { AnswerRow } from '@model/survey/answer-fields';
import { displayState } from '@model/survey/display-logic';
import { questionEntries, type Question, type SurveyDefinition } from '@model/survey/definition';
import { createPiping } from '@model/survey/piping';
import type { CallContext } from '../call-context';
import type { Tx } from '../db/writer';
import { AppError } from '../errors';
import { loadPublishedVersion } from './collectable-versions';
import { creditCompletion } from './points-ledger';
import { raiseFlags, readFlags } from './quality-flags';
import { openCampaign, quotaFullFor } from './quota-check';
import { loadDraft, readAnswerRows, settleResponse } from './response-store';
import { quotaFullAnswer } from './start-response';

/** A required question is answered when it has a row; a required matrix when every row has one. */
function answered(q: Question, rows: readonly AnswerRow[]): boolean {
  const own = rows.filter((r) => r.questionId === q.id);
  if (q.type === 'matrix') return q.rows.every((row) => own.some((r) => r.rowId === row.id && r.optionCode !== null));
  return own.length > 0;
}

/** Required questions that display logic shows and that have no answer: completing is refused, naming them. */
function checkRequired(definition: SurveyDefinition, rows: readonly AnswerRow[]) {
  const shown = displayState(definition, rows).questions;
  const missing = questionEntries(definition)
    .map((e) => e.question)
    .filter((q) => q.type !== 'info' && q.required && shown[q.id] && !answered(q, rows));
  if (missing.length === 0) return;
  const ids = missing.map((q) => q.id).join(', ');
  throw new AppError('VALIDATION', `Required questions are not answered: ${ids}.`, {
    key: 'errors.requiredUnanswered',
    params: { questions: ids, count: missing.length },
    issues: missing.map((q) => ({ path: ['answers', q.id], message: q.type === 'matrix' ? 'required: answer every row' : 'required' })),
  });
}

/** The campaign a response counts against, if it is still open; a closed campaign no longer caps it. */
const campaignOf = async (tx: Tx, campaignId: number | null) => (campaignId === null ? null : openCampaign(tx, campaignId).catch(() => null));

/**
 * collect.complete: the required answers, then the cap and quotas at the moment the respondent
 * qualifies (over them, the response is set aside as void with its answers kept), then status
 * complete with its content hash, quality flags and the survey's reward points, in one transaction.
 */
export async function completeResponse(ctx: CallContext, responseId: string) {
  const at = ctx.now().toISOString();
  return ctx.db.writer.transaction(async (tx) => {
    const response = await loadDraft(tx, responseId);
    const v = await loadPublishedVersion(tx, response.surveyVersionId);
    const rows = await readAnswerRows(tx, responseId);
    checkRequired(v.definition, rows);
    const full = await quotaFullFor(tx, {
      surveyVersionId: v.surveyVersionId,
      surveyId: v.surveyId,
      definition: v.definition,
      campaign: await campaignOf(tx, response.campaignId),
      memberId: response.memberId,
    });
    if (full) {
      await settleResponse(tx, response, { status: 'void', completedAt: null, voidCause: full.reason === 'responseCap' ? 'responseCap' : 'quotaFull', at });
      return { ...quotaFullAnswer(v, full, rows), responseId };
    }
    const { contentHash } = await settleResponse(tx, response, { status: 'complete', completedAt: at, voidCause: null, at });
    await raiseFlags(tx, response, at);
    const pointsAwarded = response.memberId === null ? 0 : await creditCompletion(tx, { memberId: response.memberId, responseId, points: v.definition.settings.rewardPoints, at });
    const endMessage = v.definition.settings.endMessage;
    return {
      status: 'complete' as const,
      responseId,
      completedAt: at,
      contentHash,
      pointsAwarded,
      flags: (await readFlags(tx, [responseId])).get(responseId)!,
      endMessage: endMessage === null ? null : createPiping(v.definition, rows)(endMessage),
    };
  });
}
