import type { EChartsOption } from 'echarts';
import { CATEGORICAL_PALETTE, chartBase } from './chart-theme';
import { percentText, type ChartFormat } from './chart-format';
import { barItem, categoryAxis, endLabel, hiddenValueAxis, insideLabel, legendOnTop, MIN_LABELLED_SHARE } from './bar-parts';

export interface CrosstabBarsInput {
  /** Translated answer names (the crosstab's rows). */
  rows: readonly string[];
  /** Translated column names (segments, another question's answers, field values). */
  columns: readonly string[];
  /** analysis.crosstab's counts[row][column]. */
  counts: readonly (readonly number[])[];
  /** analysis.crosstab's columnPercents[row][column] (null where the column base is 0). */
  columnPercents: readonly (readonly (number | null)[])[];
  /**
   * clustered: one group of bars per answer, a bar per column, to compare columns answer by
   * answer; stacked: one 100 % bar per column split by answer, to compare the columns' make-up.
   */
  layout: 'clustered' | 'stacked';
  format: ChartFormat;
}

/** A crosstab's column percentages as horizontal bars, clustered or stacked, the columns in the categorical palette. */
export function crosstabBarsOption({ rows, columns, counts, columnPercents, layout, format }: CrosstabBarsInput) {
  const stacked = layout === 'stacked';
  const cell = (r: number, c: number, name: string) => {
    const text = percentText(format, columnPercents[r]![c]!);
    const value = columnPercents[r]![c] ?? 0;
    return barItem({ value, text, tip: `${name}: ${format.count(counts[r]![c]!)} · ${text}` }, !stacked || value >= MIN_LABELLED_SHARE);
  };
  // Series are the columns when clustered (the reader compares them), the answers when stacked.
  const seriesNames = stacked ? rows : columns;
  const legend = legendOnTop(seriesNames);
  return {
    ...chartBase({ left: 8, right: stacked ? 16 : 72, top: legend.height, bottom: 8 }, CATEGORICAL_PALETTE),
    legend: legend.legend,
    xAxis: hiddenValueAxis({ min: 0, max: 100 }),
    yAxis: categoryAxis(stacked ? columns : rows),
    series: stacked
      ? rows.map((row, r) => ({ type: 'bar' as const, name: row, stack: 'column', barWidth: 28, label: insideLabel, data: columns.map((column, c) => cell(r, c, `${column} · ${row}`)) }))
      : columns.map((column, c) => ({ type: 'bar' as const, name: column, barGap: '10%', label: endLabel, data: rows.map((row, r) => cell(r, c, `${row} · ${column}`)) })),
  } satisfies EChartsOption;
}
