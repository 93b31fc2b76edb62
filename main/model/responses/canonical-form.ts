import type { AnswerRow } from '../survey/answer-fields';
import type { ResponseStatus } from './response-kinds';

/** What a response's content hash covers: the version, the status, its times and its answers. */
export interface ResponseContent {
  surveyVersionId: string;
  status: ResponseStatus;
  startedAt: string;
  completedAt: string | null;
  answers: readonly AnswerRow[];
}

const answerKey = (a: AnswerRow) => JSON.stringify([a.questionId, a.rowId, a.optionCode, a.num, a.text]);

/**
 * The canonical form of a response, the text its SHA-256 content hash is taken over (in the core,
 * which has node:crypto): a JSON array of the version, status, start and completion times and the
 * answers, each answer as [questionId, rowId, optionCode, num, text], sorted, so the order rows were
 * written in does not matter. The same response arriving twice has the same form; the same id with
 * other content does not. Per-question timings, the device and the member link are not content.
 */
export function canonicalResponse(content: ResponseContent): string {
  return JSON.stringify([content.surveyVersionId, content.status, content.startedAt, content.completedAt, content.answers.map(answerKey).sort()]);
}
