import { answerRows } from '@model/responses/answer-rows';
import type { AnswerValue } from '@model/responses/answer-value';
import type { AnswerRow } from '@model/survey/answer-fields';
import { questionEntries, type Question, type SurveyDefinition } from '@model/survey/definition';
import { createPiping } from '@model/survey/piping';

/** The questions that take an answer, in the survey's order (information blocks left out). */
export const answerableQuestions = (definition: SurveyDefinition): Question[] =>
  questionEntries(definition).flatMap(({ question }) => (question.type === 'info' ? [] : [question]));

/** Answers as responses.get gives them, turned back into the stored rows (piping and the answer editor take rows). */
export function storedRows(definition: SurveyDefinition, answers: readonly { questionId: string; value: AnswerValue }[]): AnswerRow[] {
  const questions = new Map(questionEntries(definition).map((e) => [e.question.id, e.question]));
  return answers.flatMap(({ questionId, value }) => {
    const q = questions.get(questionId);
    const rows = q ? answerRows(q, value) : null;
    return rows?.ok ? rows.rows : [];
  });
}

/** Question texts as the respondent read them: piped with this response's answers. */
export const responsePiping = (definition: SurveyDefinition, answers: readonly { questionId: string; value: AnswerValue }[]) =>
  createPiping(definition, storedRows(definition, answers));

/** Each question's answer by its id (null: none). */
export const answerOf = (answers: readonly { questionId: string; value: AnswerValue }[], questionId: string): AnswerValue =>
  answers.find((a) => a.questionId === questionId)?.value ?? null;
