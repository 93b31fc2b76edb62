import { insertRows } from '../../db/batch-insert';
import type { SqlValue } from '../../db/connection';
import type { Writer } from '../../db/writer';
import type { StagedRow } from './row-checks';
import { MEMBER_STAGE_COLUMNS } from './value-outcomes';

/**
 * The staging tables live in the writer connection's TEMP schema: they are invisible to the
 * reader, never reach the workspace file or its WAL, and vanish if the process dies, so only the
 * final merge transaction ever changes the panel. One import runs at a time (see member-import.ts),
 * so fixed names are safe.
 */
export const STAGE = 'temp.import_stage';
export const STAGE_TAG = 'temp.import_stage_tag';
export const STAGE_ANSWER = 'temp.import_stage_answer';
export const STAGE_ATTR = 'temp.import_stage_attr';

export async function createStaging(writer: Writer): Promise<void> {
  await writer.transaction(async (tx) => {
    await tx.exec(`
      DROP TABLE IF EXISTS ${STAGE}; DROP TABLE IF EXISTS ${STAGE_TAG}; DROP TABLE IF EXISTS ${STAGE_ANSWER}; DROP TABLE IF EXISTS ${STAGE_ATTR};
      CREATE TABLE ${STAGE} (
        row INTEGER PRIMARY KEY,            -- data row of the file (1 = first row after the header)
        code TEXT NOT NULL,
        ${MEMBER_STAGE_COLUMNS.join(', ')},   -- no declared type: values keep the type they were bound with
        score REAL, answered INTEGER,       -- openness from this row's own answers
        dup_of INTEGER,                     -- the earlier row this one repeats (external id, else email)
        match_id INTEGER,                   -- the panel member it matches
        member_id INTEGER,                  -- the member it becomes or updates
        action TEXT,                        -- insert | update | skip
        skip TEXT                           -- why it is skipped: an IssueCode (duplicateInFile, …)
      );
      CREATE TABLE ${STAGE_TAG} (row INTEGER NOT NULL, tag_key TEXT NOT NULL, tag_name TEXT NOT NULL);
      CREATE TABLE ${STAGE_ANSWER} (row INTEGER NOT NULL, item INTEGER NOT NULL, value INTEGER NOT NULL);
      CREATE TABLE ${STAGE_ATTR} (row INTEGER NOT NULL, attribute_id INTEGER NOT NULL, value_text TEXT, value_num REAL);
    `);
  });
}

export async function dropStaging(writer: Writer): Promise<void> {
  await writer.transaction((tx) => tx.exec(`DROP TABLE IF EXISTS ${STAGE}; DROP TABLE IF EXISTS ${STAGE_TAG}; DROP TABLE IF EXISTS ${STAGE_ANSWER}; DROP TABLE IF EXISTS ${STAGE_ATTR};`));
}

/**
 * Writes checked rows in one short transaction. Only the member columns the mapping fills are
 * bound (the rest stay NULL), which keeps the per-row cost of the bulk insert down.
 */
export async function stageRows(writer: Writer, rows: readonly StagedRow[], codes: readonly string[], usedColumns: readonly number[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = ['row', 'code', ...usedColumns.map((i) => MEMBER_STAGE_COLUMNS[i]!), 'score', 'answered'];
  const memberRows = rows.map((r, i): SqlValue[] => {
    const values: SqlValue[] = [r.row, codes[i]!];
    for (const c of usedColumns) values.push(r.member[c]!);
    values.push(r.score?.score ?? null, r.score ? r.score.answered : null);
    return values;
  });
  const tagRows = rows.flatMap((r) => r.tags.map((t): SqlValue[] => [r.row, t.key, t.name]));
  const answerRows = rows.flatMap((r) => (r.answers ?? []).flatMap((v, i): SqlValue[][] => (v === null ? [] : [[r.row, i + 1, v]])));
  const attrRows = rows.flatMap((r) => r.attributes.map((a): SqlValue[] => [r.row, a.id, a.text, a.num]));
  await writer.transaction(async (tx) => {
    await insertRows(tx, STAGE, columns, memberRows);
    await insertRows(tx, STAGE_TAG, ['row', 'tag_key', 'tag_name'], tagRows);
    await insertRows(tx, STAGE_ANSWER, ['row', 'item', 'value'], answerRows);
    await insertRows(tx, STAGE_ATTR, ['row', 'attribute_id', 'value_text', 'value_num'], attrRows);
  });
}
