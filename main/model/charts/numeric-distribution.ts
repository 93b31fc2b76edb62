import type { EChartsOption } from 'echarts';
import type { NumericHistogram } from '../stats/numeric-histogram';
import type { NumericSummary } from '../stats/numeric-summary';
import { chartBase, chartTheme, SEQUENTIAL_PALETTE } from './chart-theme';
import type { ChartFormat } from './chart-format';
import { barItem } from './bar-parts';

export interface NumericDistributionInput {
  /** The answers in bins, as analysis.summary gives them (numeric-histogram.ts). */
  distribution: NumericHistogram;
  summary: NumericSummary;
  /**
   * Translated: the axis names, the summary line, e.g. (n, mean, median, sd) → "n = 120 · mean 3.4 ·
   * median 3 · SD 1.1", and for intervals the rule of the bins by their width.
   */
  labels: { value: string; respondents: string; summary(n: string, mean: string, median: string, sd: string): string; bins(width: string): string };
  /** number: a value or a bin's edge as it is; decimal: a statistic as the tables print it. */
  format: Pick<ChartFormat, 'count'> & { number(x: number): string; decimal(x: number): string };
}

/** Room above the plot for the summary line, and the binning rule under it. */
const TOP = { values: 44, intervals: 78 };

/** A number question's answers as columns (a value or an interval each), with n, mean, median and SD written above the plot. */
export function numericDistributionOption({ distribution, summary, labels, format }: NumericDistributionInput) {
  const intervals = distribution.binning === 'intervals';
  const columns = distribution.bins.map((b) => ({ label: intervals ? `${format.number(b.from)}–${format.number(b.to)}` : format.number(b.from), count: b.count }));
  const dash = (x: number | null) => (x === null ? '–' : format.decimal(x));
  return {
    ...chartBase({ left: 8, right: 16, top: TOP[distribution.binning], bottom: 28 }, [SEQUENTIAL_PALETTE[1]]),
    title: {
      text: labels.summary(format.count(summary.n), dash(summary.mean), dash(summary.median), dash(summary.sd)),
      subtext: intervals && distribution.width !== null ? labels.bins(format.number(distribution.width)) : '',
      left: 0,
      top: 0,
      textStyle: { fontSize: 13, fontWeight: 'normal' as const, color: chartTheme.colors.text },
      subtextStyle: { fontSize: 12, color: chartTheme.colors.text },
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
