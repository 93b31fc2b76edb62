import type { AnswerRow } from '@model/survey/answer-fields';
import type { Reads } from './survey-store';

/**
 * What the responses of one version recorded: per response its status, answer rows and per-question
 * timings (answer_timing, milliseconds). Void responses are left out everywhere.
 */
export interface ObservedResponse {
  id: string;
  complete: boolean;
  answers: AnswerRow[];
  /** Milliseconds by question id. */
  timings: Map<string, number>;
}

export async function observedResponses(db: Reads, versionId: string): Promise<ObservedResponse[]> {
  const responses = await db.all<{ id: string; status: string }>(
    "SELECT id, status FROM response WHERE survey_version_id = ? AND status <> 'void' ORDER BY id",
    [versionId],
  );
  const byId = new Map(responses.map((r): [string, ObservedResponse] => [r.id, { id: r.id, complete: r.status === 'complete', answers: [], timings: new Map() }]));
  const ofVersion = "response_id IN (SELECT id FROM response WHERE survey_version_id = ? AND status <> 'void')";
  const answers = await db.all<AnswerRow & { responseId: string }>(
    `SELECT response_id AS responseId, question_id AS questionId, row_id AS rowId, option_code AS optionCode, num, text FROM answer WHERE ${ofVersion}`,
    [versionId],
  );
  for (const { responseId, ...row } of answers) byId.get(responseId)?.answers.push(row);
  const timings = await db.all<{ responseId: string; questionId: string; ms: number }>(
    `SELECT response_id AS responseId, question_id AS questionId, ms FROM answer_timing WHERE ${ofVersion}`,
    [versionId],
  );
  for (const t of timings) byId.get(t.responseId)?.timings.set(t.questionId, t.ms);
  return [...byId.values()];
}

/** Seconds each complete response took per question, by question id (responses that timed it only). */
export async function completeTimings(db: Reads, versionId: string): Promise<Map<string, number[]>> {
  const rows = await db.all<{ questionId: string; ms: number }>(
    `SELECT t.question_id AS questionId, t.ms FROM answer_timing t JOIN response r ON r.id = t.response_id
     WHERE r.survey_version_id = ? AND r.status = 'complete'`,
    [versionId],
  );
  const byQuestion = new Map<string, number[]>();
  for (const r of rows) {
    const seconds = byQuestion.get(r.questionId);
    if (seconds) seconds.push(r.ms / 1000);
    else byQuestion.set(r.questionId, [r.ms / 1000]);
  }
  return byQuestion;
}
