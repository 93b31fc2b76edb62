import { answerRows } from '@model/responses/answer-rows';
import type { AnswerRow } from '@model/survey/answer-fields';
import { questionEntries, type Question, type SurveyDefinition } from '@model/survey/definition';
import { AppError } from '../errors';

/**
 * A value given for a question, checked against the version's definition: the question must exist
 * and the value fit it (model/responses/answer-rows.ts). Misfits are VALIDATION with the issue's path
 * from `at` (e.g. ['value'] for collect.answer, ['answers', 2, 'value'] for responses.update).
 */

export function questionOf(definition: SurveyDefinition, questionId: string, at: (string | number)[]): Question {
  const entry = questionEntries(definition).find((e) => e.question.id === questionId);
  if (!entry) {
    throw new AppError('VALIDATION', `${questionId} is not a question of this survey version.`, {
      key: 'errors.questionMissing',
      params: { questionId },
      issues: [{ path: at, message: `no question ${questionId} in this version` }],
    });
  }
  return entry.question;
}

export function checkedRows(q: Question, value: unknown, at: (string | number)[]): AnswerRow[] {
  const result = answerRows(q, value);
  if (result.ok) return result.rows;
  const { problem } = result;
  throw new AppError('VALIDATION', problem.message, {
    key: `errors.answer.${problem.kind}`,
    params: problem.params,
    issues: [{ path: [...at, ...problem.path], message: problem.message }],
  });
}
