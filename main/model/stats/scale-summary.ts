import { choiceSummary, percentOf, type OptionCount, type OptionShare } from './choice-summary';
import { numericSummary, type NumericSummary } from './numeric-summary';

/**
 * Summary of a Likert question or a matrix row. Every point is counted and shown; the mean,
 * median, standard deviation and top-2-box use only the substantive points, scored 1…k by their
 * position from the lowest to the highest (as the survey lists them), and only the answers on
 * them: "Don't know" and other non-substantive answers are left out.
 */
export interface ScaleSummary {
  /** Respondents who answered, non-substantive answers included; the base of `options`. */
  base: number;
  options: OptionShare[];
  /** Answers on the substantive points, scored 1…k: n, mean, median, sample sd (n − 1). */
  scores: NumericSummary;
  /**
   * The two highest substantive points, as a share of the substantive answers; null unless the
   * scale has 5 or 7 substantive points (top-2-box is defined for those).
   */
  topTwoBox: { count: number; percent: number | null } | null;
}

const TOP_BOX_SCALE_POINTS = [5, 7];

/** The codes of the options that count in means, top-box and NPS: neither `exclusive` nor `nonSubstantive`, in the given order. */
export const substantiveCodes = (options: readonly { code: string; exclusive: boolean; nonSubstantive: boolean }[]): string[] =>
  options.filter((o) => !o.exclusive && !o.nonSubstantive).map((o) => o.code);

/**
 * @param counts every point's count, in display order (codes not in `scale` are non-substantive)
 * @param scale the substantive codes from the lowest point to the highest
 */
export function scaleSummary(counts: readonly OptionCount[], scale: readonly string[]): ScaleSummary {
  const base = counts.reduce((sum, o) => sum + o.count, 0);
  const { options } = choiceSummary(counts, base);
  const countOf = new Map(counts.map((o) => [o.code, o.count]));
  const table = scale.map((code, i) => ({ value: i + 1, count: countOf.get(code) ?? 0 }));
  const scores = numericSummary(table);
  const top = table.slice(-2).reduce((sum, row) => sum + row.count, 0);
  return {
    base,
    options,
    scores,
    topTwoBox: TOP_BOX_SCALE_POINTS.includes(scale.length) ? { count: top, percent: percentOf(top, scores.n) } : null,
  };
}
