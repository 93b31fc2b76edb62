import { exactDouble, insertRows, Jsonb, jsonNumberSql } from '../../db/batch-insert';
import type { SqlValue } from '../../db/connection';
import type { Tx, Writer } from '../../db/writer';
import type { AnswerRow } from '@model/survey/answer-fields';

/**
 * Checked responses wait in the writer connection's TEMP schema (invisible to the reader, never in
 * the workspace file or its WAL, gone if the process dies), one row each with its answers as JSONB
 * (read by the merge without parsing text), until one transaction merges them. One response import runs at a time, so a fixed name is safe.
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
        answers BLOB NOT NULL      -- JSONB [[question_id, row_id, option_code, num, text], …]; a double num as [mantissa, exponent]
      );`),
  );

/** The staged responses in id order, for the merge (made once they are all staged: kept up row by row, an index on random ids would cost more). */
export const indexStaging = (tx: Tx) => tx.exec(`CREATE INDEX temp.response_import_stage_id ON response_import_stage (id)`);

export const dropStaging = (writer: Writer) => writer.transaction((tx) => tx.exec(`DROP TABLE IF EXISTS ${STAGE};`));

/** A number as SQL must read it back bit for bit (batch-insert.ts): an int32 as itself, any other double as [mantissa, exponent]. */
const exactNumber = (n: number | null) => (n === null || (n | 0) === n ? n : exactDouble(n));

/** One chunk of checked responses, in one short transaction. */
export async function stageResponses(writer: Writer, responses: readonly StagedResponse[]): Promise<void> {
  if (responses.length === 0) return;
  const rows = responses.map((r): (SqlValue | Jsonb)[] => [
    r.row,
    r.id,
    r.memberId,
    r.startedAt,
    r.completedAt,
    r.contentHash,
    new Jsonb(r.answers.map((a) => [a.questionId, a.rowId, a.optionCode, exactNumber(a.num), a.text])),
  ]);
  await writer.transaction((tx) => insertRows(tx, STAGE, ['row', 'id', 'member_id', 'started_at', 'completed_at', 'content_hash', 'answers'], rows));
}

/** Merges the staged responses of file rows first..last into response, in file order (inside the caller's transaction). */
export async function mergeResponses(tx: Tx, first: number, last: number, fixed: { versionId: string; deviceId: string }): Promise<number> {
  const { changes } = await tx.run(
    `INSERT INTO response (id, survey_version_id, member_id, status, device_id, started_at, completed_at, content_hash)
     SELECT id, ?, member_id, 'complete', ?, started_at, completed_at, content_hash FROM ${STAGE} WHERE row BETWEEN ? AND ? ORDER BY row`,
    [fixed.versionId, fixed.deviceId, first, last],
  );
  return changes;
}

/**
 * Merges the answers of the next `size` staged responses in id order, those after the id `after`,
 * into answer (inside the caller's transaction). Ids are random UUIDs: taken in order, the inserts
 * into the index on them (answer_response, the largest) sweep it once instead of touching a random
 * page per response. Answers the last id, to start the next chunk after, or null when none were left.
 */
export async function mergeAnswers(tx: Tx, after: string, size: number): Promise<string | null> {
  const end = await tx.get<{ id: string | null }>(`SELECT max(id) AS id FROM (SELECT id FROM ${STAGE} WHERE id > ? ORDER BY id LIMIT ?)`, [after, size]);
  if (!end?.id) return null;
  await tx.run(
    `INSERT INTO answer (response_id, question_id, row_id, option_code, num, text)
     SELECT s.id, a.value->>0, a.value->>1, a.value->>2, ${jsonNumberSql('a.value', 3)}, a.value->>4
     FROM (SELECT id, answers FROM ${STAGE} WHERE id > ? AND id <= ? ORDER BY id) s, jsonb_each(s.answers) a`,
    [after, end.id],
  );
  return end.id;
}
