import type { FieldValue } from '../filter/evaluate';
import type { FieldCatalog, FieldSpec, Filter } from '../filter/filter';
import { optionsOf, questionEntries, type Question, type QuestionOf, type SurveyDefinition } from './definition';

/**
 * How display logic names answers in the one filter language: `answer:<questionId>`, and
 * `answer:<questionId>.<rowId>` for a matrix row. What each field is:
 *
 * | question          | field type | value                                         |
 * |-------------------|------------|-----------------------------------------------|
 * | single, likert    | enum       | the chosen option code (`other` for "Other")   |
 * | matrix (per row)  | enum       | the chosen scale code of that row              |
 * | multi             | set        | the chosen option codes (`has` / `hasNot`)     |
 * | nps, number       | number     | the number ("Don't know" on an NPS is empty)   |
 * | text, longText    | text       | the text                                       |
 * | info              | —          | no answer, no field                            |
 *
 * "Answered" is `notEmpty` (and "not answered" `isEmpty`), except for multi, whose set type has
 * only `has`/`hasNot`: there it is `has` any of its codes; answeredFilter writes either.
 */

const ANSWER_FIELD_PREFIX = 'answer:';

export const answerField = (questionId: string, rowId: string | null = null) =>
  `${ANSWER_FIELD_PREFIX}${questionId}${rowId === null ? '' : `.${rowId}`}`;

/** The question (and matrix row) an `answer:` field names, or null for any other field. */
export function parseAnswerField(field: string): { questionId: string; rowId: string | null } | null {
  if (!field.startsWith(ANSWER_FIELD_PREFIX)) return null;
  const [questionId = '', rowId = null, ...rest] = field.slice(ANSWER_FIELD_PREFIX.length).split('.');
  return questionId && rest.length === 0 ? { questionId, rowId } : null;
}

const codes = (q: Question) => optionsOf(q).map((o) => o.code);

/** The filter fields of one question: none for info, one per row for a matrix, else one. */
export function questionFields(q: Question): FieldCatalog {
  switch (q.type) {
    case 'single':
    case 'likert':
      return { [answerField(q.id)]: { type: 'enum', values: codes(q) } };
    case 'multi':
      return { [answerField(q.id)]: { type: 'set', values: codes(q) } };
    case 'matrix': {
      const spec: FieldSpec = { type: 'enum', values: codes(q) };
      return Object.fromEntries(q.rows.map((r) => [answerField(q.id, r.id), spec]));
    }
    case 'nps':
    case 'number':
      return { [answerField(q.id)]: { type: 'number' } };
    case 'text':
    case 'longText':
      return { [answerField(q.id)]: { type: 'text' } };
    case 'info':
      return {};
  }
}

/** The catalog display logic of this definition may name (the filter builder's fields, validateFilter's catalog). */
export const answerFieldCatalog = (definition: SurveyDefinition): FieldCatalog =>
  Object.assign({}, ...questionEntries(definition).map((e) => questionFields(e.question)));

/** A condition true when the question (or matrix row) was answered; for a whole matrix, when any row was. Null for info. */
export function answeredFilter(q: Question, rowId: string | null = null): Filter | null {
  if (q.type === 'info') return null;
  if (q.type === 'multi') return { field: answerField(q.id), op: 'has', value: codes(q) };
  if (q.type === 'matrix' && rowId === null) return { or: q.rows.map((r) => ({ field: answerField(q.id, r.id), op: 'notEmpty', value: null })) };
  return { field: answerField(q.id, rowId), op: 'notEmpty', value: null };
}

/** A Likert or matrix answer's score: its 1-based position among the substantive points; null for "Don't know" or an unknown code. */
export function scaleScore(q: QuestionOf<'likert' | 'matrix'>, code: string): number | null {
  const position = q.options.filter((o) => !o.nonSubstantive).findIndex((o) => o.code === code);
  return position < 0 ? null : position + 1;
}

/** One atomic answer as stored (DESIGN.md §3): a multi gives a row per chosen option, a matrix a row per row. */
export interface AnswerRow {
  questionId: string;
  rowId: string | null;
  optionCode: string | null;
  num: number | null;
  text: string | null;
}

/** Each answer field's value from a response's answer rows; fields without an answer read as null (empty). */
export function answerValues(definition: SurveyDefinition, rows: readonly AnswerRow[]): Map<string, FieldValue> {
  const types = new Map(questionEntries(definition).map((e) => [e.question.id, e.question.type]));
  const values = new Map<string, FieldValue>();
  for (const row of rows) {
    const type = types.get(row.questionId);
    const field = answerField(row.questionId, type === 'matrix' ? row.rowId : null);
    if (type === 'multi') {
      const chosen = values.get(field);
      if (row.optionCode !== null) values.set(field, [...(Array.isArray(chosen) ? chosen : []), row.optionCode]);
    } else if (type === 'nps' || type === 'number') values.set(field, row.num);
    else if (type === 'text' || type === 'longText') values.set(field, row.text);
    else if (type !== undefined && type !== 'info') values.set(field, row.optionCode);
  }
  return values;
}
