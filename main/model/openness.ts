/**
 * IPIP Big-Five Factor Markers, Intellect/Imagination (openness) scale: 10 items answered 1–5.
 * Items 2, 4 and 6 are reverse-keyed. A score is the mean of the keyed answers, computed only
 * when at least 8 of the 10 items were answered.
 */
export const OPENNESS_INSTRUMENT_ID = 'ipip-openness';
export const OPENNESS_ITEM_COUNT = 10;
export const OPENNESS_REVERSE_KEYED: readonly number[] = [2, 4, 6];
export const OPENNESS_MIN_ANSWERED = 8;
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export interface OpennessScore {
  /** null: not scored (fewer than OPENNESS_MIN_ANSWERED items answered). */
  score: number | null;
  answered: number;
}

const isAnswer = (v: number | null | undefined): v is number => v != null && Number.isInteger(v) && v >= SCALE_MIN && v <= SCALE_MAX;

/** The keyed value of one answer: reverse-keyed items count 6 − answer. */
export const keyedAnswer = (item: number, value: number) => (OPENNESS_REVERSE_KEYED.includes(item) ? SCALE_MIN + SCALE_MAX - value : value);

/** answers[i] is item i+1; values outside 1–5 (e.g. 0 = missed) count as missing. */
export function scoreOpenness(answers: readonly (number | null | undefined)[]): OpennessScore {
  let sum = 0;
  let answered = 0;
  for (let item = 1; item <= OPENNESS_ITEM_COUNT; item++) {
    const value = answers[item - 1];
    if (!isAnswer(value)) continue;
    sum += keyedAnswer(item, value);
    answered++;
  }
  return { score: answered >= OPENNESS_MIN_ANSWERED ? sum / answered : null, answered };
}
