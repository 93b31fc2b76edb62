import type { AnswerRow } from '@model/survey/answer-fields';
import type { SurveyDefinition } from '@model/survey/definition';
import { displayState } from '@model/survey/display-logic';

/**
 * Where a response goes on: the first question that display logic shows and that has no answer
 * (information blocks do not count); when every shown question has one, the last of them, so the
 * respondent can check and submit. Undefined for a survey without questions.
 */
export function resumeQuestionId(definition: SurveyDefinition, answers: readonly AnswerRow[]): string | undefined {
  const shown = displayState(definition, answers);
  const questions = definition.pages.flatMap((p) => p.questions).filter((q) => q.type !== 'info' && shown.questions[q.id]);
  const answered = new Set(answers.map((a) => a.questionId));
  return (questions.find((q) => !answered.has(q.id)) ?? questions.at(-1))?.id;
}
