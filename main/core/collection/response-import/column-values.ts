import { foldText } from '@model/fold-text';
import { OTHER_CODE, type QuestionOf, type SurveyOption } from '@model/survey/definition';
import { parseBoolean, parseNumber } from '../../files/csv-import/words';
import type { AnswerableQuestion } from './answer-targets';
import type { ResponseIssueCode } from './issues';

type Params = Record<string, string | number>;

const LISTED = 12;
const listed = (items: readonly string[]) => items.slice(0, LISTED).join(', ') + (items.length > LISTED ? `, … (${items.length})` : '');
const optionKey = (s: string) => foldText(s).trim().replace(/\s+/g, ' ');

/** Options by their code or label as a file may write them: the exact code, then code and label ignoring case, width and spaces. */
export class OptionLookup {
  private readonly byKey = new Map<string, string>();
  /** "1 (Very poor), 2 (Poor), …": what the messages say was expected. */
  readonly expected: string;

  constructor(readonly options: readonly SurveyOption[]) {
    for (const o of options) this.byKey.set(o.code, o.code);
    for (const o of options) if (!this.byKey.has(optionKey(o.code))) this.byKey.set(optionKey(o.code), o.code);
    for (const o of options) if (!this.byKey.has(optionKey(o.label))) this.byKey.set(optionKey(o.label), o.code);
    this.expected = listed(options.map((o) => (o.label === o.code ? o.code : `${o.code} (${o.label})`)));
  }

  code(value: string): string | null {
    return this.byKey.get(value) ?? this.byKey.get(optionKey(value)) ?? null;
  }
}

/** What a column holds, as the mapping and the version's question say. */
export type ColumnRole =
  /** A choice (single, Likert, multiple joined by `;`) or a matrix row, as codes or labels. */
  | { kind: 'choice'; question: QuestionOf<'single' | 'likert' | 'multi' | 'matrix'>; rowId: string | null; lookup: OptionLookup }
  /** One option of a multiple choice: 1/0. */
  | { kind: 'optionFlag'; question: QuestionOf<'multi'>; option: SurveyOption; lookup: OptionLookup }
  /** The text of "Other, please specify" (for a multiple choice also 1/0). */
  | { kind: 'otherText'; question: QuestionOf<'single' | 'multi'> }
  | { kind: 'nps'; question: QuestionOf<'nps'>; lookup: OptionLookup }
  | { kind: 'number'; question: QuestionOf<'number'> }
  | { kind: 'text'; question: QuestionOf<'text' | 'longText'> };

/** What one value of a column gives; shared between rows with the same value, so never changed once made. */
export type ValueOutcome =
  | { codes: readonly string[] }
  | { num: number }
  | { text: string }
  | { flag: boolean }
  | { error: ResponseIssueCode; params: Params };

const error = (code: ResponseIssueCode, params: Params = {}): ValueOutcome => ({ error: code, params });

/** The range a number question states, in symbols every language reads: "0–500", "≥ 0", "≤ 10", "any". */
function rangeOf(q: QuestionOf<'number'>): string {
  if (q.min !== null && q.max !== null) return `${q.min}–${q.max}`;
  if (q.min !== null) return `≥ ${q.min}`;
  return q.max !== null ? `≤ ${q.max}` : 'any';
}

function choiceOutcome(role: Extract<ColumnRole, { kind: 'choice' }>, value: string): ValueOutcome {
  const { question: q, lookup } = role;
  const whole = lookup.code(value);
  if (whole !== null) return { codes: [whole] };
  const parts = value.split(';').map((p) => p.trim()).filter((p) => p !== '');
  const codes = parts.map((p) => lookup.code(p));
  const unknown = parts.find((_, i) => codes[i] === null);
  if (parts.length < 2 || unknown !== undefined) return error('unknownOption', { questionId: q.id, expected: lookup.expected, ...(unknown !== undefined && parts.length > 1 ? { part: unknown } : {}) });
  const distinct = [...new Set(codes as string[])];
  if (q.type !== 'multi' && distinct.length > 1) return error('twoAnswers', { questionId: q.id, count: distinct.length, expected: lookup.expected });
  return { codes: distinct };
}

function npsOutcome(role: Extract<ColumnRole, { kind: 'nps' }>, value: string, decimalComma: boolean): ValueOutcome {
  const n = parseNumber(value, decimalComma);
  if (n !== null && Number.isInteger(n) && n >= 0 && n <= 10) return { num: n };
  const extra = role.lookup.code(value);
  if (extra !== null) return { codes: [extra] };
  return role.lookup.options.length ? error('npsInvalidOrOption', { questionId: role.question.id, expected: role.lookup.expected }) : error('npsInvalid', { questionId: role.question.id });
}

function numberOutcome(q: QuestionOf<'number'>, value: string, decimalComma: boolean): ValueOutcome {
  const n = parseNumber(value, decimalComma);
  const fault = n === null ? 'notANumber' : q.integer && !Number.isInteger(n) ? 'notAnInteger' : (q.min !== null && n < q.min) || (q.max !== null && n > q.max) ? 'numberOutOfRange' : null;
  return fault ? error(fault, { questionId: q.id, range: rangeOf(q) }) : { num: n! };
}

/** What a (trimmed, recoded, non-empty) value gives for its column. */
export function valueOutcome(role: ColumnRole, value: string, decimalComma: boolean): ValueOutcome {
  switch (role.kind) {
    case 'choice':
      return choiceOutcome(role, value);
    case 'optionFlag': {
      const flag = parseBoolean(value);
      if (flag !== null) return { flag };
      if (role.lookup.code(value) === role.option.code) return { flag: true };
      return error('notAFlag', { questionId: role.question.id, optionCode: role.option.code });
    }
    case 'otherText': {
      // A multiple choice's "Other" column may be a 1/0 column like the others (Kobo), or hold the text (LimeSurvey).
      const flag = role.question.type === 'multi' ? parseBoolean(value) : null;
      return flag !== null ? { flag } : { text: value };
    }
    case 'nps':
      return npsOutcome(role, value, decimalComma);
    case 'number':
      return numberOutcome(role.question, value, decimalComma);
    case 'text':
      return value.length > role.question.maxLength ? error('textTooLong', { questionId: role.question.id, length: value.length, max: role.question.maxLength }) : { text: value };
  }
}

/** Free text is its own each time; the other columns' values repeat. */
export const isMemoizable = (role: ColumnRole) => role.kind !== 'text' && role.kind !== 'otherText';

/** The role of a column that answers a question, as the mapping says (the plan has checked that it fits). */
export function roleFor(question: AnswerableQuestion, rowId: string | null, optionCode: string | null, lookups: (q: AnswerableQuestion) => OptionLookup): ColumnRole {
  switch (question.type) {
    case 'single':
    case 'multi':
      if (optionCode === OTHER_CODE) return { kind: 'otherText', question };
      if (optionCode !== null && question.type === 'multi') return { kind: 'optionFlag', question, option: question.options.find((o) => o.code === optionCode)!, lookup: lookups(question) };
      return { kind: 'choice', question, rowId: null, lookup: lookups(question) };
    case 'likert':
      return { kind: 'choice', question, rowId: null, lookup: lookups(question) };
    case 'matrix':
      return { kind: 'choice', question, rowId, lookup: lookups(question) };
    case 'nps':
      return { kind: 'nps', question, lookup: lookups(question) };
    case 'number':
      return { kind: 'number', question };
    case 'text':
    case 'longText':
      return { kind: 'text', question };
  }
}
