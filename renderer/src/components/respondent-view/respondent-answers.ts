import type { AnswerRow } from '@model/survey/answer-fields';
import { OTHER_CODE, type Question, type SurveyOption } from '@model/survey/definition';
import { fill, type RespondentStrings } from '@renderer/i18n/locales/respondent';

/**
 * The respondent's answers as the stored atomic rows (DESIGN.md §3): one row per chosen option of a
 * multiple choice, one per matrix row, "other" with its typed text. Pure helpers the view and
 * its tests share: the rows of one question, building rows from a choice, and what is wrong with
 * an answer before the respondent may go on.
 */

export const answerRow = (questionId: string, values: Partial<Omit<AnswerRow, 'questionId'>>): AnswerRow => ({
  questionId,
  rowId: null,
  optionCode: null,
  num: null,
  text: null,
  ...values,
});

export const rowsOf = (answers: readonly AnswerRow[], questionId: string) => answers.filter((a) => a.questionId === questionId);

/** Answers with one question's rows replaced (kept in the order questions were first answered). */
export function replaceRows(answers: readonly AnswerRow[], questionId: string, rows: readonly AnswerRow[]): AnswerRow[] {
  const at = answers.findIndex((a) => a.questionId === questionId);
  const rest = answers.filter((a) => a.questionId !== questionId);
  rest.splice(at < 0 ? rest.length : Math.min(at, rest.length), 0, ...rows);
  return rest;
}

/** A multiple choice ticked or unticked: an exclusive option ("None of these") clears the others, and any other clears it. */
export function toggleChoice(options: readonly SurveyOption[], chosen: readonly string[], code: string, on: boolean): string[] {
  if (!on) return chosen.filter((c) => c !== code);
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.code));
  if (exclusive.has(code)) return [code];
  return [...chosen.filter((c) => !exclusive.has(c) && c !== code), code];
}

/** A number as typed (a decimal comma reads as a point); null when it is no number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

const hasAnswer = (rows: readonly AnswerRow[]) => rows.some((r) => r.optionCode !== null || r.num !== null || (r.text !== null && r.text.trim() !== ''));

/**
 * What keeps the respondent from going on, in the survey's language, or null. `typed` is the raw
 * text of a number field (which may not be a number yet).
 */
export function answerProblem(q: Question, rows: readonly AnswerRow[], strings: RespondentStrings, typed?: string): string | null {
  if (q.type === 'info') return null;
  if (q.type === 'number' && typed !== undefined && typed.trim() !== '') {
    const n = parseNumber(typed);
    if (n === null) return strings.notANumber;
    if (q.integer && !Number.isInteger(n)) return strings.notAWholeNumber;
    if (q.min !== null && n < q.min) return fill(strings.tooLow, { min: q.min });
    if (q.max !== null && n > q.max) return fill(strings.tooHigh, { max: q.max });
  }
  if (q.type === 'matrix' && q.required && hasAnswer(rows) && q.rows.some((r) => !rows.some((a) => a.rowId === r.id && a.optionCode !== null))) {
    return strings.matrixRowsMissing;
  }
  if ('required' in q && q.required && !hasAnswer(rows)) return strings.required;
  if (rows.some((r) => r.optionCode === OTHER_CODE && !(r.text ?? '').trim())) return strings.otherText;
  if ((q.type === 'text' || q.type === 'longText') && (rows[0]?.text ?? '').length > q.maxLength) return fill(strings.tooLong, { max: q.maxLength });
  if (q.type === 'multi' && rows.length > 0) {
    const chosen = rows.filter((r) => r.optionCode !== null && !q.options.find((o) => o.code === r.optionCode)?.exclusive).length;
    if (chosen > 0 && q.minChoices !== null && chosen < q.minChoices) return fill(strings.tooFewChoices, { min: q.minChoices });
    if (q.maxChoices !== null && chosen > q.maxChoices) return fill(strings.tooManyChoices, { max: q.maxChoices });
  }
  return null;
}

/** A stable shuffle for randomised options and rows: the same seed gives the same order. */
export function seededOrder<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: small and good enough to vary an order.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Randomised options keep "Other", exclusive and non-substantive options at the end, where respondents look for them. */
export function randomisedOptions(options: readonly SurveyOption[], seed: number): SurveyOption[] {
  const fixed = (o: SurveyOption) => o.code === OTHER_CODE || o.exclusive || o.nonSubstantive;
  return [...seededOrder(options.filter((o) => !fixed(o)), seed), ...options.filter(fixed)];
}
