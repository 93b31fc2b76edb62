import { comparabilityBreaks, type ComparabilityBreak } from '@model/survey/comparability';
import { formatIssue } from '@model/survey/definition-issues';
import type { LengthEstimate } from '@model/survey/estimate-length';
import { limitMessage } from '@model/survey/length-limits';
import { validateDefinition } from '@model/survey/validate-definition';
import { writeAudit } from '../audit';
import type { CallContext } from '../call-context';
import { AppError } from '../errors';
import { markPublished, updateSurveyFields, type SurveyRow } from './survey-store';
import { draftOf, latestPublished, loadSurvey } from './survey-view';

/**
 * Publishing freezes the draft as a version respondents can answer. It must break no rule
 * (validateDefinition) and stay within the length limits, unless the researcher gives a reason to
 * override them: the reason is kept with the version and in the audit log. The comparability breaks
 * against the previous published version are stored with it.
 */

export interface Published {
  versionId: string;
  version: number;
  breaks: ComparabilityBreak[];
  overrideReason: string | null;
  estimate: LengthEstimate;
}

/** LIMIT, with the figures of each exceeded limit in params so the renderer can say it in the user's language. */
function overLimit(survey: SurveyRow, estimate: LengthEstimate): AppError {
  const message = limitMessage(estimate)!;
  const params: Record<string, string | number> = { title: survey.title };
  for (const c of message.limits) {
    params[c.kind] = c.value;
    params[`${c.kind}Limit`] = c.limit;
    params[`${c.kind}Excess`] = c.excess;
    params[`${c.kind}Costliest`] = c.costliest.map((q) => q.questionId).join(', ');
  }
  const kinds = message.limits.map((c) => c.kind);
  const key = kinds.length === 2 ? 'errors.surveyOverBothLimits' : kinds[0] === 'items' ? 'errors.surveyOverItemLimit' : 'errors.surveyOverMinuteLimit';
  return new AppError('LIMIT', `"${survey.title}" was not published. ${message.text} Shorten it, or publish it with a reason for the override.`, { key, params });
}

export async function publishSurvey(ctx: CallContext, request: { id: string; override?: { reason: string } }): Promise<Published> {
  return ctx.db.writer.transaction(async (tx) => {
    const { survey, versions, estimator } = await loadSurvey(tx, request.id);
    const draft = draftOf(versions);
    if (!draft) {
      throw new AppError('CONFLICT', `"${survey.title}" has no draft to publish: its latest version is published. Edit it to start a new one.`, {
        key: 'errors.surveyNothingToPublish',
        params: { title: survey.title },
      });
    }
    const issues = validateDefinition(draft.parsed);
    if (issues.length > 0) {
      const listed = issues.slice(0, 5).map(formatIssue).join('; ');
      throw new AppError('VALIDATION', `"${survey.title}" cannot be published while its definition has ${issues.length} problem(s): ${listed}.`, {
        key: 'errors.surveyInvalid',
        params: { title: survey.title, count: issues.length },
        issues,
      });
    }
    const estimate = estimator.estimate(draft.parsed);
    const overrideReason = request.override?.reason ?? null;
    if (estimate.status === 'over' && overrideReason === null) throw overLimit(survey, estimate);
    const previous = latestPublished(versions);
    const breaks = previous ? comparabilityBreaks(previous.parsed, draft.parsed) : [];
    const at = ctx.now();
    await markPublished(tx, draft.id, { at: at.toISOString(), by: ctx.actor, overrideReason, breaks });
    await updateSurveyFields(tx, survey.id, {}, at.toISOString());
    const exceeded = estimate.checks.filter((c) => c.status === 'over').map((c) => ({ kind: c.kind, value: c.value, limit: c.limit, excess: c.excess }));
    await writeAudit(tx, {
      at,
      actor: ctx.actor,
      action: overrideReason === null ? 'surveys.publish' : 'surveys.publishOverride',
      entity: 'survey_version',
      entityId: draft.id,
      reason: overrideReason,
      details: { surveyId: survey.id, version: draft.version, status: estimate.status, exceeded, breaks: breaks.length },
    });
    return { versionId: draft.id, version: draft.version, breaks, overrideReason, estimate };
  });
}
