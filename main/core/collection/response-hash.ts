import { createHash } from 'node:crypto';

export interface AnswerRow {
  questionId: string;
  rowId: string | null;
  optionCode: string | null;
  num: number | null;
  text: string | null;
}

export interface ResponseContent {
  surveyVersionId: string;
  status: 'draft' | 'complete' | 'void';
  startedAt: string;
  completedAt: string | null;
  answers: readonly AnswerRow[];
}

const answerKey = (a: AnswerRow) => JSON.stringify([a.questionId, a.rowId, a.optionCode, a.num, a.text]);

/**
 * SHA-256 over a canonical form of a response (answers sorted), so the same response arriving
 * twice is recognised and the same id with other content is a conflict.
 */
export function hashResponseContent(content: ResponseContent): string {
  const canonical = JSON.stringify([
    content.surveyVersionId,
    content.status,
    content.startedAt,
    content.completedAt,
    content.answers.map(answerKey).sort(),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
