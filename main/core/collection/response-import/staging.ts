import { exactDouble, insertRows, jsonNumberSql } from '../../db/batch-insert';
import type { SqlValue } from '../../db/connection';
import type { Tx, Writer } from '../../db/writer';
import type { AnswerRow } from '../response-hash';

/**
 * Checked responses wait in the writer connection's TEMP schema (invisible to the reader, never in
 * the workspace file or its WAL, gone if the process dies), one row each with its answers as JSON,
 * until one transaction merges them. One response import runs at a time, so a fixed name is safe.
 */
const STAGE = 'temp.response_import_stage';

export interface StagedResponse {
  row: number;
  id: string;
  memberId: number | null;
  startedAt: string;
  completedAt: string;
  contentHash: string;
  answers: readonly AnswerRow[];
}

export const createStaging = (writer: Writer) =>
  writer.transaction((tx) =>
    tx.exec(`DROP TABLE IF EXISTS ${STAGE};
      CREATE TABLE ${STAGE} (
        row INTEGER PRIMARY KEY,   -- data row of the file (1 = first row after the header)
        id TEXT NOT NULL, member_id INTEGER, started_at TEXT NOT NULL, completed_at TEXT NOT NULL, content_hash TEXT NOT NULL,
        answers TEXT NOT NULL      -- JSON [[question_id, row_id, option_code, num, text], …]; a double num as [mantissa, exponent]
      );`),
  );

export const dropStaging = (writer: Writer) => writer.transaction((tx) => tx.exec(`DROP TABLE IF EXISTS ${STAGE};`));

/** A number as SQL must read it back bit for bit (batch-insert.ts): an int32 as itself, any other double as [mantissa, exponent]. */
const exactNumber = (n: number | null) => (n === null || (n | 0) === n ? n : exactDouble(n));

/** One chunk of checked responses, in one short transaction. */
export async function stageResponses(writer: Writer, responses: readonly StagedResponse[]): Promise<void> {
  if (responses.length === 0) return;
  const rows = responses.map((r): SqlValue[] => [
    r.row,
    r.id,
    r.memberId,
    r.startedAt,
    r.completedAt,
    r.contentHash,
    JSON.stringify(r.answers.map((a) => [a.questionId, a.rowId, a.optionCode, exactNumber(a.num), a.text])),
  ]);
  await writer.transaction((tx) => insertRows(tx, STAGE, ['row', 'id', 'member_id', 'started_at', 'completed_at', 'content_hash', 'answers'], rows));
}

/** Merges the staged responses with rows first..last into response and answer (inside the caller's transaction). */
export async function mergeRange(tx: Tx, first: number, last: number, fixed: { versionId: string; deviceId: string }): Promise<number> {
  const { changes } = await tx.run(
    `INSERT INTO response (id, survey_version_id, member_id, status, device_id, started_at, completed_at, content_hash)
     SELECT id, ?, member_id, 'complete', ?, started_at, completed_at, content_hash FROM ${STAGE} WHERE row BETWEEN ? AND ? ORDER BY row`,
    [fixed.versionId, fixed.deviceId, first, last],
  );
  await tx.run(
    `INSERT INTO answer (response_id, question_id, row_id, option_code, num, text)
     SELECT s.id, a.value->>0, a.value->>1, a.value->>2, ${jsonNumberSql('a.value', 3)}, a.value->>4
     FROM ${STAGE} s, json_each(s.answers) a WHERE s.row BETWEEN ? AND ?`,
    [first, last],
  );
  return changes;
}
