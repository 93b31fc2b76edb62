import { segmentField } from '@model/analysis/segment-refs';
import type { SurveyDefinition } from '@model/survey/definition';
import type { SqlValue } from '../db/connection';
import type { WorkspaceDb } from '../db/workspace-db';
import { AppError } from '../errors';
import { loadMemberFilterContext } from '../members/member-filter';
import { segmentMissing } from './segment-errors';
import { readSegments } from './segment-store';
import { questionVariable } from './question-variable';

/**
 * The columns of a crosstab: another closed question of the version (or a matrix row), a set of
 * segments, or a member field. A question or a field gives each answer one column (a multiple
 * choice several); segments give each respondent a yes/no per segment, so they may overlap.
 */
export type By = { kind: 'question'; questionId: string; rowId?: string | null } | { kind: 'segments'; segmentIds: number[] } | { kind: 'field'; field: string };

export interface BreakdownColumn {
  /** The stored value (an option code, a field's value) or the segment's id, as text. */
  key: string;
  label: string;
}

interface Sql {
  sql: string;
  params: SqlValue[];
}

export type Breakdown =
  | {
      /** One column per answer: `key` is SQL over the answer row a, its response r and, after `join`, the rest. */
      kind: 'grouped';
      columns: BreakdownColumn[];
      join: Sql;
      key: string;
      /** Columns come from the data (a field's values) rather than a fixed list. */
      fromData: boolean;
      /** A respondent can be in several columns. */
      overlapping: boolean;
      questionIds: string[];
    }
  | {
      /** One yes/no condition per column over the respondent's member row m (joined by its integer key). */
      kind: 'flags';
      columns: BreakdownColumn[];
      flags: Sql[];
      questionIds: string[];
    };

const notAColumnField = (field: string) =>
  new AppError('VALIDATION', `${field} cannot split a crosstab: choose a member field with values (such as gender, country or lifecycle stage).`, {
    key: 'errors.analysisByField',
    params: { field },
    issues: [{ path: ['by', 'field'], message: `not a member field with values: ${field}` }],
  });

async function fieldBreakdown(db: WorkspaceDb, field: string): Promise<Breakdown> {
  const { catalog, fields } = await loadMemberFilterContext(db.reader, [field]);
  const spec = catalog[field];
  const sql = fields[field];
  if (!spec || !sql || !('expr' in sql) || spec.type === 'set') throw notAColumnField(field);
  return {
    kind: 'grouped',
    columns: (spec.values ?? []).map((v) => ({ key: v, label: v })),
    join: { sql: 'JOIN member m ON m.id = r.member_id', params: [] },
    key: sql.expr,
    fromData: spec.values === undefined,
    overlapping: false,
    questionIds: [],
  };
}

async function segmentsBreakdown(db: WorkspaceDb, segmentIds: readonly number[]): Promise<Breakdown> {
  const names = new Map((await readSegments(db.reader)).map((s) => [s.id, s.name]));
  // Every segment compiled once, with the segments it names inlined.
  const { fields } = await loadMemberFilterContext(db.reader, segmentIds.map(segmentField));
  const columns: BreakdownColumn[] = [];
  const flags: Sql[] = [];
  for (const id of segmentIds) {
    const field = fields[segmentField(id)];
    if (!names.has(id) || !field || !('condition' in field)) throw segmentMissing(id);
    columns.push({ key: String(id), label: names.get(id)! });
    flags.push(field.condition);
  }
  return { kind: 'flags', columns, flags, questionIds: [] };
}

function questionBreakdown(definition: SurveyDefinition, by: { questionId: string; rowId?: string | null }): Breakdown {
  const v = questionVariable(definition, by.questionId, by.rowId ?? null, ['by']);
  const key = v.key('b');
  if (key === null) {
    throw new AppError('VALIDATION', `${by.questionId} is not a closed question: a crosstab splits by the options of a choice, Likert, matrix or NPS question.`, {
      key: 'errors.analysisByQuestion',
      params: { questionId: by.questionId },
      issues: [{ path: ['by', 'questionId'], message: 'expected a closed question' }],
    });
  }
  return {
    kind: 'grouped',
    columns: v.categories.map((c) => ({ key: c.code, label: c.label })),
    join: { sql: 'JOIN answer b ON b.response_id = a.response_id AND b.question_id = ? AND b.row_id IS ?', params: [v.question.id, v.rowId] },
    key,
    fromData: false,
    overlapping: v.multiple,
    questionIds: [v.question.id],
  };
}

export async function breakdownOf(db: WorkspaceDb, definition: SurveyDefinition, by: By): Promise<Breakdown> {
  switch (by.kind) {
    case 'question':
      return questionBreakdown(definition, by);
    case 'segments':
      return segmentsBreakdown(db, by.segmentIds);
    case 'field':
      return fieldBreakdown(db, by.field);
  }
}
