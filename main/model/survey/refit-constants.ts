import { frequencyTable, percentileOfTable } from '../recruitment/percentiles';
import type { Question, QuestionType, SurveyLanguage } from './definition';
import { DEFAULT_CONSTANTS, REFIT_MIN_QUESTIONS, REFIT_PARAMETERS, type EstimatorConstants, type RefitParameter } from './estimator-constants';
import { questionCost } from './question-cost';

/**
 * Fits the answering constants to a workspace's own respondents. The core feeds one observation
 * per question: its median time (from `answer_timing`). For each, the time left once the modelled
 * reading and the other answering terms are taken off is what the fitted parameter explains: the
 * base for most types, the per-row cost for a matrix (its rows carry its cost). The median of
 * those over a type's questions, clamped to the range in estimator-constants.ts, replaces the
 * default once at least REFIT_MIN_QUESTIONS questions of the type were observed. Reading rates
 * are not refitted: timings do not separate reading from answering.
 */
export interface TimingObservation {
  question: Question;
  language: SurveyLanguage;
  medianSeconds: number;
}

export interface FittedConstant {
  type: QuestionType;
  parameter: RefitParameter;
  value: number;
  /** Observed questions the median was taken over. */
  questions: number;
  /** The median fell outside the allowed range and was brought back to its edge. */
  clamped: boolean;
}

export interface Refit {
  constants: EstimatorConstants;
  fitted: FittedConstant[];
}

/** The value of `parameter` that would make the model meet this observation exactly. */
function implied(o: TimingObservation, parameter: RefitParameter, base: EstimatorConstants): number {
  const cost = questionCost(o.question, o.language, base);
  const multiplier = parameter === 'perRowSeconds' && o.question.type === 'matrix' ? o.question.rows.length : 1;
  const otherTerms = cost.answeringSeconds - base.answering[o.question.type][parameter] * multiplier;
  return (o.medianSeconds - cost.readingSeconds - otherTerms) / multiplier;
}

export function refitConstants(observations: readonly TimingObservation[], base: EstimatorConstants = DEFAULT_CONSTANTS): Refit {
  const answering = { ...base.answering };
  const fitted: FittedConstant[] = [];
  for (const [type, range] of Object.entries(REFIT_PARAMETERS) as [QuestionType, NonNullable<(typeof REFIT_PARAMETERS)[QuestionType]>][]) {
    const values = observations.filter((o) => o.question.type === type && Number.isFinite(o.medianSeconds)).map((o) => implied(o, range.parameter, base));
    if (values.length < REFIT_MIN_QUESTIONS) continue;
    const median = percentileOfTable(frequencyTable(values), 0.5)!;
    const value = Number(Math.min(range.max, Math.max(range.min, median)).toFixed(2));
    answering[type] = { ...answering[type], [range.parameter]: value };
    fitted.push({ type, parameter: range.parameter, value, questions: values.length, clamped: value !== Number(median.toFixed(2)) });
  }
  return { constants: { ...base, answering }, fitted };
}
