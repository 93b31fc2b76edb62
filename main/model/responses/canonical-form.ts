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

/** An answer as the canonical form lists it (and a bundle carries it): [questionId, rowId, optionCode, num, text]. */
export type AnswerTuple = [questionId: string, rowId: string | null, optionCode: string | null, num: number | null, text: string | null];

const answerKey = (a: AnswerRow) => JSON.stringify([a.questionId, a.rowId, a.optionCode, a.num, a.text]);

/** The form of the content with its answers' keys (each answer's tuple as JSON), sorted here. */
const canonicalOf = (content: Omit<ResponseContent, 'answers'>, answerKeys: string[]) =>
  JSON.stringify([content.surveyVersionId, content.status, content.startedAt, content.completedAt, answerKeys.sort()]);

/**
 * The canonical form of a response, the text its SHA-256 content hash is taken over (in the core,
 * which has node:crypto): a JSON array of the version, status, start and completion times and the
 * answers, each answer as [questionId, rowId, optionCode, num, text], sorted, so the order rows were
 * written in does not matter. The same response arriving twice has the same form; the same id with
 * other content does not. Per-question timings, the device and the member link are not content.
 */
export function canonicalResponse(content: ResponseContent): string {
  return canonicalOf(content, content.answers.map(answerKey));
}

/**
 * The same form from answers already in tuple form (a bundle's records), without making an answer
 * row of each: a tuple's JSON is the answer's key.
 */
export function canonicalResponseOfTuples(content: Omit<ResponseContent, 'answers'>, answers: readonly AnswerTuple[]): string {
  return canonicalOf(content, answers.map((tuple) => JSON.stringify(tuple)));
}
