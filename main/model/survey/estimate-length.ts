import { effectiveLimits, questionEntries, type Limits, type QuestionType, type SurveyDefinition } from './definition';
import { DEFAULT_CONSTANTS, type EstimatorConstants } from './estimator-constants';
import { checkLimits, type LimitCheck, type LimitStatus } from './length-limits';
import { questionCost } from './question-cost';

/**
 * The length estimate of a survey, the same code live in the designer and in the core at publish
 * (`surveys.estimate` returns it as it is). Per question and in total: items and seconds, against
 * the limits. A question behind display logic (its own or its page's) counts at the share of
 * respondents who see it when that share was observed (`visibility`, from responses); without an
 * observation it counts in full, and `visibility` says which was used. A question without logic is
 * always seen, whatever was observed.
 */
export type Visibility = 'always' | 'observed' | 'assumed-all';

export interface QuestionEstimate {
  questionId: string;
  pageId: string;
  type: QuestionType;
  /** Items and seconds weighted by visibilityShare: what the question adds to the totals. */
  items: number;
  seconds: number;
  /** For a respondent who sees the question. */
  readingSeconds: number;
  answeringSeconds: number;
  visibilityShare: number;
  visibility: Visibility;
}

export interface EstimateOptions {
  /** Default: the survey's own limits, else the workspace defaults (25 items, 20 minutes). */
  limits?: Limits;
  constants?: EstimatorConstants;
  /** Observed share (0–1) of respondents who saw each question, by question id. */
  visibility?: Readonly<Record<string, number>>;
}

export interface LengthEstimate {
  items: number;
  seconds: number;
  minutes: number;
  perQuestion: QuestionEstimate[];
  limits: Limits;
  status: LimitStatus;
  /** One per limit: value, share, excess, status and the three costliest questions. */
  checks: LimitCheck[];
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function estimateLength(definition: SurveyDefinition, options: EstimateOptions = {}): LengthEstimate {
  const constants = options.constants ?? DEFAULT_CONSTANTS;
  const limits = options.limits ?? effectiveLimits(definition);
  let items = 0;
  let seconds = 0;
  const entries = questionEntries(definition);
  const perQuestion = entries.map(({ question: q, page }): QuestionEstimate => {
    const cost = questionCost(q, definition.language, constants);
    const observed = options.visibility?.[q.id];
    const conditional = q.showIf !== null || page.showIf !== null;
    const visibility: Visibility = !conditional ? 'always' : observed === undefined ? 'assumed-all' : 'observed';
    const share = visibility === 'observed' ? Math.min(1, Math.max(0, observed!)) : 1;
    items += cost.items * share;
    seconds += (cost.readingSeconds + cost.answeringSeconds) * share;
    return {
      questionId: q.id,
      pageId: page.id,
      type: q.type,
      items: round(cost.items * share, 2),
      seconds: round((cost.readingSeconds + cost.answeringSeconds) * share, 1),
      readingSeconds: round(cost.readingSeconds, 1),
      answeringSeconds: round(cost.answeringSeconds, 1),
      visibilityShare: share,
      visibility,
    };
  });
  const totals = { items: round(items, 2), seconds: round(seconds, 1), minutes: round(seconds / 60, 2) };
  const costs = perQuestion.map((q, i) => ({ questionId: q.questionId, text: entries[i]!.question.text, items: q.items, seconds: q.seconds }));
  const { status, checks } = checkLimits({ items: totals.items, minutes: totals.minutes }, limits, costs);
  return { ...totals, perQuestion, limits, status, checks };
}
