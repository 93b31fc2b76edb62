import { questionEntries } from '@model/survey/definition';
import { percentile } from '@model/recruitment/percentiles';
import { refitConstants, type TimingObservation } from '@model/survey/refit-constants';
import type { CallContext } from '../call-context';
import { readWorkspaceEstimator, storeRefittedConstants } from './estimator-settings';
import { completeTimings } from './observed-timings';
import { readStoredDefinition } from './stored-definition';
import { readSurveys, readVersions } from './survey-store';

/**
 * Fits the estimator's answering constants to this workspace's respondents (model/refit-constants.ts):
 * one observation per question of every published version with complete responses, its median
 * timing. A question counts once at least MIN_TIMED_RESPONSES complete responses timed it (a median
 * of two or three is noise). The fit always starts from the sourced defaults, so refitting again
 * does not compound an earlier fit.
 */
const MIN_TIMED_RESPONSES = 5;

export async function refitWorkspaceConstants(ctx: CallContext, request: { apply: boolean }) {
  const db = ctx.db.reader;
  const { constants: current } = await readWorkspaceEstimator(db);
  const titles = new Map((await readSurveys(db)).map((s) => [s.id, s.title]));
  const observations: TimingObservation[] = [];
  for (const v of await readVersions(db)) {
    if (v.publishedAt === null || v.complete === 0) continue;
    const definition = readStoredDefinition(v.definition, { title: titles.get(v.surveyId) ?? v.surveyId, version: v.version });
    const timings = await completeTimings(db, v.id);
    for (const { question } of questionEntries(definition)) {
      const seconds = timings.get(question.id) ?? [];
      if (seconds.length >= MIN_TIMED_RESPONSES) observations.push({ question, language: definition.language, medianSeconds: percentile(seconds, 0.5)! });
    }
  }
  const refit = refitConstants(observations);
  // Nothing fitted (too few timed questions of every type) leaves the constants as they are.
  const applied = request.apply && refit.fitted.length > 0;
  if (applied) await storeRefittedConstants(ctx, { constants: refit.constants, fitted: refit.fitted });
  return { applied, current, proposed: refit.constants, fitted: refit.fitted, observations: observations.length };
}
