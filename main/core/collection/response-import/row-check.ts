import type { ImportEncoding, ImportRejection } from '@api/csv-import';
import { OTHER_CODE, type QuestionOf } from '@model/survey/definition';
import type { AnswerRow } from '@model/survey/answer-fields';
import { applyRecode, cellIssue, MAX_VALUE_CHARS, recordIssue, ValueMemo } from '../../files/csv-import/cells';
import type { AnswerableQuestion } from './answer-targets';
import { isMemoizable, valueOutcome, type ValueOutcome } from './column-values';
import type { AnswerPlanColumn, CompiledMapping, FileColumn } from './import-plan';
import { rejection } from './issues';
import { parseTimestamp } from './timestamps';

/** A row that becomes a response once its member (if any) is found. */
export interface CheckedRow {
  row: number;
  /** The member cell as written (null: none). */
  member: string | null;
  startedAt: string | null;
  completedAt: string | null;
  answers: AnswerRow[];
}

export type RowOutcome = { checked: CheckedRow } | { skipped: true } | { errors: ImportRejection[] };

/** One column's value in a row, and what it gives. */
interface Given {
  column: AnswerPlanColumn;
  value: string;
  out: Exclude<ValueOutcome, { error: unknown }>;
}

const answer = (questionId: string, part: Partial<Omit<AnswerRow, 'questionId'>>): AnswerRow => ({
  questionId,
  rowId: part.rowId ?? null,
  optionCode: part.optionCode ?? null,
  num: part.num ?? null,
  text: part.text ?? null,
});

const codesOf = (g: Given): readonly string[] => ('codes' in g.out ? g.out.codes : []);

/** A single choice or Likert item: one code from however many columns give it, or "Other" with its text. */
function oneChoice(row: number, q: QuestionOf<'single' | 'likert'>, given: readonly Given[]): AnswerRow[] | ImportRejection {
  let first: Given | null = null;
  let other: Given | null = null;
  for (const g of given) {
    if ('text' in g.out) other = g;
    else if (first === null) first = g;
    else if (codesOf(g)[0] !== codesOf(first)[0]) {
      return rejection(row, g.column.name, g.value, 'twoAnswersAcross', { questionId: q.id, otherValue: first.value, otherColumn: first.column.name });
    }
  }
  const code = first ? codesOf(first)[0]! : null;
  if (other && code !== null && code !== OTHER_CODE) {
    return rejection(row, other.column.name, other.value, 'twoAnswersAcross', { questionId: q.id, otherValue: first!.value, otherColumn: first!.column.name });
  }
  if (other) return [answer(q.id, { optionCode: OTHER_CODE, text: 'text' in other.out ? other.out.text : null })];
  return code === null ? [] : [answer(q.id, { optionCode: code })];
}

/** A multiple choice: the options chosen across its columns (joined codes, 0/1 columns, "Other"), within its rules. */
function manyChoices(row: number, q: QuestionOf<'multi'>, given: readonly Given[]): AnswerRow[] | ImportRejection {
  const chosen = new Map<string, Given>();
  let otherText: string | null = null;
  for (const g of given) {
    if (g.column.role.kind === 'optionFlag') {
      if ('flag' in g.out && g.out.flag) chosen.set(g.column.role.option.code, g);
    } else if (g.column.role.kind === 'otherText') {
      if ('text' in g.out) otherText = g.out.text;
      if ('text' in g.out || ('flag' in g.out && g.out.flag)) chosen.set(OTHER_CODE, g);
    } else {
      for (const code of codesOf(g)) if (!chosen.has(code)) chosen.set(code, g);
    }
  }
  const last = [...chosen.values()].at(-1);
  const exclusive = q.options.find((o) => o.exclusive && chosen.has(o.code));
  if (exclusive && chosen.size > 1) {
    const g = chosen.get(exclusive.code)!;
    const others = [...chosen.keys()].filter((c) => c !== exclusive.code).join(', ');
    return rejection(row, g.column.name, g.value, 'exclusiveWithOthers', { questionId: q.id, optionCode: exclusive.code, others });
  }
  if (last && q.maxChoices !== null && chosen.size > q.maxChoices) return rejection(row, last.column.name, last.value, 'tooManyChoices', { questionId: q.id, count: chosen.size, max: q.maxChoices });
  if (last && q.minChoices !== null && chosen.size < q.minChoices) return rejection(row, last.column.name, last.value, 'tooFewChoices', { questionId: q.id, count: chosen.size, min: q.minChoices });
  return [...chosen.keys()].map((code) => answer(q.id, { optionCode: code, text: code === OTHER_CODE ? otherText : null }));
}

/** A question's answer rows from the values its columns give in one row (DESIGN.md §3), or why they do not fit together. */
function questionAnswers(row: number, q: AnswerableQuestion, given: readonly Given[]): AnswerRow[] | ImportRejection {
  switch (q.type) {
    case 'single':
    case 'likert':
      return oneChoice(row, q, given);
    case 'multi':
      return manyChoices(row, q, given);
    default:
      // One column per matrix row, else one for the question (the plan allows no more): its value is the answer.
      return given.map((g) => {
        const rowId = g.column.role.kind === 'choice' ? g.column.role.rowId : null;
        if ('num' in g.out) return answer(q.id, { num: g.out.num });
        if ('text' in g.out) return answer(q.id, { text: g.out.text });
        return answer(q.id, { rowId, optionCode: codesOf(g)[0]! });
      });
  }
}

/**
 * Checks one data row against the mapping: the values of its columns, how they fit their questions
 * together, the member cell and the timestamps. Every value that does not fit is reported with its
 * row, column and what was expected; a row without any answer is skipped.
 */
export class RowChecker {
  private readonly memos: (ValueMemo<ValueOutcome> | null)[];

  constructor(
    private readonly plan: CompiledMapping,
    private readonly width: number,
    private readonly encoding: ImportEncoding,
  ) {
    this.memos = plan.columns.map((c) => (isMemoizable(c.role) ? new ValueMemo((value) => valueOutcome(c.role, value, plan.decimalComma)) : null));
  }

  /** A cell's trimmed text, or a rejection for text no import takes; '' when empty. */
  private cell(row: number, fields: readonly string[], column: FileColumn, maxChars: number, errors: ImportRejection[]): string {
    const raw = fields[column.index]!.trim();
    const bad = raw === '' ? null : cellIssue(raw, this.encoding, maxChars);
    if (!bad) return raw;
    errors.push(rejection(row, column.name, bad.value, bad.code, bad.params));
    return '';
  }

  private timestamp(row: number, fields: readonly string[], column: FileColumn | null, errors: ImportRejection[]): string | null {
    if (!column) return null;
    const raw = this.cell(row, fields, column, MAX_VALUE_CHARS, errors);
    if (raw === '') return null;
    const at = parseTimestamp(raw);
    if (at === null) errors.push(rejection(row, column.name, raw, 'timestampInvalid'));
    return at;
  }

  check(row: number, fields: readonly string[], quoteError: boolean): RowOutcome {
    const unusable = recordIssue(fields, quoteError, this.width);
    if (unusable) return { errors: [rejection(row, null, null, ...unusable)] };
    const errors: ImportRejection[] = [];
    // Per question, the values its columns give (made for the questions this row answers).
    const given: (Given[] | undefined)[] = new Array(this.plan.questions.length);
    this.plan.columns.forEach((column, i) => {
      const maxChars = column.role.kind === 'text' ? Math.max(MAX_VALUE_CHARS, column.role.question.maxLength) : MAX_VALUE_CHARS;
      const raw = this.cell(row, fields, column, maxChars, errors);
      const value = raw === '' ? null : applyRecode(raw, column.recode);
      if (value === null) return;
      const out = this.memos[i]?.get(value) ?? valueOutcome(column.role, value, this.plan.decimalComma);
      if ('error' in out) errors.push(rejection(row, column.name, value, out.error, out.params));
      else (given[column.slot] ??= []).push({ column, value, out });
    });
    const answers: AnswerRow[] = [];
    this.plan.questions.forEach((q, slot) => {
      const values = given[slot];
      if (!values) return;
      const rows = questionAnswers(row, q, values);
      if (Array.isArray(rows)) answers.push(...rows);
      else errors.push(rows);
    });
    const { member: memberColumn } = this.plan;
    const member = memberColumn ? this.cell(row, fields, memberColumn, MAX_VALUE_CHARS, errors) || null : null;
    if (memberColumn && member === null && this.plan.memberRequired) errors.push(rejection(row, memberColumn.name, null, 'memberMissing'));
    const startedAt = this.timestamp(row, fields, this.plan.startedAt, errors);
    const completedAt = this.timestamp(row, fields, this.plan.completedAt, errors);
    if (startedAt && completedAt && completedAt < startedAt) errors.push(rejection(row, this.plan.completedAt!.name, completedAt, 'completedBeforeStarted', { startedAt }));
    if (errors.length) return { errors };
    if (answers.length === 0) return { skipped: true };
    return { checked: { row, member, startedAt, completedAt, answers } };
  }
}
