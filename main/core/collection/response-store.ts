import type { AnswerRow } from '@model/survey/answer-fields';
import type { ResponseStatus, VoidCause } from '@model/responses/response-kinds';
import { insertRows } from '../db/batch-insert';
import type { Queryable, Tx } from '../db/writer';
import { AppError } from '../errors';
import { hashResponseContent } from './response-hash';

/** The response tables (SQL only here and in the other collection modules): response, answer, answer_timing. */

export interface ResponseRow {
  id: string;
  surveyVersionId: string;
  memberId: number | null;
  campaignId: number | null;
  status: ResponseStatus;
  voidCause: VoidCause | null;
  deviceId: string;
  startedAt: string;
  completedAt: string | null;
  updatedAt: string;
  contentHash: string | null;
  replacedHashes: string;
}

export const RESPONSE_COLUMNS = `r.id, r.survey_version_id AS surveyVersionId, r.member_id AS memberId, r.campaign_id AS campaignId, r.status,
  r.void_cause AS voidCause, r.device_id AS deviceId, r.started_at AS startedAt, r.completed_at AS completedAt,
  coalesce(r.updated_at, r.completed_at, r.started_at) AS updatedAt, r.content_hash AS contentHash, r.replaced_hashes AS replacedHashes`;

const responseMissing = (responseId: string) =>
  new AppError('NOT_FOUND', `There is no response ${responseId} in this workspace.`, { key: 'errors.responseMissing', params: { responseId } });

export async function loadResponse(db: Queryable, responseId: string): Promise<ResponseRow> {
  const row = await db.get<ResponseRow>(`SELECT ${RESPONSE_COLUMNS} FROM response r WHERE r.id = ?`, [responseId]);
  if (!row) throw responseMissing(responseId);
  return row;
}

/** A draft, or CONFLICT naming what it is now (complete or void: answers can no longer be given). */
export async function loadDraft(db: Queryable, responseId: string): Promise<ResponseRow> {
  const row = await loadResponse(db, responseId);
  if (row.status !== 'draft') {
    throw new AppError('CONFLICT', `Response ${responseId} is ${row.status}, not a draft: it takes no more answers.`, {
      key: row.status === 'complete' ? 'errors.responseAlreadyComplete' : 'errors.responseVoid',
      params: { responseId },
    });
  }
  return row;
}

const ANSWER_TABLE_COLUMNS = ['response_id', 'question_id', 'row_id', 'option_code', 'num', 'text'];
const ANSWER_COLUMNS = 'question_id AS questionId, row_id AS rowId, option_code AS optionCode, num, text';

export const readAnswerRows = (db: Queryable, responseId: string) =>
  db.all<AnswerRow>(`SELECT ${ANSWER_COLUMNS} FROM answer WHERE response_id = ? ORDER BY rowid`, [responseId]);

/** Answer rows of many responses, by response id. */
export async function readAnswerRowsOf(db: Queryable, responseIds: readonly string[]): Promise<Map<string, AnswerRow[]>> {
  const rows = await db.all<AnswerRow & { responseId: string }>(
    `SELECT response_id AS responseId, ${ANSWER_COLUMNS} FROM answer WHERE response_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`,
    [JSON.stringify(responseIds)],
  );
  const byResponse = new Map<string, AnswerRow[]>(responseIds.map((id) => [id, []]));
  for (const { responseId, ...row } of rows) byResponse.get(responseId)!.push(row);
  return byResponse;
}

/**
 * One question's answer rows replaced (none: the answer cleared); answers whether it had an answer
 * before. Prepared statements: this is collect.answer's path.
 */
export async function replaceAnswer(tx: Tx, responseId: string, questionId: string, rows: readonly AnswerRow[]): Promise<{ hadAnswer: boolean }> {
  const { changes } = await (await tx.cached('DELETE FROM answer WHERE response_id = ? AND question_id = ?')).run([responseId, questionId]);
  // All of a question's rows (a multiple choice, a matrix) in one statement, doubles carried exactly.
  await insertRows(tx, 'answer', ANSWER_TABLE_COLUMNS, rows.map((r) => [responseId, questionId, r.rowId, r.optionCode, r.num, r.text]));
  return { hadAnswer: changes > 0 };
}

/** Time spent on a question, added to what earlier visits spent (a respondent may come back to it). */
export async function addTiming(tx: Tx, responseId: string, questionId: string, ms: number): Promise<void> {
  await (
    await tx.cached('INSERT INTO answer_timing (response_id, question_id, ms) VALUES (?, ?, ?) ON CONFLICT (response_id, question_id) DO UPDATE SET ms = ms + excluded.ms')
  ).run([responseId, questionId, Math.round(ms)]);
}

/**
 * Stamps a draft's last change and answers its version and how many questions had an answer
 * before; NOT_FOUND or CONFLICT (as loadDraft) when it is not a draft. One statement: collect.answer's path.
 */
export async function touchDraft(tx: Tx, responseId: string, at: string): Promise<{ surveyVersionId: string; answeredBefore: number }> {
  const [row] = await (
    await tx.cached(
      `UPDATE response SET updated_at = ? WHERE id = ? AND status = 'draft'
       RETURNING survey_version_id AS surveyVersionId, (SELECT count(DISTINCT a.question_id) FROM answer a WHERE a.response_id = response.id) AS answeredBefore`,
    )
  ).all<{ surveyVersionId: string; answeredBefore: number }>([at, responseId]);
  if (!row) await loadDraft(tx, responseId); // says why
  return row!;
}

/**
 * Sets a response's status (and completion or void cause) and recomputes its content hash from what
 * is stored now. When the response had a hash and it changes, the old one is appended to
 * replaced_hashes: an edited response can then travel as an update of the version it replaced.
 */
export async function settleResponse(
  tx: Tx,
  row: ResponseRow,
  change: { status: ResponseStatus; completedAt: string | null; voidCause: VoidCause | null; at: string },
): Promise<{ contentHash: string; replacedHash: string | null }> {
  const answers = await readAnswerRows(tx, row.id);
  const contentHash = hashResponseContent({ surveyVersionId: row.surveyVersionId, status: change.status, startedAt: row.startedAt, completedAt: change.completedAt, answers });
  const replacedHash = row.contentHash !== null && row.contentHash !== contentHash ? row.contentHash : null;
  await tx.run(
    `UPDATE response SET status = ?, completed_at = ?, void_cause = ?, content_hash = ?, updated_at = ?,
       replaced_hashes = CASE WHEN ? IS NULL THEN replaced_hashes ELSE json_insert(replaced_hashes, '$[#]', ?) END
     WHERE id = ?`,
    [change.status, change.completedAt, change.voidCause, contentHash, change.at, replacedHash, replacedHash, row.id],
  );
  return { contentHash, replacedHash };
}
