import { crosstabStatistics, type IndependenceSkipReason } from '@model/stats/crosstab';
import type { ChiSquareResult } from '@model/stats/chi-square';
import { columnLetter } from '@model/stats/column-proportions';
import { summarizeTable } from '@model/stats/group-summary';
import { compareMeans, type AnovaResult, type MeansSkipReason, type WelchResult } from '@model/stats/means';
import type { CallContext } from '../call-context';
import type { CompiledFilter } from '../db/filter-sql';
import type { WorkspaceDb } from '../db/workspace-db';
import { AppError } from '../errors';
import { analysedVersion, poolVersions, responseScope, type AnalysisFilter, type VersionPool } from './analysis-scope';
import { breakdownOf, type Breakdown, type BreakdownColumn, type By } from './breakdown';
import { countCells, respondentBases, scoreTables } from './crosstab-query';
import { questionVariable, type Category, type QuestionVariable } from './question-variable';

/**
 * analysis.crosstab: a question (or a matrix row) by another question, a set of segments or a
 * member field, over the complete responses in scope. Counts give column percentages, chi-square
 * (with Cochran's small-expected warning), Fisher's exact test for a 2×2 table and column-proportion
 * letters; means give n, mean and sd per column, one-way ANOVA and, for two columns, Welch's t-test.
 * A test not given says why.
 */

export type Measure = 'counts' | 'means';

export interface CrosstabRequest {
  surveyVersionId: string;
  questionId: string;
  rowId?: string | null;
  by: By;
  measure?: Measure;
  filter?: AnalysisFilter;
  bonferroni?: boolean;
}

export interface CrosstabColumn extends BreakdownColumn {
  letter: string;
  /** Respondents in the column who answered (counts), or values (means). */
  base: number;
  /** False where the base is under the minimum: no column-proportion test (the screen says so). */
  tested: boolean;
}

interface Common {
  surveyVersionId: string;
  questionId: string;
  rowId: string | null;
  versions: VersionPool;
  /** A respondent can be in several columns (multiple-choice columns, or segments that overlap), and how many are. */
  overlappingColumns: boolean;
  overlappingRespondents: number;
}

export interface CountsCrosstab extends Common {
  measure: 'counts';
  rows: Category[];
  columns: CrosstabColumn[];
  counts: number[][];
  columnPercents: (number | null)[][];
  /** The bases are respondents (always); with multiple choice or overlapping columns they are not the column totals. */
  multipleResponse: boolean;
  chiSquare: Pick<ChiSquareResult, 'statistic' | 'df' | 'p' | 'droppedRows' | 'droppedColumns' | 'smallExpected'> | null;
  chiSquareSkipped: IndependenceSkipReason | null;
  fisher?: { p: number };
  fisherSkipped: IndependenceSkipReason | null;
  /** letters[row][column]: the columns significantly lower, upper case at p < 0.01, lower case at p < 0.05. */
  letters: string[][];
  bonferroni: boolean;
  minimumBase: number;
}

export interface MeansCrosstab extends Common {
  measure: 'means';
  columns: CrosstabColumn[];
  means: { column: string; n: number; mean: number | null; sd: number | null }[];
  anova: Omit<AnovaResult, 'groups'> | null;
  anovaSkipped: MeansSkipReason | null;
  welch?: Pick<WelchResult, 't' | 'df' | 'p'>;
  welchSkipped: MeansSkipReason | null;
}

const MINIMUM_BASE = 30;

const invalid = (message: string, key: string, params: Record<string, string>, path: string[]) =>
  new AppError('VALIDATION', message, { key, params, issues: [{ path, message }] });

function measureOf(v: QuestionVariable, asked: Measure | undefined): Measure {
  const measure = asked ?? (v.question.type === 'number' ? 'means' : 'counts');
  const type = v.question.type;
  if (measure === 'counts' && v.categories.length === 0) {
    throw invalid(`${v.question.id} is a ${type} question: compare it by means, not counts.`, 'errors.analysisCountsOf', { questionId: v.question.id, type }, ['measure']);
  }
  if (measure === 'means' && v.score('a') === null) {
    throw invalid(`${v.question.id} is a ${type} question: it has no scores to average.`, 'errors.analysisMeansOf', { questionId: v.question.id, type }, ['measure']);
  }
  return measure;
}

/** The columns in order: a fixed list, or the values found (a field without a value list), in order. */
function columnsOf(by: Breakdown, found: Iterable<string>): BreakdownColumn[] {
  if (by.kind === 'flags' || !by.fromData) return by.columns;
  return [...new Set(found)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((key) => ({ key, label: key }));
}

async function countsCrosstab(db: WorkspaceDb, v: QuestionVariable, scope: CompiledFilter, by: Breakdown, common: Omit<Common, 'overlappingColumns' | 'overlappingRespondents'>, bonferroni: boolean): Promise<CountsCrosstab> {
  const counted = await countCells(db, v, scope, by);
  const { cells } = counted;
  const columns = columnsOf(by, cells.map((c) => c.column));
  // With one answer per respondent and columns that cannot overlap, the column totals are the bases.
  const needsBases = v.multiple || (by.kind === 'grouped' && by.overlapping);
  const { bases: baseOf, overlapping } = needsBases ? await respondentBases(db, v, scope, by) : { bases: null, overlapping: counted.overlapping };
  const rowIndex = new Map(v.categories.map((c, i) => [c.code, i]));
  const colIndex = new Map(columns.map((c, i) => [c.key, i]));
  const counts = v.categories.map(() => columns.map(() => 0));
  for (const cell of cells) {
    const [r, c] = [rowIndex.get(cell.row), colIndex.get(cell.column)];
    if (r !== undefined && c !== undefined) counts[r]![c]! += cell.n;
  }
  const columnBases = baseOf ? columns.map((c) => baseOf.get(c.key) ?? 0) : columns.map((_, c) => counts.reduce((sum, row) => sum + row[c]!, 0));
  const overlappingColumns = overlapping > 0;
  const stats = crosstabStatistics({
    counts,
    columnBases,
    multipleResponse: v.multiple,
    overlappingColumns,
    bonferroni,
    minimumBase: MINIMUM_BASE,
  });
  const chi = stats.chiSquare.ok ? stats.chiSquare.value : null;
  return {
    ...common,
    measure: 'counts',
    overlappingColumns,
    overlappingRespondents: overlapping,
    rows: v.categories,
    columns: columns.map((c, i) => ({ ...c, ...stats.columnProportions.columns[i]! })),
    counts,
    columnPercents: stats.columnPercents,
    multipleResponse: v.multiple,
    chiSquare: chi && { statistic: chi.statistic, df: chi.df, p: chi.p, droppedRows: chi.droppedRows, droppedColumns: chi.droppedColumns, smallExpected: chi.smallExpected },
    chiSquareSkipped: stats.chiSquare.ok ? null : stats.chiSquare.reason,
    ...(stats.fisher.ok ? { fisher: { p: stats.fisher.value.p } } : {}),
    fisherSkipped: stats.fisher.ok ? null : stats.fisher.reason,
    letters: stats.columnProportions.cells.map((row) => row.map((cell) => cell.letters)),
    bonferroni,
    minimumBase: MINIMUM_BASE,
  };
}

async function meansCrosstab(db: WorkspaceDb, v: QuestionVariable, scope: CompiledFilter, by: Breakdown, common: Omit<Common, 'overlappingColumns' | 'overlappingRespondents'>): Promise<MeansCrosstab> {
  const table = await scoreTables(db, v, scope, by);
  const columns = columnsOf(by, table.map((t) => t.column));
  const overlapping = by.kind === 'flags' || by.overlapping ? (await respondentBases(db, v, scope, by)).overlapping : 0;
  const groups = columns.map((col) => summarizeTable(table.filter((t) => t.column === col.key).map((t) => ({ value: t.value, count: t.n }))));
  const result = compareMeans(groups, { overlappingColumns: overlapping > 0 });
  return {
    ...common,
    measure: 'means',
    overlappingColumns: overlapping > 0,
    overlappingRespondents: overlapping,
    columns: columns.map((c, i) => ({ ...c, letter: columnLetter(i), base: groups[i]!.n, tested: groups[i]!.n > 1 })),
    means: result.columns.map((m, i) => ({ column: columns[i]!.key, ...m })),
    anova: result.anova.ok ? { f: result.anova.value.f, df1: result.anova.value.df1, df2: result.anova.value.df2, p: result.anova.value.p } : null,
    anovaSkipped: result.anova.ok ? null : result.anova.reason,
    ...(result.welch.ok ? { welch: { t: result.welch.value.t, df: result.welch.value.df, p: result.welch.value.p } } : {}),
    welchSkipped: result.welch.ok ? null : result.welch.reason,
  };
}

export async function crosstab(ctx: CallContext, request: CrosstabRequest): Promise<CountsCrosstab | MeansCrosstab> {
  const { db } = ctx;
  const version = await analysedVersion(db, request.surveyVersionId);
  const v = questionVariable(version.definition, request.questionId, request.rowId ?? null, []);
  const measure = measureOf(v, request.measure);
  const by = await breakdownOf(db, version.definition, request.by);
  const versions = await poolVersions(db, version, request.filter?.versions, [v.question.id, ...by.questionIds]);
  const scope = await responseScope(db, versions, request.filter);
  const common = { surveyVersionId: version.surveyVersionId, questionId: v.question.id, rowId: v.rowId, versions };
  return measure === 'counts' ? countsCrosstab(db, v, scope, by, common, request.bonferroni ?? false) : meansCrosstab(db, v, scope, by, common);
}
