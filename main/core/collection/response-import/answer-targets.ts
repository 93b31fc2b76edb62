import type { AnswerTarget } from '@api/response-import';
import { OTHER_CODE, questionEntries, type Question, type SurveyDefinition } from '@model/survey/definition';

/** Questions that take answers (an information block takes none). */
export type AnswerableQuestion = Exclude<Question, { type: 'info' }>;
export const isAnswerable = (q: Question): q is AnswerableQuestion => q.type !== 'info';

const choices = (q: Question) => ('options' in q ? q.options.map((o) => ({ code: o.code, label: o.label })) : []);

/**
 * Every answer a column can fill, in questionnaire order: the question itself (a choice given as
 * codes or labels, a number, a text); a matrix row by row; a multiple choice also as one 0/1 column
 * per option; and the text of "Other, please specify" of a single or multiple choice.
 */
export function answerTargets(definition: SurveyDefinition): AnswerTarget[] {
  const targets: AnswerTarget[] = [];
  for (const { question: q } of questionEntries(definition)) {
    if (!isAnswerable(q)) continue;
    const target = (rowId: string | null, optionCode: string | null, partLabel: string | null, options = choices(q)): AnswerTarget => ({
      questionId: q.id,
      rowId,
      optionCode,
      type: q.type,
      questionText: q.text,
      partLabel,
      options,
    });
    if (q.type === 'matrix') {
      for (const row of q.rows) targets.push(target(row.id, null, row.label));
      continue;
    }
    targets.push(target(null, null, null));
    if (q.type === 'multi') for (const o of q.options) targets.push(target(null, o.code, o.label, []));
    else if (q.type === 'single') for (const o of q.options.filter((x) => x.code === OTHER_CODE)) targets.push(target(null, o.code, o.label, []));
  }
  return targets;
}

/** One key per target, so a mapping can tell two columns filling the same one. */
export const targetKey = (questionId: string, rowId: string | null, optionCode: string | null) => JSON.stringify([questionId, rowId, optionCode]);
