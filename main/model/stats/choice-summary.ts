/**
 * Counts and percentages of a choice question's options. Percentages are of the respondents who
 * answered the question (the base), so a single choice adds up to 100 % and a multiple choice can
 * add up to more. Every option is shown, "None of these" and "Don't know" included.
 */
export interface OptionCount {
  code: string;
  count: number;
}

export interface OptionShare extends OptionCount {
  /** 100 · count / base; null when nobody answered. */
  percent: number | null;
}

export interface ChoiceSummary {
  /** Respondents who answered the question. */
  base: number;
  options: OptionShare[];
}

export const percentOf = (count: number, base: number): number | null => (base > 0 ? (100 * count) / base : null);

export function choiceSummary(counts: readonly OptionCount[], base: number): ChoiceSummary {
  counts.forEach(({ code, count }) => {
    if (!Number.isInteger(count) || count < 0 || count > base) throw new RangeError(`option "${code}" has count ${count}; expected a whole number from 0 to the base (${base})`);
  });
  return { base, options: counts.map(({ code, count }) => ({ code, count, percent: percentOf(count, base) })) };
}
