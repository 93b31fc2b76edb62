import type { SummaryExportInput } from '@api/export';
import type { CsvCell } from '@model/csv/csv-preview';
import { formatCsvNumber } from '@model/csv/csv-numbers';
import { resolveCsvOptions } from '@model/csv/csv-options';
import { questionSummary, type QuestionSummary, type ScaleResult } from '../analysis/question-summary';
import type { CallContext } from '../call-context';
import type { ExportPlan } from './export-jobs';
import { screenFileName, screenTablePlan, type ScreenTable } from './screen-table';
import { SUMMARY_WORDS } from './summary-words';

type Words = (typeof SUMMARY_WORDS)['en'];

/**
 * One line per figure the summary panel shows, in the columns
 * row | answer or statistic | count | percent | value | answers with it | note:
 * a count with its percent, a statistic in value, a word's times in count and its answers beside.
 */
const line = (row: string, item: string, figures: { count?: number; percent?: number | null; value?: number | null; texts?: number; note?: string }): CsvCell[] => [
  row,
  item,
  figures.count ?? null,
  figures.percent ?? null,
  figures.value ?? null,
  figures.texts ?? null,
  figures.note ?? null,
];

/** The options table, the base and the statistics table of one question or matrix row (the lowest and highest only for a number, as on screen). */
function scaleLines(row: string, s: ScaleResult, w: Words, withRange: boolean): CsvCell[][] {
  const lines = s.options.map((o) => line(row, o.label, { count: o.count, percent: o.percent, note: o.substantive ? undefined : w.notCounted }));
  lines.push(line(row, w.base, { count: s.base }));
  const scores = s.scores;
  if (scores) {
    const stats: [string, number | null][] = [[w.n, scores.n], [w.mean, scores.mean], [w.median, scores.median], [w.sd, scores.sd]];
    if (withRange) stats.push([w.min, scores.min], [w.max, scores.max]);
    lines.push(...stats.map(([name, value]) => line(row, name, { value })));
  }
  if (s.topTwoBox) lines.push(line(row, w.topTwoBox, s.topTwoBox));
  return lines;
}

/**
 * A number question's frequency table, as the Results panel shows it under its statistics: one line
 * per bin (its value, or its interval from ≤ value < to, in the export's decimal form), with the
 * count and the share of the answers.
 */
function distributionLines(s: QuestionSummary, w: Words, decimal: (n: number) => string): CsvCell[][] {
  const d = s.distribution;
  if (!d) return [];
  const label = (from: number, to: number) => (d.binning === 'values' ? decimal(from) : w.binRange.replace('{{from}}', decimal(from)).replace('{{to}}', decimal(to)));
  return d.bins.map((b) => line(w.distribution, label(b.from, b.to), { count: b.count, percent: s.base > 0 ? (100 * b.count) / s.base : null }));
}

function summaryTable(s: QuestionSummary, w: Words, decimal: (n: number) => string): ScreenTable {
  const lines = [line('', w.responses, { count: s.responses })];
  if (s.matrixRows) lines.push(...s.matrixRows.flatMap((r) => scaleLines(r.label, r, w, false)));
  else lines.push(...scaleLines('', s, w, s.type === 'number'), ...distributionLines(s, w, decimal));
  if (s.nps) {
    const { score, promoters, passives, detractors } = s.nps;
    lines.push(line('', w.nps, { value: score }), line('', w.promoters, promoters), line('', w.passives, passives), line('', w.detractors, detractors));
  }
  if (s.words) lines.push(...s.words.words.map((word) => line('', word.word, { count: word.count, texts: word.texts })));
  return { header: [w.row, w.item, w.count, w.percent, w.value, w.texts, w.note], lines };
}

/** export.summary: the summary of analysis.summary's input, run through the analysis core and written as the screen shows it, in the export's language. */
export async function planSummaryExport(ctx: CallContext, input: SummaryExportInput): Promise<ExportPlan> {
  const { surveyVersionId, questionId, rowId, filter } = input;
  const summary = await questionSummary(ctx, { surveyVersionId, questionId, rowId, filter });
  const { decimal } = resolveCsvOptions(input);
  return screenTablePlan('export.summary', summaryTable(summary, SUMMARY_WORDS[input.language], (n) => formatCsvNumber(n, decimal)), screenFileName('summary', summary.questionId, summary.rowId, ctx.now()));
}
