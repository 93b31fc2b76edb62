import type { AnswerValue } from '@model/responses/answer-value';
import type { CallContext } from '../call-context';
import { checkedRows, questionOf } from './answer-check';
import { loadPublishedVersion } from './collectable-versions';
import { addTiming, answeredCount, loadDraft, replaceAnswer, touchResponse } from './response-store';

export interface AnswerRequest {
  responseId: string;
  questionId: string;
  value: AnswerValue;
  ms?: number | null;
}

/**
 * collect.answer: one question's answer rows replaced and its time added, in one transaction on the
 * writer, whose commit under synchronous=FULL has reached the disk when this returns. A value that
 * does not fit throws before anything is written (and the transaction rolls back regardless).
 */
export async function saveAnswer(ctx: CallContext, request: AnswerRequest) {
  const savedAt = ctx.now().toISOString();
  return ctx.db.writer.transaction(async (tx) => {
    const response = await loadDraft(tx, request.responseId);
    const { definition } = await loadPublishedVersion(tx, response.surveyVersionId);
    const question = questionOf(definition, request.questionId, ['questionId']);
    const rows = checkedRows(question, request.value, ['value']);
    await replaceAnswer(tx, response.id, question.id, rows);
    if (request.ms != null) await addTiming(tx, response.id, question.id, request.ms);
    await touchResponse(tx, response.id, savedAt);
    return { responseId: response.id, questionId: question.id, answered: await answeredCount(tx, response.id), savedAt };
  });
}
