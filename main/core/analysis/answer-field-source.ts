import type { FieldSpec } from '@model/filter/filter';
import { optionsOf, questionEntries, type Question } from '@model/survey/definition';
import type { SqlField } from '../db/filter-sql';
import type { Queryable } from '../db/writer';
import { loadPublishedVersion } from '../collection/collectable-versions';
import { AppError } from '../errors';
import { registerFieldSource, type SourcedField } from '../members/field-sources';

/**
 * Answers to a published survey version as member filter fields, so a segment can be "NPS
 * detractors of the Q3 pulse": `answer:<versionId>:<questionId>` (a matrix row:
 * `answer:<versionId>:<questionId>:<rowId>`), read from the member's latest complete response to
 * that version. Single choice, Likert and matrix rows are their option codes, multiple choice a set
 * of codes, NPS and numbers their number (an NPS "Don't know" is no number), texts their text.
 */
const ANSWER_PREFIX = 'answer:';

/** A text from the database as a SQL literal (ids: UUIDs and [A-Za-z0-9_-] question ids; quotes doubled all the same). */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The member's latest complete response to the version, over a member row aliased m. */
const latestResponse = (versionId: string) =>
  `(SELECT r.id FROM response r WHERE r.member_id = m.id AND r.survey_version_id = ${literal(versionId)} AND r.status = 'complete' ORDER BY r.completed_at DESC, r.id LIMIT 1)`;

function answerSql(versionId: string, q: Question, rowId: string | null, column: 'option_code' | 'num' | 'text'): SqlField {
  const where = `a.response_id = ${latestResponse(versionId)} AND a.question_id = ${literal(q.id)} AND a.row_id IS ${rowId === null ? 'NULL' : literal(rowId)}`;
  if (q.type === 'multi') return { member: `EXISTS (SELECT 1 FROM answer a WHERE ${where} AND a.option_code = ?)` };
  return { expr: `(SELECT a.${column} FROM answer a WHERE ${where} AND a.${column} IS NOT NULL LIMIT 1)` };
}

/** The fields of one question: [name suffix, spec, sql]. */
function questionFields(versionId: string, q: Question): [string, SourcedField][] {
  const codes = optionsOf(q).map((o) => o.code);
  const choice: FieldSpec = { type: 'enum', values: codes };
  switch (q.type) {
    case 'single':
    case 'likert':
      return [[q.id, { spec: choice, sql: answerSql(versionId, q, null, 'option_code') }]];
    case 'multi':
      return [[q.id, { spec: { type: 'set' }, sql: answerSql(versionId, q, null, 'option_code') }]];
    case 'matrix':
      return q.rows.map((row) => [`${q.id}:${row.id}`, { spec: choice, sql: answerSql(versionId, q, row.id, 'option_code') }]);
    case 'nps':
    case 'number':
      return [[q.id, { spec: { type: 'number' }, sql: answerSql(versionId, q, null, 'num') }]];
    case 'text':
    case 'longText':
      return [[q.id, { spec: { type: 'text' }, sql: answerSql(versionId, q, null, 'text') }]];
    case 'info':
      return [];
  }
}

async function readableDefinition(db: Queryable, versionId: string) {
  try {
    return (await loadPublishedVersion(db, versionId)).definition;
  } catch (err) {
    if (err instanceof AppError && err.code === 'CORRUPT') return null;
    throw err;
  }
}

registerFieldSource({
  prefix: ANSWER_PREFIX,
  async catalog(db: Queryable) {
    const fields: Record<string, SourcedField> = {};
    const versions = await db.all<{ id: string }>('SELECT id FROM survey_version WHERE published_at IS NOT NULL ORDER BY id');
    for (const { id } of versions) {
      const definition = await readableDefinition(db, id);
      // A version this build cannot read (written by a newer one) offers no answer fields; it must not break every member filter.
      if (!definition) continue;
      for (const { question } of questionEntries(definition)) {
        for (const [name, field] of questionFields(id, question)) fields[`${ANSWER_PREFIX}${id}:${name}`] = field;
      }
    }
    return fields;
  },
});
