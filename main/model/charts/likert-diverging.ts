import type { EChartsOption } from 'echarts';
import type { ScaleSummary } from '../stats/scale-summary';
import { chartBase, chartColors, divergingColours, labelColourOn } from './chart-theme';
import { percentText, type ChartFormat } from './chart-format';
import { barItem, categoryAxis, hiddenValueAxis, insideLabel, legendOnTop } from './bar-parts';

export interface LikertDivergingInput {
  /** One bar per row: a Likert question, or each row of a matrix, with its translated name. */
  rows: readonly { label: string; summary: ScaleSummary }[];
  /** The substantive points' codes, lowest first (non-substantive answers are left out of the bars). */
  scale: readonly string[];
  /** A point's text in the UI language, by its code. */
  pointLabel(code: string): string;
  format: ChartFormat;
}

/** Percent of a row's substantive answers on each point of the scale. */
function pointPercents(summary: ScaleSummary, scale: readonly string[]): { count: number; percent: number | null }[] {
  const counts = scale.map((code) => summary.options.find((o) => o.code === code)?.count ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((count) => ({ count, percent: total > 0 ? (100 * count) / total : null }));
}

/**
 * A Likert question or a matrix as a diverging stacked bar: per row, the lower points extend left
 * of a centre line and the upper points right (the midpoint of an odd scale half on each side), as
 * shares of the row's substantive answers. Points nearest the middle sit next to the line.
 */
export function likertDivergingOption({ rows, scale, pointLabel, format }: LikertDivergingInput) {
  const names = scale.map(pointLabel);
  const colours = divergingColours(scale.length);
  const legend = legendOnTop(names);
  const shares = rows.map((row) => pointPercents(row.summary, scale));
  const half = Math.floor(scale.length / 2);
  const middle = scale.length % 2 === 1 ? half : -1;
  /** Point i's segment on one side; the midpoint gives half its share to each side. */
  const series = (i: number, side: 'low' | 'high') => ({
    type: 'bar' as const,
    name: names[i]!,
    stack: 'likert',
    barWidth: 28,
    itemStyle: { color: colours[i]! },
    label: { ...insideLabel, color: labelColourOn(colours[i]!), show: side === 'high' || i !== middle },
    data: shares.map((row) => {
      const { count, percent } = row[i]!;
      const share = (percent ?? 0) * (i === middle ? 0.5 : 1);
      const text = percentText(format, percent);
      return barItem({ value: side === 'low' ? 0 - share : share, text, tip: `${names[i]}: ${format.count(count)} · ${text}` });
    }),
  });
  // Each side stacks outwards from the centre line in series order: nearest the middle first.
  const lowSide = [...(middle >= 0 ? [series(middle, 'low')] : []), ...Array.from({ length: half }, (_, k) => series(half - 1 - k, 'low'))];
  const highSide = [...(middle >= 0 ? [series(middle, 'high')] : []), ...Array.from({ length: half }, (_, k) => series(scale.length - half + k, 'high'))];
  const [first, ...rest] = [...lowSide, ...highSide];
  return {
    ...chartBase({ left: 8, right: 16, top: legend.height, bottom: 8 }, colours),
    legend: legend.legend,
    xAxis: hiddenValueAxis({ min: -100, max: 100 }),
    yAxis: categoryAxis(rows.map((r) => r.label)),
    series: [
      { ...first!, markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: chartColors.text, type: 'solid' as const, width: 1 }, data: [{ xAxis: 0 }] } },
      ...rest,
    ],
  } satisfies EChartsOption;
}
