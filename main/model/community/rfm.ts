/** The RFM groups, named as marketing practice names them; noPurchases: no transaction in the period. */
export const rfmGroups = ['champions', 'loyal', 'cannotLose', 'atRisk', 'newCustomers', 'potentialLoyalists', 'promising', 'needAttention', 'hibernating', 'lost'] as const;
export type RfmGroup = (typeof rfmGroups)[number];
export const NO_PURCHASES = 'noPurchases';
export const rfmGroupValues = [...rfmGroups, NO_PURCHASES] as const;

/** Inclusive score range, 1–5. */
export type ScoreRange = readonly [min: number, max: number];

/** A group's rule: the R, F (and M) scores its members have. */
export interface RfmRule {
  group: RfmGroup;
  r: ScoreRange;
  f: ScoreRange;
  m: ScoreRange | null;
}

/**
 * The rules in the order they are tried: a member is in the first group whose ranges hold its
 * scores. Together they cover every (R, F) pair, so every member with a purchase has a group.
 */
export const rfmRules: readonly RfmRule[] = [
  { group: 'champions', r: [4, 5], f: [4, 5], m: [4, 5] },
  { group: 'loyal', r: [3, 5], f: [4, 5], m: null },
  { group: 'cannotLose', r: [1, 1], f: [4, 5], m: null },
  { group: 'atRisk', r: [1, 2], f: [3, 5], m: null },
  { group: 'newCustomers', r: [5, 5], f: [1, 1], m: null },
  { group: 'potentialLoyalists', r: [4, 5], f: [2, 3], m: null },
  { group: 'promising', r: [4, 4], f: [1, 1], m: null },
  { group: 'needAttention', r: [3, 3], f: [1, 3], m: null },
  { group: 'hibernating', r: [2, 2], f: [1, 2], m: null },
  { group: 'lost', r: [1, 1], f: [1, 2], m: null },
];

const range = (letter: string, [min, max]: ScoreRange) => (min === max ? `${letter} = ${min}` : `${letter} ${min}–${max}`);

/** A rule as people read it: "R 4–5, F 4–5, M 4–5" (scores are quintiles, 5 the best fifth). */
export const rfmRuleText = (rule: RfmRule) => [range('R', rule.r), range('F', rule.f), ...(rule.m ? [range('M', rule.m)] : [])].join(', ');
