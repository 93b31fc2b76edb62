import { answerValueOf } from '@model/responses/answer-rows';
import type { QualityFlagKind, ResponseStatus } from '@model/responses/response-kinds';
import type { AnswerRow } from '@model/survey/answer-fields';
import { questionEntries, type SurveyDefinition } from '@model/survey/definition';
import type { CallContext } from '../call-context';
import type { SqlValue } from '../db/connection';
import type { Queryable } from '../db/writer';
import { AppError } from '../errors';
import { loadVersion, versionNotFound } from './collectable-versions';
import { readFlags } from './quality-flags';
import { RESPONSE_COLUMNS, loadResponse, readAnswerRows, type ResponseRow } from './response-store';

export interface ResponseQuery {
  surveyVersionId: string;
  status: ResponseStatus[];
  flags: QualityFlagKind[] | null;
  flagged: boolean | null;
  memberId: number | null;
  cursor: string | null;
  limit: number;
}

/** Keyset cursor of the list (newest first): the last row's start time and id. */
const encodeCursor = (row: { startedAt: string; id: string }) => Buffer.from(JSON.stringify([row.startedAt, row.id])).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    // Not a cursor of this list: said below.
  }
  throw new AppError('VALIDATION', `cursor: "${cursor}" is not a cursor this list gave out; pass nextCursor from the previous page, or null for the first.`, {
    key: 'errors.badCursor',
    issues: [{ path: ['cursor'], message: 'expected nextCursor from the previous page' }],
  });
}

type SummaryRow = ResponseRow & { memberCode: string | null; answered: number; totalMs: number };

const SUMMARY_SQL = `SELECT ${RESPONSE_COLUMNS}, m.code AS memberCode,
    (SELECT count(DISTINCT a.question_id) FROM answer a WHERE a.response_id = r.id) AS answered,
    (SELECT coalesce(sum(t.ms), 0) FROM answer_timing t WHERE t.response_id = r.id) AS totalMs
  FROM response r LEFT JOIN member m ON m.id = r.member_id`;

async function summaries(db: Queryable, rows: readonly SummaryRow[]) {
  const flags = await readFlags(db, rows.map((r) => r.id));
  return rows.map(({ id, replacedHashes, ...r }) => ({
    ...r,
    responseId: id,
    replacedHashes: JSON.parse(replacedHashes) as string[],
    flags: flags.get(id)!,
  }));
}

/** responses.list: a page of a version's responses, newest first, filtered by status, flags and member. */
export async function listResponses(ctx: CallContext, q: ResponseQuery) {
  const db = ctx.db.reader;
  if (!(await db.get('SELECT 1 FROM survey_version WHERE id = ?', [q.surveyVersionId]))) throw versionNotFound(q.surveyVersionId);
  const where = ['r.survey_version_id = ?', 'r.status IN (SELECT value FROM json_each(?))'];
  const params: SqlValue[] = [q.surveyVersionId, JSON.stringify(q.status)];
  if (q.memberId !== null) {
    where.push('r.member_id = ?');
    params.push(q.memberId);
  }
  if (q.flags !== null) {
    where.push('EXISTS (SELECT 1 FROM response_flag f WHERE f.response_id = r.id AND f.kind IN (SELECT value FROM json_each(?)))');
    params.push(JSON.stringify(q.flags));
  }
  if (q.flagged !== null) where.push(`${q.flagged ? '' : 'NOT '}EXISTS (SELECT 1 FROM response_flag f WHERE f.response_id = r.id)`);
  const filter = where.join(' AND ');
  const { total } = (await db.get<{ total: number }>(`SELECT count(*) AS total FROM response r WHERE ${filter}`, params))!;
  const after = q.cursor === null ? null : decodeCursor(q.cursor);
  const page = await db.all<SummaryRow>(
    `${SUMMARY_SQL} WHERE ${filter} ${after ? 'AND (r.started_at, r.id) < (?, ?)' : ''} ORDER BY r.started_at DESC, r.id DESC LIMIT ?`,
    [...params, ...(after ?? []), q.limit + 1],
  );
  const rows = page.slice(0, q.limit);
  return { rows: await summaries(db, rows), total, nextCursor: page.length > q.limit ? encodeCursor(rows.at(-1)!) : null };
}

/** Answers as collect.answer takes them, in the survey's order; unanswered questions left out. */
function answerEntries(definition: SurveyDefinition, rows: readonly AnswerRow[]) {
  return questionEntries(definition).flatMap(({ question }) => {
    const own = rows.filter((r) => r.questionId === question.id);
    return own.length ? [{ questionId: question.id, value: answerValueOf(question, own) }] : [];
  });
}

/**
 * A response's history with the why of each change, from the audit entry written in the same
 * transaction: the same time and action, and the k-th such history row pairs with the k-th entry.
 */
const HISTORY_SQL = `WITH h AS (
    SELECT id, at, actor, action, replaced_hash, answers, row_number() OVER (PARTITION BY at, action ORDER BY id) AS k
    FROM response_history WHERE response_id = ?),
  a AS (
    SELECT reason, at, substr(action, length('response.') + 1) AS action, row_number() OVER (PARTITION BY at, action ORDER BY id) AS k
    FROM audit_log WHERE entity = 'response' AND entity_id = ? AND action IN ('response.update', 'response.void'))
  SELECT h.at, h.actor, h.action, a.reason, h.replaced_hash AS replacedHash, h.answers
  FROM h LEFT JOIN a ON a.at = h.at AND a.action = h.action AND a.k = h.k ORDER BY h.id`;

/** responses.get: the response with its answers, timings, flags, replaced hashes and history. */
export async function getResponse(ctx: CallContext, responseId: string) {
  const db = ctx.db.reader;
  await loadResponse(db, responseId);
  const row = (await db.get<SummaryRow>(`${SUMMARY_SQL} WHERE r.id = ?`, [responseId]))!;
  const [summary] = await summaries(db, [row]);
  const { definition } = await loadVersion(db, row.surveyVersionId);
  const order = new Map(questionEntries(definition).map((e) => [e.question.id, e.order]));
  const timings = await db.all<{ questionId: string; ms: number }>('SELECT question_id AS questionId, ms FROM answer_timing WHERE response_id = ?', [responseId]);
  const history = await db.all<{ at: string; actor: string; action: 'update' | 'void'; reason: string | null; replacedHash: string | null; answers: string }>(
    HISTORY_SQL,
    [responseId, responseId],
  );
  return {
    ...summary!,
    answers: answerEntries(definition, await readAnswerRows(db, responseId)),
    timings: timings.sort((a, b) => (order.get(a.questionId) ?? Infinity) - (order.get(b.questionId) ?? Infinity)),
    history: history.map((h) => ({ ...h, answers: answerEntries(definition, parseHistoryAnswers(h.answers)) })),
  };
}

/** History keeps answer rows as compact arrays: [questionId, rowId, optionCode, num, text]. */
export const historyAnswers = (rows: readonly AnswerRow[]) => JSON.stringify(rows.map((r) => [r.questionId, r.rowId, r.optionCode, r.num, r.text]));

const parseHistoryAnswers = (json: string): AnswerRow[] =>
  (JSON.parse(json) as [string, string | null, string | null, number | null, string | null][]).map(([questionId, rowId, optionCode, num, text]) => ({
    questionId,
    rowId,
    optionCode,
    num,
    text,
  }));
