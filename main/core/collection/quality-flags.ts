import {
  SPEEDER_MIN_COMPLETE,
  SPEEDER_SHARE_OF_MEDIAN,
  STRAIGHT_LINE_MIN_ROWS,
  type QualityFlagKind,
} from '@model/responses/response-kinds';
import { percentile } from '@model/recruitment/percentiles';
import type { Queryable, Tx } from '../db/writer';

/**
 * Quality flags (model/responses/response-kinds.ts), raised when a response completes and after a
 * correction. A flag, once raised, stays: flags are shown and filtered on, never removed silently.
 * Times are the sums of the per-question timings (the client's measure), as in calibration; a
 * response that timed nothing (e.g. imported) is neither measured nor counted in the median.
 */

export interface QualityFlag {
  kind: QualityFlagKind;
  raisedAt: string;
  detail: Record<string, string | number>;
}

const insertFlag = (tx: Tx, responseId: string, kind: QualityFlagKind, at: string, detail: Record<string, string | number>) =>
  tx.run('INSERT OR IGNORE INTO response_flag (response_id, kind, raised_at, detail) VALUES (?, ?, ?, ?)', [responseId, kind, at, JSON.stringify(detail)]);

/** Every row of a matrix (at least STRAIGHT_LINE_MIN_ROWS answered) given the same scale point. */
async function straightLining(tx: Tx, responseId: string, at: string) {
  const line = await tx.get<{ questionId: string; rows: number; code: string }>(
    `SELECT question_id AS questionId, count(*) AS rows, min(option_code) AS code FROM answer
     WHERE response_id = ? AND row_id IS NOT NULL GROUP BY question_id
     HAVING count(*) >= ? AND count(DISTINCT option_code) = 1 AND count(option_code) = count(*)
     ORDER BY min(rowid) LIMIT 1`,
    [responseId, STRAIGHT_LINE_MIN_ROWS],
  );
  if (line) await insertFlag(tx, responseId, 'straightLining', at, line);
}

/** The member had completed this survey (any version) before. */
async function repeatMember(tx: Tx, responseId: string, at: string) {
  const earlier = await tx.get<{ id: string }>(
    `SELECT e.id FROM response r
     JOIN survey_version v ON v.id = r.survey_version_id
     JOIN response e ON e.member_id = r.member_id AND e.id <> r.id AND e.status = 'complete'
     JOIN survey_version ev ON ev.id = e.survey_version_id AND ev.survey_id = v.survey_id
     WHERE r.id = ? AND r.member_id IS NOT NULL AND e.completed_at <= r.completed_at
     ORDER BY e.completed_at, e.id LIMIT 1`,
    [responseId],
  );
  if (earlier) await insertFlag(tx, responseId, 'repeatMember', at, { earlierResponseId: earlier.id });
}

/**
 * Speeders of a version: complete responses whose total time is under a third of the median total,
 * once SPEEDER_MIN_COMPLETE complete responses are timed. Run at every completion, so the responses
 * completed before the version had enough to judge by are flagged as soon as it has.
 */
async function speeders(tx: Tx, surveyVersionId: string, at: string) {
  const totals = await tx.all<{ id: string; totalMs: number }>(
    `SELECT r.id, sum(t.ms) AS totalMs FROM response r JOIN answer_timing t ON t.response_id = r.id
     WHERE r.survey_version_id = ? AND r.status = 'complete' GROUP BY r.id`,
    [surveyVersionId],
  );
  if (totals.length < SPEEDER_MIN_COMPLETE) return;
  const medianMs = percentile(totals.map((t) => t.totalMs), 0.5)!;
  for (const t of totals) {
    if (t.totalMs < medianMs * SPEEDER_SHARE_OF_MEDIAN) await insertFlag(tx, t.id, 'speeder', at, { totalMs: t.totalMs, medianMs: Math.round(medianMs) });
  }
}

/** Raises the flags a complete response has earned (and any speeders of its version the new median reveals). */
export async function raiseFlags(tx: Tx, response: { id: string; surveyVersionId: string }, at: string): Promise<void> {
  await straightLining(tx, response.id, at);
  await repeatMember(tx, response.id, at);
  await speeders(tx, response.surveyVersionId, at);
}

/**
 * The same flags for complete responses written in bulk rather than completed one by one (the demo
 * community): each response's own flags raised at its completion, then each version's speeders once.
 */
export async function raiseFlagsInBulk(tx: Tx, responses: readonly { id: string; surveyVersionId: string; completedAt: string }[], at: string): Promise<void> {
  for (const r of responses) {
    await straightLining(tx, r.id, r.completedAt);
    await repeatMember(tx, r.id, r.completedAt);
  }
  for (const versionId of new Set(responses.map((r) => r.surveyVersionId))) await speeders(tx, versionId, at);
}

/** The flags of many responses, by response id. */
export async function readFlags(db: Queryable, responseIds: readonly string[]): Promise<Map<string, QualityFlag[]>> {
  const rows = await db.all<{ responseId: string; kind: QualityFlagKind; raisedAt: string; detail: string }>(
    `SELECT response_id AS responseId, kind, raised_at AS raisedAt, detail FROM response_flag
     WHERE response_id IN (SELECT value FROM json_each(?)) ORDER BY raised_at, kind`,
    [JSON.stringify(responseIds)],
  );
  const flags = new Map<string, QualityFlag[]>(responseIds.map((id) => [id, []]));
  for (const r of rows) flags.get(r.responseId)!.push({ kind: r.kind, raisedAt: r.raisedAt, detail: JSON.parse(r.detail) as QualityFlag['detail'] });
  return flags;
}
