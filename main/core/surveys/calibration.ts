import type { SurveyCalibration } from '@api/surveys';
import { questionEntries } from '@model/survey/definition';
import { displayState } from '@model/survey/display-logic';
import { percentile } from '@model/recruitment/percentiles';
import type { CallContext } from '../call-context';
import { completeTimings, observedResponses, type ObservedResponse } from './observed-timings';
import { versionMissing } from './survey-store';
import { latestPublished, loadSurvey } from './survey-view';

/**
 * The estimate beside what respondents did, for one version. Definitions (README, "Calibration"):
 *
 * - started: responses to the version that are not void (complete or still in progress);
 * - a response reached a question when it is complete, or when it has an answer or a timing for
 *   that question or a later one (questionnaire order);
 * - observed median time: the median (linear interpolation, as Excel's MEDIAN) of answer_timing
 *   over the complete responses that timed the question; in total, over complete responses, of the
 *   sum of their timings;
 * - notReachedShare = (started − reached) / started; notAnsweredShare = (started − answered) /
 *   started; leftAtShare = responses still in progress whose furthest question is this one, / started;
 * - shown: complete responses in which display logic (displayState on their answers) showed the
 *   question, or that answered it; visibilityShare = shown / complete. The estimate uses it for
 *   questions behind display logic; with no complete response it counts them in full and says so.
 */

const median = (values: readonly number[]) => percentile(values, 0.5);
const round = (value: number | null, digits = 1) => (value === null ? null : Number(value.toFixed(digits)));
const shareOf = (count: number, of: number) => (of === 0 ? null : round(count / of, 4));

/** The position of the furthest question a response answered or timed; -1 for none. */
function furthest(response: ObservedResponse, order: Map<string, number>): number {
  let far = -1;
  for (const a of response.answers) far = Math.max(far, order.get(a.questionId) ?? -1);
  for (const questionId of response.timings.keys()) far = Math.max(far, order.get(questionId) ?? -1);
  return far;
}

export async function surveyCalibration(ctx: CallContext, request: { id: string; versionId?: string }): Promise<SurveyCalibration> {
  const db = ctx.db.reader;
  const { survey, versions, estimator } = await loadSurvey(db, request.id);
  const version = request.versionId === undefined ? (latestPublished(versions) ?? versions[0]!) : versions.find((v) => v.id === request.versionId);
  if (!version) throw versionMissing(survey.id, request.versionId!);
  const definition = version.parsed;
  const entries = questionEntries(definition);
  const order = new Map(entries.map((e) => [e.question.id, e.order]));
  const responses = await observedResponses(db, version.id);
  const timings = await completeTimings(db, version.id);
  const records = responses.map((r) => ({
    complete: r.complete,
    furthest: furthest(r, order),
    answered: new Set(r.answers.map((a) => a.questionId)),
    // What display logic showed, for complete responses only (an unfinished one never met the rest).
    shown: r.complete ? displayState(definition, r.answers).questions : null,
  }));
  const complete = responses.filter((r) => r.complete);

  const counts = entries.map(({ question: q, order: k }) => ({
    reached: records.filter((r) => r.complete || r.furthest >= k).length,
    answered: records.filter((r) => r.answered.has(q.id)).length,
    shown: records.filter((r) => r.shown && (r.shown[q.id] || r.answered.has(q.id))).length,
    leftAt: records.filter((r) => !r.complete && r.furthest === k).length,
  }));
  const visibility = complete.length === 0 ? undefined : Object.fromEntries(entries.map((e, i) => [e.question.id, counts[i]!.shown / complete.length]));
  const estimate = estimator.estimate(definition, { visibility });
  const started = responses.length;

  const totals = complete.flatMap((r) => (r.timings.size ? [[...r.timings.values()].reduce((sum, ms) => sum + ms, 0) / 1000] : []));
  const observedTotal = round(median(totals));
  return {
    surveyId: survey.id,
    versionId: version.id,
    version: version.version,
    completeResponses: complete.length,
    startedResponses: started,
    perQuestion: entries.map(({ question: q }, i) => {
      const c = counts[i]!;
      const seconds = timings.get(q.id) ?? [];
      const estimated = estimate.perQuestion[i]!;
      return {
        questionId: q.id,
        type: q.type,
        estimateSeconds: round(estimated.readingSeconds + estimated.answeringSeconds)!,
        observedMedianSeconds: round(median(seconds)),
        timedResponses: seconds.length,
        started,
        reached: c.reached,
        answered: c.answered,
        shown: c.shown,
        visibilityShare: shareOf(c.shown, complete.length),
        notReachedShare: shareOf(started - c.reached, started),
        notAnsweredShare: shareOf(started - c.answered, started),
        leftAtShare: shareOf(c.leftAt, started),
      };
    }),
    total: {
      estimateSeconds: estimate.seconds,
      observedMedianSeconds: observedTotal,
      errorShare: observedTotal ? round((estimate.seconds - observedTotal) / observedTotal, 4) : null,
    },
    estimate,
    visibilityObserved: visibility !== undefined,
  };
}
