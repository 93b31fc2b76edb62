import { useMemo } from 'react';
import type { ChartFormat } from '@model/charts/chart-format';
import { useStatsFormat } from '../analysis-format';

/** The tables' number format for the chart builders (which take a percentage as a ratio 0..1), so chart and table print the same figures. */
export function useAnalysisChartFormat(): ChartFormat {
  const format = useStatsFormat();
  return useMemo(() => ({ count: format.count, percent: (ratio: number) => format.percent(ratio * 100) }), [format]);
}

/** Height per horizontal bar (or cluster): room for a two-line label. */
const BAR_ROW = 44;

/** A horizontal bar chart's height: its margins (the legend above included) and a row per bar. */
export const barsChartHeight = (grid: { top: number; bottom: number }, bars: number): number => grid.top + grid.bottom + BAR_ROW * Math.max(1, bars);
