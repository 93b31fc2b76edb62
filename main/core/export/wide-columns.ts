import type { ResponseExportInput } from '@api/export';
import type { AnswerRow } from '@model/survey/answer-fields';
import { OTHER_CODE, questionEntries, type SurveyDefinition } from '@model/survey/definition';
import type { CsvCell } from '@model/csv/csv-preview';
import { isAnswerable, type AnswerableQuestion } from '../collection/response-import/answer-targets';

/**
 * Which part of a question's answer a wide column holds: the answer itself (a choice, joined
 * choices, a number, a text), one matrix row, one option of a multiple choice as 0/1, or the typed
 * text of "Other, please specify".
 */
export type ColumnPart = { kind: 'value' } | { kind: 'row'; rowId: string; rowLabel: string } | { kind: 'option'; code: string; label: string } | { kind: 'otherText' };

export interface WideColumn {
  header: string;
  question: AnswerableQuestion;
  part: ColumnPart;
}

export type WideSettings = Pick<ResponseExportInput, 'multi' | 'values' | 'notShown' | 'notAnswered'>;

/**
 * The answer columns of a wide export, in questionnaire order, named as the response import reads
 * them back (suggest-columns.ts): `q`, a matrix row `q[row]`, an option of a multiple choice
 * `q[option]` (its "Other" column holds the typed text, else 1/0, as Kobo and LimeSurvey write it),
 * and the text of "Other" beside a single or joined multiple choice `q_other`.
 */
export function wideColumns(definition: SurveyDefinition, multi: WideSettings['multi']): WideColumn[] {
  const columns: WideColumn[] = [];
  for (const { question: q } of questionEntries(definition)) {
    if (!isAnswerable(q)) continue;
    if (q.type === 'matrix') {
      for (const r of q.rows) columns.push({ header: `${q.id}[${r.id}]`, question: q, part: { kind: 'row', rowId: r.id, rowLabel: r.label } });
      continue;
    }
    if (q.type === 'multi' && multi === 'flags') {
      for (const o of q.options) columns.push({ header: `${q.id}[${o.code}]`, question: q, part: { kind: 'option', code: o.code, label: o.label } });
      continue;
    }
    columns.push({ header: q.id, question: q, part: { kind: 'value' } });
    if ((q.type === 'single' || q.type === 'multi') && q.options.some((o) => o.code === OTHER_CODE)) columns.push({ header: `${q.id}_other`, question: q, part: { kind: 'otherText' } });
  }
  return columns;
}

/** An option's code or label, as the export asks. */
function optionText(q: AnswerableQuestion, code: string, values: WideSettings['values']): string {
  if (values === 'codes' || !('options' in q)) return code;
  return q.options.find((o) => o.code === code)?.label ?? code;
}

/** The text of an answer row as the long export and a single column write it: a choice's code or label, else the number or text. */
export function rowValue(q: AnswerableQuestion, row: AnswerRow, values: WideSettings['values']): CsvCell {
  if (row.optionCode !== null) return optionText(q, row.optionCode, values);
  return row.num ?? row.text;
}

/**
 * A wide column's cell for one response: `rows` are the question's answer rows. A question hidden
 * by display logic gives the not-shown code, one shown but left unanswered (or a matrix row left
 * out) the not-answered code.
 */
export function wideCell(column: WideColumn, rows: readonly AnswerRow[] | undefined, shown: boolean, s: WideSettings): CsvCell {
  if (!shown) return s.notShown;
  if (!rows || rows.length === 0) return s.notAnswered;
  const q = column.question;
  const part = column.part;
  switch (part.kind) {
    case 'row': {
      const row = rows.find((r) => r.rowId === part.rowId);
      return row ? rowValue(q, row, s.values) : s.notAnswered;
    }
    case 'option': {
      const row = rows.find((r) => r.optionCode === part.code);
      if (row && part.code === OTHER_CODE && row.text !== null) return row.text;
      return row ? 1 : 0;
    }
    case 'otherText':
      return rows.find((r) => r.optionCode === OTHER_CODE)?.text ?? null;
    case 'value':
      return rows.length === 1 ? rowValue(q, rows[0]!, s.values) : rows.map((r) => rowValue(q, r, s.values)).join(';');
  }
}
