import { substantiveCodes } from '@model/stats/scale-summary';
import { questionEntries, type Question, type SurveyDefinition } from '@model/survey/definition';
import type { SqlValue } from '../db/connection';
import { AppError } from '../errors';

/**
 * A question (or a matrix row) as a variable of an analysis: which answer rows it reads, the
 * categories it has (closed questions, in the survey's order) and, for means, the score of an answer
 * (a number, an NPS from 0 to 10, a Likert point 1…k from the lowest substantive point). Options
 * marked exclusive or nonSubstantive are categories but have no score.
 */

export interface Category {
  /** The stored value: an option code, or an NPS score as text ("0"…"10"). */
  code: string;
  label: string;
  /** Counts in means, top-box and NPS. */
  substantive: boolean;
}

type AnswerableQuestion = Exclude<Question, { type: 'info' }>;

export interface QuestionVariable {
  question: AnswerableQuestion;
  rowId: string | null;
  /** Categories in order; empty for number and text questions. */
  categories: Category[];
  /** Several answers per respondent (multiple choice). */
  multiple: boolean;
  /** SQL over an answer row aliased `alias` giving its category (text), or null for number and text questions. */
  key(alias: string): string | null;
  /** SQL giving its score (NULL: no score), with the parameters it binds; null when answers have no score. */
  score(alias: string): { sql: string; params: SqlValue[] } | null;
}

const NPS_POINTS = Array.from({ length: 11 }, (_, i) => String(i));

const invalid = (message: string, key: string, params: Record<string, string | number>, path: (string | number)[]) =>
  new AppError('VALIDATION', message, { key, params, issues: [{ path, message }] });

/**
 * Finds a question (and row) of the definition: VALIDATION naming `path` when it has none, or a
 * matrix without its row (unless `wholeMatrix`: a summary reads every row).
 */
export function questionVariable(definition: SurveyDefinition, questionId: string, rowId: string | null, path: (string | number)[], wholeMatrix = false): QuestionVariable {
  const question = questionEntries(definition).find((e) => e.question.id === questionId)?.question;
  if (!question || question.type === 'info') {
    throw invalid(`${questionId} is not a question of this survey version.`, 'errors.analysisQuestionMissing', { questionId }, [...path, 'questionId']);
  }
  const rowMissing = question.type === 'matrix' ? !(question.rows.some((r) => r.id === rowId) || (wholeMatrix && rowId === null)) : rowId !== null;
  if (rowMissing) {
    const rows = question.type === 'matrix' ? question.rows.map((r) => r.id).join(', ') : '';
    throw invalid(
      question.type === 'matrix' ? `${questionId} is a matrix: name one of its rows (${rows}).` : `${questionId} has no rows.`,
      question.type === 'matrix' ? 'errors.analysisMatrixRow' : 'errors.analysisNoRows',
      { questionId, rows },
      [...path, 'rowId'],
    );
  }
  const options = 'options' in question ? question.options : [];
  const substantive = new Set(substantiveCodes(options));
  const optionCategories = options.map((o) => ({ code: o.code, label: o.label, substantive: substantive.has(o.code) }));
  const where = { question, rowId, multiple: question.type === 'multi' };
  switch (question.type) {
    case 'single':
    case 'multi':
      return { ...where, categories: optionCategories, key: (a) => `${a}.option_code`, score: () => null };
    case 'likert':
    case 'matrix': {
      const scale = substantiveCodes(options);
      return {
        ...where,
        categories: optionCategories,
        key: (a) => `${a}.option_code`,
        score: (a) => ({ sql: `CASE ${a}.option_code ${scale.map((_, i) => `WHEN ? THEN ${i + 1}`).join(' ')} END`, params: scale }),
      };
    }
    case 'nps':
      return {
        ...where,
        categories: [...NPS_POINTS.map((code) => ({ code, label: code, substantive: true })), ...optionCategories.map((c) => ({ ...c, substantive: false }))],
        // An NPS score is stored as a number; its extra answers ("Don't know") as option codes.
        key: (a) => `coalesce(CAST(CAST(${a}.num AS INTEGER) AS TEXT), ${a}.option_code)`,
        score: (a) => ({ sql: `${a}.num`, params: [] }),
      };
    case 'number':
      return { ...where, categories: [], key: () => null, score: (a) => ({ sql: `${a}.num`, params: [] }) };
    case 'text':
    case 'longText':
      return { ...where, categories: [], key: () => null, score: () => null };
  }
}

/** The answer rows of the variable in an answer row aliased `alias`, with their parameters. */
export const answersOf = (v: QuestionVariable, alias: string) => ({
  sql: `${alias}.question_id = ? AND ${alias}.row_id IS ?`,
  params: [v.question.id, v.rowId] as SqlValue[],
});
