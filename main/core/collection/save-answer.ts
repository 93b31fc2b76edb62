import type { AnswerValue } from '@model/responses/answer-value';
import type { CallContext } from '../call-context';
import { checkedRows, questionOf } from './answer-check';
import { answeredDefinition } from './collectable-versions';
import { addTiming, replaceAnswer, touchDraft } from './response-store';

export interface AnswerRequest {
  responseId: string;
  questionId: string;
  value: AnswerValue;
  ms?: number | null;
}

/**
 * collect.answer: one question's answer rows replaced and its time added, in one transaction on the
 * writer, whose commit under synchronous=FULL has reached the disk when this returns. A value that
 * does not fit throws and the transaction rolls back: nothing is written.
 */
export async function saveAnswer(ctx: CallContext, request: AnswerRequest) {
  const savedAt = ctx.now().toISOString();
  return ctx.db.writer.transaction(async (tx) => {
    const draft = await touchDraft(tx, request.responseId, savedAt);
    const definition = await answeredDefinition(tx, draft.surveyVersionId);
    const question = questionOf(definition, request.questionId, ['questionId']);
    const rows = checkedRows(question, request.value, ['value']);
    const { hadAnswer } = await replaceAnswer(tx, request.responseId, question.id, rows);
    if (request.ms != null) await addTiming(tx, request.responseId, question.id, request.ms);
    const answered = draft.answeredBefore - (hadAnswer ? 1 : 0) + (rows.length > 0 ? 1 : 0);
    return { responseId: request.responseId, questionId: question.id, answered, savedAt };
  });
}
