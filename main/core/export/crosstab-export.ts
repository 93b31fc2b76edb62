import type { CrosstabExportInput } from '@api/export';
import { resolveCsvOptions } from '@model/csv/csv-options';
import { formatCsvNumber } from '@model/csv/csv-numbers';
import type { CsvCell } from '@model/csv/csv-preview';
import { crosstab, type CountsCrosstab, type MeansCrosstab } from '../analysis/crosstab';
import type { CallContext } from '../call-context';
import { CROSSTAB_WORDS } from './crosstab-words';
import type { ExportPlan } from './export-jobs';
import { screenFileName, screenTablePlan, type ScreenTable as Table } from './screen-table';

type Words = (typeof CROSSTAB_WORDS)['en'];

const columnName = (c: { label: string; letter: string }) => `${c.label} (${c.letter})`;

/** A test's figures, one line each: test, statistic, value (the value a number, in the export's decimal form). */
const testLines = (test: string, figures: [string, number][]): CsvCell[][] => figures.map(([name, value]) => [test, name, value]);

/**
 * Counts as the screen shows them: per column its count, column % and significance letters; the
 * bases; then the notes (how to read the letters, columns not tested, small expected counts, why a
 * test was not given) and the test results.
 */
function countsTable(x: CountsCrosstab, w: Words, number: (n: number) => string): Table {
  const header = [w.answer, ...x.columns.flatMap((c) => [`${columnName(c)} ${w.count}`, `${columnName(c)} ${w.percent}`, `${columnName(c)} ${w.letters}`])];
  const lines: CsvCell[][] = x.rows.map((row, r) => [row.label, ...x.columns.flatMap((_, c) => [x.counts[r]![c]!, x.columnPercents[r]![c]!, x.letters[r]![c]!])]);
  lines.push([w.base, ...x.columns.flatMap((c) => [c.base, null, null])]);
  const notes = [w.lettersNote];
  if (x.bonferroni) notes.push(w.lettersBonferroni);
  const untested = x.columns.filter((c) => !c.tested);
  if (untested.length) notes.push(w.notTested(x.minimumBase, untested.map(columnName).join(', ')));
  const small = x.chiSquare?.smallExpected;
  if (small?.warning) notes.push(w.smallExpected(number(Number(small.minimum.toPrecision(3))), small.belowFive, small.cells));
  if (x.overlappingColumns) notes.push(w.overlapping(x.overlappingRespondents));
  if (x.chiSquareSkipped) notes.push(w.skipped[x.chiSquareSkipped]);
  if (x.fisherSkipped && x.fisherSkipped !== x.chiSquareSkipped) notes.push(w.skipped[x.fisherSkipped]);
  lines.push(...notes.map((n) => [n]));
  if (x.chiSquare) lines.push(...testLines(w.chiSquare, [['χ²', x.chiSquare.statistic], ['df', x.chiSquare.df], ['p', x.chiSquare.p]]));
  if (x.fisher) lines.push(...testLines(w.fisher, [['p', x.fisher.p]]));
  return { header, lines };
}

/** Means as the screen shows them: n, mean and sd per column; then why a test was not given, and ANOVA and Welch's t. */
function meansTable(x: MeansCrosstab, w: Words): Table {
  const lines: CsvCell[][] = x.columns.map((c, i) => [columnName(c), x.means[i]!.n, x.means[i]!.mean, x.means[i]!.sd]);
  if (x.overlappingColumns) lines.push([w.overlapping(x.overlappingRespondents)]);
  for (const reason of new Set([x.anovaSkipped, x.welchSkipped])) if (reason) lines.push([w.meansSkipped[reason]]);
  if (x.anova) lines.push(...testLines(w.anova, [['F', x.anova.f], ['df1', x.anova.df1], ['df2', x.anova.df2], ['p', x.anova.p]]));
  if (x.welch) lines.push(...testLines(w.welch, [['t', x.welch.t], ['df', x.welch.df], ['p', x.welch.p]]));
  return { header: [w.column, 'n', 'mean', 'sd'], lines };
}

/** export.crosstab: the crosstab of analysis.crosstab's input, run through the analysis core and written as the screen shows it, in the export's language. */
export async function planCrosstabExport(ctx: CallContext, input: CrosstabExportInput): Promise<ExportPlan> {
  const { surveyVersionId, questionId, rowId, by, measure, filter, bonferroni } = input;
  const result = await crosstab(ctx, { surveyVersionId, questionId, rowId, by, measure, filter, bonferroni });
  const words = CROSSTAB_WORDS[input.language];
  const { decimal } = resolveCsvOptions(input);
  const table = result.measure === 'counts' ? countsTable(result, words, (n) => formatCsvNumber(n, decimal)) : meansTable(result, words);
  return screenTablePlan('export.crosstab', table, screenFileName('crosstab', result.questionId, result.rowId, ctx.now()));
}
