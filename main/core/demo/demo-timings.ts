import type { Question, QuestionType } from '@model/survey/definition';
import type { Random } from './random';

/**
 * How long demo respondents take per question: a model of its own, deliberately not the length
 * estimator's (which adds reading time per word to an answering base per type), so comparing the
 * estimate with the demo's "observed" times is a check rather than an echo. Nothing here was tuned
 * to bring the two closer.
 *
 * - Form: log-normal item response times with a speed per respondent, the form of van der Linden
 *   (2006), "A lognormal model for response times on test items", J. Educational and Behavioral
 *   Statistics 31(2). The spreads (0.5 per answer, 0.3 per respondent, on the log scale) are our
 *   assumption: none of the sources below gives them.
 * - Means per type: First Line Research (2018), "Two fingers are better than one" (a research
 *   agency's blog, not peer reviewed: timings it captured in online surveys of healthcare
 *   professionals), on a keyboard: an open numeric question about 16 s on average, an open text
 *   question about 22 s, a multiple choice about twice a single choice, and single choice the
 *   quickest, below multiple choice and so under 8 s; the post's table with the single-choice figure
 *   is not quoted in its text, so 6 s is our assumption within that bound. Likert and NPS questions
 *   are one choice on a scale: taken as single choices (our assumption).
 * - Grids: "you can get data almost twice as fast with grids" (Thomas, Barlas, Graham and Subias,
 *   conference talk reported on the LoveStats blog, 2015; Couper, Traugott and Lamias 2001, Public
 *   Opinion Quarterly 65(2), also found grids slightly faster): a matrix row takes half a single
 *   choice, so a matrix's length is its rows.
 * - Smartphones: "using a smartphone instead of a desktop is expected to increase by 17% the
 *   geometric mean of item response times" (Andreadis 2015, "Comparison of response times between
 *   desktop and smartphone users", in Mobile Research Methods, Ubiquity Press): members tagged
 *   "mobile first" answer on their phones.
 * The means are turned into log-normal medians: median = mean / exp(σ²/2).
 */

const SIGMA_ANSWER = 0.5;
const SIGMA_RESPONDENT = 0.3;
const MEAN_TO_MEDIAN = Math.exp(-(SIGMA_ANSWER ** 2 + SIGMA_RESPONDENT ** 2) / 2);
const SMARTPHONE = 1.17;

const SINGLE_SECONDS = 6;
const MEAN_SECONDS: Record<Exclude<QuestionType, 'matrix'>, number> = {
  single: SINGLE_SECONDS,
  likert: SINGLE_SECONDS,
  nps: SINGLE_SECONDS,
  multi: 2 * SINGLE_SECONDS,
  number: 16,
  text: 22,
  longText: 22,
  info: SINGLE_SECONDS,
};

const meanSeconds = (q: Question) => (q.type === 'matrix' ? (q.rows.length * SINGLE_SECONDS) / 2 : MEAN_SECONDS[q.type]);

/** One respondent's pace: drawn once per response, it scales every answer (smartphones are slower). */
export function respondentPace(rng: Random, onSmartphone: boolean): number {
  return Math.exp(rng.normal(0, SIGMA_RESPONDENT)) * (onSmartphone ? SMARTPHONE : 1);
}

/** Milliseconds one respondent with this pace took on a question. */
export function answerMilliseconds(rng: Random, q: Question, pace: number): number {
  return Math.round(1000 * meanSeconds(q) * MEAN_TO_MEDIAN * pace * Math.exp(rng.normal(0, SIGMA_ANSWER)));
}
