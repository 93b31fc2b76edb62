import type { AnswerRow } from '../survey/answer-fields';
import { OTHER_CODE, optionsOf, type Question, type QuestionOf } from '../survey/definition';
import type { AnswerValue, ChoiceAnswer } from './answer-value';

/**
 * An answer value (answer-value.ts) checked against its question and turned into the stored atomic
 * rows (DESIGN.md §3), and back. Rows come out in the question's order (options, matrix rows), so a
 * value read back is the value given, in that order. A value that does not fit is one problem naming
 * where in the value (path), what kind of misfit, and what was expected.
 */

export const answerProblemKinds = [
  'notAnswerable',
  'expectedCode',
  'expectedCodes',
  'expectedRows',
  'expectedNps',
  'expectedNumber',
  'expectedText',
  'notAnOption',
  'notARow',
  'duplicateChoice',
  'exclusiveWithOthers',
  'tooFewChoices',
  'tooManyChoices',
  'notAWholeNumber',
  'tooLow',
  'tooHigh',
  'tooLong',
] as const;
export type AnswerProblemKind = (typeof answerProblemKinds)[number];

export interface AnswerProblem {
  /** Inside the value: [] for the whole value, [index] in a multiple choice, [rowId] in a matrix. */
  path: (string | number)[];
  kind: AnswerProblemKind;
  params: Record<string, string | number>;
  /** English, naming the question and what was expected. */
  message: string;
}

export type AnswerRowsResult = { ok: true; rows: AnswerRow[] } | { ok: false; problem: AnswerProblem };

const NPS_MAX = 10;

const row = (q: Question, values: Partial<Omit<AnswerRow, 'questionId'>>): AnswerRow => ({
  questionId: q.id,
  rowId: null,
  optionCode: null,
  num: null,
  text: null,
  ...values,
});

const shown = (value: unknown) => (typeof value === 'string' ? `“${value}”` : JSON.stringify(value));
const list = (items: readonly string[]) => items.join(', ');

function problem(q: Question, kind: AnswerProblemKind, expected: string, params: Record<string, string | number> = {}, path: (string | number)[] = []): AnswerRowsResult {
  const at = path.length ? ` (at ${path.join('.')})` : '';
  return { ok: false, problem: { path, kind, params: { questionId: q.id, ...params }, message: `Answer to ${q.id}${at}: ${expected}.` } };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOther = (v: unknown): v is { code: 'other'; text: string } => isRecord(v) && v.code === OTHER_CODE;
/** "Other" keeps its typed text; an empty text is no text. */
const otherText = (text: string | undefined) => (text && text.trim() ? text : null);

/** One choice of a single, Likert or multiple-choice question: its row, or what is wrong with it. */
function choiceRow(q: QuestionOf<'single' | 'multi' | 'likert'>, choice: ChoiceAnswer | unknown, path: (string | number)[]): AnswerRowsResult {
  const codes = q.options.map((o) => o.code);
  const code = typeof choice === 'string' ? choice : isOther(choice) ? OTHER_CODE : null;
  if (code === null) {
    return problem(q, 'expectedCode', `expected an option code (${list(codes)})${codes.includes(OTHER_CODE) ? ' or { "code": "other", "text": … }' : ''}, not ${shown(choice)}`, { options: list(codes) }, path);
  }
  if (!codes.includes(code)) return problem(q, 'notAnOption', `${shown(code)} is not one of its options (${list(codes)})`, { value: code, options: list(codes) }, path);
  return { ok: true, rows: [row(q, { optionCode: code, text: code === OTHER_CODE && isOther(choice) ? otherText(choice.text) : null })] };
}

function multiRows(q: QuestionOf<'multi'>, value: unknown): AnswerRowsResult {
  if (!Array.isArray(value)) return problem(q, 'expectedCodes', `expected an array of option codes (${list(q.options.map((o) => o.code))}), not ${shown(value)}`, { options: list(q.options.map((o) => o.code)) });
  const chosen = new Map<string, AnswerRow>();
  for (const [i, choice] of value.entries()) {
    const one = choiceRow(q, choice, [i]);
    if (!one.ok) return one;
    const r = one.rows[0]!;
    if (chosen.has(r.optionCode!)) return problem(q, 'duplicateChoice', `${shown(r.optionCode)} is chosen twice`, { value: r.optionCode! }, [i]);
    chosen.set(r.optionCode!, r);
  }
  const exclusive = q.options.find((o) => o.exclusive && chosen.has(o.code));
  if (exclusive && chosen.size > 1) return problem(q, 'exclusiveWithOthers', `${shown(exclusive.code)} excludes every other option`, { value: exclusive.code });
  const counted = exclusive ? 0 : chosen.size;
  if (counted > 0 && q.minChoices !== null && counted < q.minChoices) return problem(q, 'tooFewChoices', `expected at least ${q.minChoices} options, not ${counted}`, { min: q.minChoices, count: counted });
  if (q.maxChoices !== null && counted > q.maxChoices) return problem(q, 'tooManyChoices', `expected at most ${q.maxChoices} options, not ${counted}`, { max: q.maxChoices, count: counted });
  return { ok: true, rows: q.options.flatMap((o) => chosen.get(o.code) ?? []) };
}

function matrixRows(q: QuestionOf<'matrix'>, value: unknown): AnswerRowsResult {
  const codes = q.options.map((o) => o.code);
  const rowIds = q.rows.map((r) => r.id);
  if (!isRecord(value) || isOther(value)) return problem(q, 'expectedRows', `expected an object of row ids (${list(rowIds)}) to scale codes (${list(codes)}), not ${shown(value)}`, { rows: list(rowIds), options: list(codes) });
  for (const [rowId, code] of Object.entries(value)) {
    if (!rowIds.includes(rowId)) return problem(q, 'notARow', `${shown(rowId)} is not one of its rows (${list(rowIds)})`, { row: rowId, rows: list(rowIds) }, [rowId]);
    if (typeof code !== 'string' || !codes.includes(code)) return problem(q, 'notAnOption', `${shown(code)} is not a point of its scale (${list(codes)})`, { value: String(code), options: list(codes) }, [rowId]);
  }
  return { ok: true, rows: q.rows.flatMap((r) => (typeof value[r.id] === 'string' ? [row(q, { rowId: r.id, optionCode: value[r.id] as string })] : [])) };
}

function npsRows(q: QuestionOf<'nps'>, value: unknown): AnswerRowsResult {
  const extras = q.options.map((o) => o.code);
  if (typeof value === 'string' && extras.includes(value)) return { ok: true, rows: [row(q, { optionCode: value })] };
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= NPS_MAX) return { ok: true, rows: [row(q, { num: value })] };
  const or = extras.length ? ` or one of ${list(extras)}` : '';
  return problem(q, 'expectedNps', `expected a whole number from 0 to ${NPS_MAX}${or}, not ${shown(value)}`, { options: list(extras) });
}

function numberRows(q: QuestionOf<'number'>, value: unknown): AnswerRowsResult {
  if (typeof value !== 'number' || !Number.isFinite(value)) return problem(q, 'expectedNumber', `expected a number, not ${shown(value)}`);
  if (q.integer && !Number.isInteger(value)) return problem(q, 'notAWholeNumber', `expected a whole number, not ${value}`, { value });
  if (q.min !== null && value < q.min) return problem(q, 'tooLow', `expected ${q.min} or more, not ${value}`, { min: q.min, value });
  if (q.max !== null && value > q.max) return problem(q, 'tooHigh', `expected ${q.max} or less, not ${value}`, { max: q.max, value });
  return { ok: true, rows: [row(q, { num: value })] };
}

function textRows(q: QuestionOf<'text' | 'longText'>, value: unknown): AnswerRowsResult {
  if (typeof value !== 'string') return problem(q, 'expectedText', `expected a text, not ${shown(value)}`);
  if (value.length > q.maxLength) return problem(q, 'tooLong', `expected at most ${q.maxLength} characters, not ${value.length}`, { max: q.maxLength, length: value.length });
  return { ok: true, rows: value.trim() ? [row(q, { text: value })] : [] };
}

/** The stored rows of a value given to a question; null, an empty text, array or matrix object is no answer (no rows). */
export function answerRows(q: Question, value: AnswerValue | unknown): AnswerRowsResult {
  if (value === null) return { ok: true, rows: [] };
  switch (q.type) {
    case 'info':
      return problem(q, 'notAnswerable', 'an information block takes no answer (only null)');
    case 'single':
    case 'likert':
      return choiceRow(q, value, []);
    case 'multi':
      return multiRows(q, value);
    case 'matrix':
      return matrixRows(q, value);
    case 'nps':
      return npsRows(q, value);
    case 'number':
      return numberRows(q, value);
    case 'text':
    case 'longText':
      return textRows(q, value);
  }
}

const choiceOf = (r: AnswerRow): ChoiceAnswer => (r.optionCode === OTHER_CODE && r.text !== null ? { code: OTHER_CODE, text: r.text } : r.optionCode!);

/** The value a question's stored rows stand for (the inverse of answerRows); null when there are none. */
export function answerValueOf(q: Question, rows: readonly AnswerRow[]): AnswerValue {
  if (rows.length === 0 || q.type === 'info') return null;
  const first = rows[0]!;
  switch (q.type) {
    case 'single':
    case 'likert':
      return choiceOf(first);
    case 'multi': {
      const order = optionsOf(q).map((o) => o.code);
      return [...rows].sort((a, b) => order.indexOf(a.optionCode!) - order.indexOf(b.optionCode!)).map(choiceOf);
    }
    case 'matrix':
      return Object.fromEntries(q.rows.flatMap((r) => rows.filter((a) => a.rowId === r.id && a.optionCode !== null).map((a) => [r.id, a.optionCode!])));
    case 'nps':
      return first.num ?? first.optionCode;
    case 'number':
      return first.num;
    case 'text':
    case 'longText':
      return first.text;
  }
}
