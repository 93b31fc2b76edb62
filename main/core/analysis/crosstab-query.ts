import type { SqlValue } from '../db/connection';
import type { CompiledFilter } from '../db/filter-sql';
import type { WorkspaceDb } from '../db/workspace-db';
import type { Breakdown } from './breakdown';
import { answersOf, type QuestionVariable } from './question-variable';

/**
 * The crosstab's SQL: one GROUP BY over the question's answers in scope; statistics take the
 * aggregated table. The answers come from the covering index of their question (migration 0012),
 * each response from the covering index of its id, and for segments the member by its integer key,
 * on whose row each segment's condition is read: no table is touched but the member's.
 */

interface Sql {
  sql: string;
  params: SqlValue[];
}

const FROM = 'FROM answer a JOIN response r ON r.id = a.response_id';

/** Rows of `SELECT <select> FROM answer a JOIN response r … <breakdown's join> WHERE <answers> AND <scope> <tail>`. */
function run<T>(db: WorkspaceDb, v: QuestionVariable, scope: CompiledFilter, by: Breakdown, select: Sql, tail: string) {
  const answers = answersOf(v, 'a');
  const join = by.kind === 'flags' ? { sql: 'JOIN member m ON m.id = r.member_id', params: [] } : by.join;
  return db.reader.all<T>(`SELECT ${select.sql} ${FROM} ${join.sql} WHERE ${answers.sql} AND ${scope.sql} ${tail}`, [
    ...select.params,
    ...join.params,
    ...answers.params,
    ...scope.params,
  ]);
}

type Flags = Extract<Breakdown, { kind: 'flags' }>;

/** `sum(<condition i>) AS c<i>` for each segment, and the answers whose respondent is in more than one. */
function flagSums(by: Flags): Sql {
  const sums = by.flags.map((f, i) => `sum(${f.sql}) AS c${i}`);
  const overlap = `sum(${by.flags.map((f) => f.sql).join(' + ')} > 1) AS overlap`;
  return { sql: [...sums, overlap].join(', '), params: [...by.flags.flatMap((f) => f.params), ...by.flags.flatMap((f) => f.params)] };
}

const withSelect = (before: string, sums: Sql, after = ''): Sql => ({ sql: `${before}${sums.sql}${after}`, params: sums.params });

/** A cell of the table: the row's key, the column's key and how many. */
export interface Cell {
  row: string;
  column: string;
  n: number;
}

/**
 * Answers per (row category, column); a respondent with several answers counts in each. With
 * segments, also the answers whose respondent is in more than one column (for a single answer per
 * respondent, the respondents who are).
 */
export async function countCells(db: WorkspaceDb, v: QuestionVariable, scope: CompiledFilter, by: Breakdown): Promise<{ cells: Cell[]; overlapping: number }> {
  const rowKey = v.key('a')!;
  if (by.kind === 'grouped') {
    const cells = await run<{ rk: string | number; ck: string | number; n: number }>(db, v, scope, by, { sql: `${rowKey} AS rk, ${by.key} AS ck, count(*) AS n`, params: [] }, 'AND ck IS NOT NULL GROUP BY rk, ck');
    return { cells: cells.map((c) => ({ row: String(c.rk), column: String(c.ck), n: c.n })), overlapping: 0 };
  }
  const rows = await run<Record<string, number | string>>(db, v, scope, by, withSelect(`${rowKey} AS rk, `, flagSums(by)), 'GROUP BY rk');
  return {
    cells: rows.flatMap((r) => by.columns.map((col, i) => ({ row: String(r.rk), column: col.key, n: Number(r[`c${i}`]) }))),
    overlapping: rows.reduce((sum, r) => sum + Number(r.overlap), 0),
  };
}

/** Respondents per column who answered, and how many respondents are in more than one column. */
export async function respondentBases(db: WorkspaceDb, v: QuestionVariable, scope: CompiledFilter, by: Breakdown): Promise<{ bases: Map<string, number>; overlapping: number }> {
  if (by.kind === 'grouped') {
    const rows = await run<{ ck: string | number; n: number }>(db, v, scope, by, { sql: `${by.key} AS ck, count(DISTINCT a.response_id) AS n`, params: [] }, 'AND ck IS NOT NULL GROUP BY ck');
    const overlapping = by.overlapping
      ? (await run<{ n: number }>(db, v, scope, by, { sql: 'count(*) AS n', params: [] }, `AND ${by.key} IS NOT NULL GROUP BY a.response_id HAVING count(DISTINCT ${by.key}) > 1`)).length
      : 0;
    return { bases: new Map(rows.map((r) => [String(r.ck), r.n])), overlapping };
  }
  // Once per respondent: the conditions are read for each response that answered, not each answer.
  const answered = `EXISTS (SELECT 1 FROM answer a WHERE a.response_id = r.id AND ${answersOf(v, 'a').sql})`;
  const row = (await db.reader.get<Record<string, number | null>>(
    `SELECT ${flagSums(by).sql} FROM response r JOIN member m ON m.id = r.member_id WHERE ${answered} AND ${scope.sql}`,
    [...flagSums(by).params, ...answersOf(v, 'a').params, ...scope.params],
  ))!;
  return { bases: new Map(by.columns.map((col, i) => [col.key, Number(row[`c${i}`] ?? 0)])), overlapping: Number(row.overlap ?? 0) };
}

/** Frequency tables of the score per column: the value, and how many in each column. */
export async function scoreTables(db: WorkspaceDb, v: QuestionVariable, scope: CompiledFilter, by: Breakdown): Promise<{ column: string; value: number; n: number }[]> {
  const score = v.score('a')!;
  if (by.kind === 'grouped') {
    const rows = await run<{ ck: string | number; value: number; n: number }>(
      db, v, scope, by,
      { sql: `${by.key} AS ck, ${score.sql} AS value, count(*) AS n`, params: score.params },
      'AND ck IS NOT NULL AND value IS NOT NULL GROUP BY ck, value',
    );
    return rows.map((r) => ({ column: String(r.ck), value: r.value, n: r.n }));
  }
  const sums = flagSums(by);
  const rows = await run<Record<string, number>>(db, v, scope, by, { sql: `${score.sql} AS value, ${sums.sql}`, params: [...score.params, ...sums.params] }, 'AND value IS NOT NULL GROUP BY value');
  return rows.flatMap((r) => by.columns.map((col, i) => ({ column: col.key, value: r.value!, n: Number(r[`c${i}`]) })));
}
