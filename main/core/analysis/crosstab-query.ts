import type { SqlValue } from '../db/connection';
import type { CompiledFilter } from '../db/filter-sql';
import type { WorkspaceDb } from '../db/workspace-db';
import type { Breakdown } from './breakdown';
import { answersOf, type QuestionVariable } from './question-variable';

/**
 * The crosstab's SQL (one GROUP BY over the answers in scope; statistics take the aggregated
 * table). Answers are read through the answer index of the question, each joined to its response
 * for the scope and, for segments, to the members' flags worked out once in a CTE.
 */

/** Rows of `SELECT <select> FROM answer a JOIN response r … <breakdown's join> WHERE <answers> AND <scope> <tail>`. */
function run<T>(db: WorkspaceDb, v: QuestionVariable, scope: CompiledFilter, by: Breakdown, select: { sql: string; params: SqlValue[] }, tail: string) {
  const answers = answersOf(v, 'a');
  const [withSql, withParams, join, joinParams] =
    by.kind === 'flags' ? [`WITH ${by.cte.sql} `, by.cte.params, 'JOIN g ON g.id = r.member_id', []] : ['', [], by.join.sql, by.join.params];
  return db.reader.all<T>(
    `${withSql}SELECT ${select.sql} FROM answer a JOIN response r ON r.id = a.response_id ${join} WHERE ${answers.sql} AND ${scope.sql} ${tail}`,
    [...withParams, ...select.params, ...joinParams, ...answers.params, ...scope.params],
  );
}

const flagSums = (by: Extract<Breakdown, { kind: 'flags' }>, column = (i: number) => `g.s${i}`) => by.columns.map((_, i) => `sum(${column(i)}) AS c${i}`).join(', ');

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
  const overlap = `sum(${by.columns.map((_, i) => `g.s${i}`).join(' + ')} > 1) AS overlap`;
  const rows = await run<Record<string, number | string>>(db, v, scope, by, { sql: `${rowKey} AS rk, ${flagSums(by)}, ${overlap}`, params: [] }, 'GROUP BY rk');
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
  const flags = by.columns.map((_, i) => `g.s${i} AS s${i}`).join(', ');
  // Sums over the distinct respondents: the select opens a subquery over the answers that the tail closes.
  const inner = await run<Record<string, number>>(
    db,
    v,
    scope,
    by,
    { sql: `${flagSums(by, (i) => `s${i}`)}, coalesce(sum(${by.columns.map((_, i) => `s${i}`).join(' + ')} > 1), 0) AS overlap FROM (SELECT DISTINCT a.response_id, ${flags}`, params: [] },
    ')',
  );
  const row = inner[0]!;
  return { bases: new Map(by.columns.map((col, i) => [col.key, Number(row[`c${i}`] ?? 0)])), overlapping: Number(row.overlap) };
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
  const rows = await run<Record<string, number>>(db, v, scope, by, { sql: `${score.sql} AS value, ${flagSums(by)}`, params: score.params }, 'AND value IS NOT NULL GROUP BY value');
  return rows.flatMap((r) => by.columns.map((col, i) => ({ column: col.key, value: r.value!, n: Number(r[`c${i}`]) })));
}
