import type { ValueCount } from '../recruitment/percentiles';
import { percentOf } from './choice-summary';

/**
 * Net Promoter Score of a 0–10 question: promoters answer 9–10, passives 7–8, detractors 0–6;
 * the score is % promoters − % detractors, from −100 to 100. Shares are of the 0–10 answers only:
 * "Don't know" and other non-substantive answers are counted but left out.
 */
export interface NpsGroup {
  count: number;
  /** Of the 0–10 answers; null when there are none. */
  percent: number | null;
}

export interface NpsSummary {
  /** All answers, non-substantive included. */
  base: number;
  /** Answers from 0 to 10. */
  scored: number;
  nonSubstantive: number;
  promoters: NpsGroup;
  passives: NpsGroup;
  detractors: NpsGroup;
  /** % promoters − % detractors; null when nobody scored. */
  score: number | null;
}

const PROMOTER_MIN = 9;
const PASSIVE_MIN = 7;

/**
 * @param scores counts of the answers 0–10 (each value a whole number from 0 to 10)
 * @param nonSubstantive answers outside the scale, such as "Don't know"
 */
export function npsSummary(scores: readonly ValueCount[], nonSubstantive = 0): NpsSummary {
  let [promoters, passives, detractors] = [0, 0, 0];
  for (const { value, count } of scores) {
    if (!Number.isInteger(value) || value < 0 || value > 10) throw new RangeError(`NPS answer ${value}; expected a whole number from 0 to 10`);
    if (value >= PROMOTER_MIN) promoters += count;
    else if (value >= PASSIVE_MIN) passives += count;
    else detractors += count;
  }
  const scored = promoters + passives + detractors;
  const group = (count: number): NpsGroup => ({ count, percent: percentOf(count, scored) });
  return {
    base: scored + nonSubstantive,
    scored,
    nonSubstantive,
    promoters: group(promoters),
    passives: group(passives),
    detractors: group(detractors),
    score: scored > 0 ? (100 * (promoters - detractors)) / scored : null,
  };
}
