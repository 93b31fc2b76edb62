import { choiceSummary } from '@model/stats/choice-summary';
import { npsSummary, type NpsSummary } from '@model/stats/nps';
import { numericHistogram, type NumericHistogram } from '@model/stats/numeric-histogram';
import { numericSummary, type NumericSummary } from '@model/stats/numeric-summary';
import { scaleSummary } from '@model/stats/scale-summary';
import { wordFrequencies, type WordFrequencies } from '@model/stats/word-frequency';
import type { CallContext } from '../call-context';
import type { CompiledFilter } from '../db/filter-sql';
import type { WorkspaceDb } from '../db/workspace-db';
import { analysedVersion, poolVersions, responseScope, type AnalysisFilter, type VersionPool } from './analysis-scope';
import { answersOf, questionVariable, type Category, type QuestionVariable } from './question-variable';

/**
 * analysis.summary: one question's results over the complete responses in scope, by its type:
 * counts and percentages of every option (exclusive and non-substantive ones shown, flagged); mean,
 * median and sd of a number (and its distribution in bins), of a Likert item's substantive points and of the 0–10 of an NPS;
 * top-2-box; NPS groups; a matrix row by row; open text as word frequencies.
 */

export interface OptionResult extends Category {
  count: number;
  percent: number | null;
}

export interface ScaleResult {
  base: number;
  options: OptionResult[];
  scores: NumericSummary | null;
  topTwoBox: { count: number; percent: number | null } | null;
}

export interface QuestionSummary extends ScaleResult {
  surveyVersionId: string;
  questionId: string;
  rowId: string | null;
  type: string;
  text: string;
  versions: VersionPool;
  /** Complete responses in scope, whether they answered or not. */
  responses: number;
  nps: NpsSummary | null;
  /** A matrix asked without a row: each row's results. */
  matrixRows: (ScaleResult & { rowId: string; label: string })[] | null;
  words: WordFrequencies | null;
  /** A number question's answers in bins (numeric-histogram.ts). */
  distribution: NumericHistogram | null;
}

const WORD_LIMIT = 50;

/** The answers of the variable in scope: `SELECT <select> FROM answer a JOIN response r … GROUP BY <group>`. */
async function answersInScope<T>(db: WorkspaceDb, v: QuestionVariable, scope: CompiledFilter, select: string, tail = '', rowId = v.rowId) {
  const answers = answersOf({ ...v, rowId }, 'a');
  return db.reader.all<T>(`SELECT ${select} FROM answer a JOIN response r ON r.id = a.response_id WHERE ${answers.sql} AND ${scope.sql} ${tail}`, [...answers.params, ...scope.params]);
}

function scaleResult(categories: readonly Category[], counts: ReadonlyMap<string, number>, base: number, scored: boolean): ScaleResult {
  const { options } = choiceSummary(categories.map((c) => ({ code: c.code, count: counts.get(c.code) ?? 0 })), base);
  const withCategory = options.map((o, i) => ({ ...categories[i]!, ...o }));
  if (!scored) return { base, options: withCategory, scores: null, topTwoBox: null };
  const scale = scaleSummary(options, categories.filter((c) => c.substantive).map((c) => c.code));
  return { base, options: withCategory, scores: scale.scores, topTwoBox: scale.topTwoBox };
}

async function closedResult(db: WorkspaceDb, v: QuestionVariable, scope: CompiledFilter, rowId: string | null): Promise<ScaleResult> {
  const rows = await answersInScope<{ code: string; n: number }>(db, v, scope, `${v.key('a')} AS code, count(*) AS n`, 'GROUP BY code', rowId);
  const base = (await answersInScope<{ n: number }>(db, v, scope, 'count(DISTINCT a.response_id) AS n', '', rowId))[0]!.n;
  const counts = new Map(rows.map((r) => [String(r.code), r.n]));
  return scaleResult(v.categories, counts, base, v.question.type === 'likert' || v.question.type === 'matrix');
}

export async function questionSummary(ctx: CallContext, request: { surveyVersionId: string; questionId: string; rowId?: string | null; filter?: AnalysisFilter }): Promise<QuestionSummary> {
  const { db } = ctx;
  const version = await analysedVersion(db, request.surveyVersionId);
  const q = questionVariable(version.definition, request.questionId, request.rowId ?? null, [], true);
  const versions = await poolVersions(db, version, request.filter?.versions, [q.question.id]);
  const scope = await responseScope(db, versions, request.filter);
  const responses = (await db.reader.get<{ n: number }>(`SELECT count(*) AS n FROM response r WHERE ${scope.sql}`, scope.params))!.n;
  const empty: ScaleResult = { base: 0, options: [], scores: null, topTwoBox: null };
  const head = { surveyVersionId: version.surveyVersionId, questionId: q.question.id, rowId: q.rowId, type: q.question.type, text: q.question.text, versions, responses };
  const none = { nps: null, matrixRows: null, words: null, distribution: null };
  const question = q.question;
  switch (question.type) {
    case 'matrix': {
      if (q.rowId !== null) return { ...head, ...(await closedResult(db, q, scope, q.rowId)), ...none };
      const matrixRows = [];
      for (const row of question.rows) matrixRows.push({ rowId: row.id, label: row.label, ...(await closedResult(db, q, scope, row.id)) });
      return { ...head, ...empty, ...none, matrixRows };
    }
    case 'single':
    case 'multi':
    case 'likert':
      return { ...head, ...(await closedResult(db, q, scope, null)), ...none };
    case 'nps': {
      const closed = await closedResult(db, q, scope, null);
      const scored = closed.options.filter((o) => o.substantive);
      const nps = npsSummary(scored.map((o) => ({ value: Number(o.code), count: o.count })), closed.base - scored.reduce((s, o) => s + o.count, 0));
      return { ...head, ...closed, scores: numericSummary(scored.map((o) => ({ value: Number(o.code), count: o.count }))), ...none, nps };
    }
    case 'number': {
      const table = await answersInScope<{ value: number; count: number }>(db, q, scope, 'a.num AS value, count(*) AS count', 'AND a.num IS NOT NULL GROUP BY a.num');
      const scores = numericSummary(table);
      return { ...head, ...empty, base: scores.n, scores, ...none, distribution: numericHistogram(table) };
    }
    case 'text':
    case 'longText': {
      const texts = await answersInScope<{ text: string }>(db, q, scope, 'a.text AS text', 'AND a.text IS NOT NULL');
      const words = wordFrequencies(texts.map((t) => t.text), version.definition.language, { limit: WORD_LIMIT });
      return { ...head, ...empty, base: words.texts, ...none, words };
    }
  }
}
