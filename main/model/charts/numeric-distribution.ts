import type { EChartsOption } from 'echarts';
import type { ValueCount } from '../recruitment/percentiles';
import type { NumericSummary } from '../stats/numeric-summary';
import { chartBase, chartTheme, SEQUENTIAL_PALETTE } from './chart-theme';
import type { ChartFormat } from './chart-format';
import { barItem } from './bar-parts';

/** Up to this many distinct values get a bar each; more are put in BINS equal bins. */
const MAX_VALUE_BARS = 25;
const BINS = 20;

export interface NumericDistributionInput {
  /** The answers' frequency table (distinct values with counts), as numericSummary takes it. */
  table: readonly ValueCount[];
  summary: NumericSummary;
  /** Translated: the axis names and the summary line, e.g. (n, mean, median, sd) → "n = 120 · mean 3.4 · median 3 · SD 1.1". */
  labels: { value: string; respondents: string; summary(n: string, mean: string, median: string, sd: string): string };
  format: Pick<ChartFormat, 'count'> & { number(x: number): string };
}

interface Column {
  label: string;
  count: number;
}

/** One column per distinct value, or BINS equal bins from the least to the greatest value (the last bin includes its upper edge). */
export function distributionColumns(table: readonly ValueCount[], format: NumericDistributionInput['format']): Column[] {
  const rows = table.filter((r) => r.count > 0).sort((a, b) => a.value - b.value);
  if (rows.length <= MAX_VALUE_BARS) return rows.map((r) => ({ label: format.number(r.value), count: r.count }));
  const [min, max] = [rows[0]!.value, rows.at(-1)!.value];
  const width = (max - min) / BINS;
  const columns = Array.from({ length: BINS }, (_, i) => ({ label: `${format.number(min + i * width)}–${format.number(min + (i + 1) * width)}`, count: 0 }));
  for (const r of rows) columns[Math.min(BINS - 1, Math.floor((r.value - min) / width))]!.count += r.count;
  return columns;
}

/** A number question's answers as columns, with n, mean, median and SD written above the plot. */
export function numericDistributionOption({ table, summary, labels, format }: NumericDistributionInput) {
  const columns = distributionColumns(table, format);
  const dash = (x: number | null) => (x === null ? '–' : format.number(x));
  return {
    ...chartBase({ left: 8, right: 16, top: 44, bottom: 28 }, [SEQUENTIAL_PALETTE[1]]),
    title: {
      text: labels.summary(format.count(summary.n), dash(summary.mean), dash(summary.median), dash(summary.sd)),
      left: 0,
      top: 0,
      textStyle: { fontSize: 13, fontWeight: 'normal' as const, color: chartTheme.colors.text },
    },
    xAxis: { type: 'category' as const, data: columns.map((c) => c.label), name: labels.value, nameLocation: 'middle' as const, nameGap: 28, axisLabel: { ...chartTheme.axisLabel, hideOverlap: true } },
    yAxis: { type: 'value' as const, name: labels.respondents, minInterval: 1, axisLabel: chartTheme.axisLabel, splitLine: chartTheme.splitLine },
    series: [
      {
        type: 'bar' as const,
        name: labels.respondents,
        barCategoryGap: '12%',
        data: columns.map((c) => barItem({ value: c.count, text: format.count(c.count), tip: `${c.label}: ${format.count(c.count)}` })),
        label: { show: columns.length <= 12, position: 'top' as const, ...chartTheme.valueLabel },
      },
    ],
  } satisfies EChartsOption;
}
