import { useMemo } from 'react';
import type { ChartFormat } from '@model/charts/chart-format';
import { useStatsFormat } from '../analysis-format';

/** The tables' number format for the chart builders (which take a percentage as a ratio 0..1), so chart and table print the same figures. */
export function useAnalysisChartFormat(): ChartFormat {
  const format = useStatsFormat();
  return useMemo(() => ({ count: format.count, percent: (ratio: number) => format.percent(ratio * 100) }), [format]);
}

/** Height per horizontal bar: room for a two-line label; a bar in a cluster gets room for its value label. */
const BAR_ROW = 44;
const CLUSTERED_BAR = 18;
const CLUSTER_GAP = 16;

/** A horizontal bar chart's height: its margins (the legend above included) and a row per category, of `perRow` bars side by side. */
export const barsChartHeight = (grid: { top: number; bottom: number }, rows: number, perRow = 1): number =>
  grid.top + grid.bottom + Math.max(1, rows) * Math.max(BAR_ROW, perRow * CLUSTERED_BAR + CLUSTER_GAP);
