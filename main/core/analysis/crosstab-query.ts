import type { SqlValue } from '../db/connection';
import type { CompiledFilter } from '../db/filter-sql';
import type { WorkspaceDb } from '../db/workspace-db';
import type { Breakdown } from './breakdown';
import { answersOf, type QuestionVariable } from './question-variable';
import { withRespondentFlags } from './respondent-flags';

/**
 * The crosstab's SQL: one GROUP BY over the question's answers in scope; statistics take the
 * aggregated table. The answers come from the covering index of their question (migration 0013).
 * By a question or a field, each answer's response comes from the covering index of its id (and the
 * member by its integer key); by segments, from the TEMP table of the respondents' segment flags
 * (respondent-flags.ts), where each segment's condition was read once per respondent.
 */

interface Sql {
  sql: string;
  params: SqlValue[];
}

const FROM = 'FROM answer a JOIN response r ON r.id = a.response_id';

type Grouped = Extract<Breakdown, { kind: 'grouped' }>;
type Flags = Extract<Breakdown, { kind: 'flags' }>;

/** Rows of `SELECT <select> FROM answer a JOIN response r … <breakdown's join> WHERE <answers> AND <scope> <tail>`. */
function run<T>(db: WorkspaceDb, v: QuestionVariable, scope: CompiledFilter, by: Grouped, select: Sql, tail: string) {
  const answers = answersOf(v, 'a');
  return db.reader.all<T>(`SELECT ${select.sql} ${FROM} ${by.join.sql} WHERE ${answers.sql} AND ${scope.sql} ${tail}`, [
    ...select.params,
    ...by.join.params,
    ...answers.params,
    ...scope.params,
  ]);
}

/** `sum(f.c<i>) AS c<i>` for each segment, and `sum(f.multi) AS overlap`: over the flags table f. */
const flagSums = (by: Flags) => [...by.flags.map((_, i) => `sum(f.c${i}) AS c${i}`), 'sum(f.multi) AS overlap'].join(', ');

/**
 * Rows of `SELECT <select> FROM answer a CROSS JOIN <flags> f … WHERE <answers> <tail>`: each answer
 * whose respondent is in a segment, with the respondent's flags. CROSS JOIN keeps that order (the
 * question's answers in their index, then a lookup each), whatever the planner would guess.
 */
function runFlagged<T>(db: WorkspaceDb, v: QuestionVariable, scope: CompiledFilter, by: Flags, select: Sql, tail: string) {
  const answers = answersOf(v, 'a');
  return withRespondentFlags(db.reader, scope, by.flags, (table) =>
    db.reader.all<T>(`SELECT ${select.sql} FROM answer a CROSS JOIN temp.${table} f ON f.response_id = a.response_id WHERE ${answers.sql} ${tail}`, [
      ...select.params,
      ...answers.params,
    ]),
  );
}

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
  const rows = await runFlagged<Record<string, number | string>>(db, v, scope, by, { sql: `${rowKey} AS rk, ${flagSums(by)}`, params: [] }, 'GROUP BY rk');
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
  // Once per respondent who answered, however many answers they gave.
  const answers = answersOf(v, 'a');
  const [row] = await withRespondentFlags(db.reader, scope, by.flags, (table) =>
    db.reader.all<Record<string, number | null>>(`SELECT ${flagSums(by)} FROM temp.${table} f WHERE f.response_id IN (SELECT a.response_id FROM answer a WHERE ${answers.sql})`, answers.params),
  );
  return { bases: new Map(by.columns.map((col, i) => [col.key, Number(row?.[`c${i}`] ?? 0)])), overlapping: Number(row?.overlap ?? 0) };
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
  const rows = await runFlagged<Record<string, number>>(db, v, scope, by, { sql: `${score.sql} AS value, ${flagSums(by)}`, params: score.params }, 'AND value IS NOT NULL GROUP BY value');
  return rows.flatMap((r) => by.columns.map((col, i) => ({ column: col.key, value: r.value!, n: Number(r[`c${i}`]) })));
}
