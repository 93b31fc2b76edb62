import type { EChartsOption } from 'echarts';
import type { HistogramBin } from '../recruitment/histogram';
import { chartBase, chartColors, chartTheme, SEQUENTIAL_PALETTE } from './chart-theme';

export interface OpennessDistributionInput {
  /** Bins of 0.2 from 1 to 5 (recruitment.openness → distribution.bins). */
  bins: readonly HistogramBin[];
  /** The panel's P25/P75; null when there are no bands (fewer than 30 scored). */
  thresholds: { p25: number; p75: number } | null;
  /** Translated texts: the caller knows the language. */
  labels: { score: string; members: string; p25: string; p75: string };
  /** Locale-aware number formatting, applied here so the option stays plain JSON. */
  format: { count(n: number): string; score(x: number): string; /** An axis tick, e.g. 1,5 in Russian. */ axis(x: number): string };
}

const AXIS_MIN = 1;
const AXIS_MAX = 5;
const AXIS_STEP = 0.5;

/**
 * ECharts option for the openness histogram: one bar per 0.2-wide bin on a 1–5 value axis, with
 * dashed markers at P25 and P75 labelled with their values. The tooltip names the bin and count.
 */
export function opennessDistributionOption({ bins, thresholds, labels, format }: OpennessDistributionInput) {
  const markers = thresholds
    ? [
        { name: labels.p25, xAxis: thresholds.p25, label: { formatter: `${labels.p25} ${format.score(thresholds.p25)}` } },
        { name: labels.p75, xAxis: thresholds.p75, label: { formatter: `${labels.p75} ${format.score(thresholds.p75)}` } },
      ]
    : [];
  return {
    ...chartBase({ left: 8, right: 16, top: 36, bottom: 28 }, [SEQUENTIAL_PALETTE[1]]),
    dataset: {
      dimensions: [
        { name: 'mid', type: 'number' },
        { name: 'count', type: 'number' },
        { name: 'range', type: 'ordinal', displayName: labels.score },
        { name: 'countText', type: 'ordinal', displayName: labels.members },
      ],
      source: bins.map((b) => [(b.from + b.to) / 2, b.count, `${format.score(b.from)}–${format.score(b.to)}`, format.count(b.count)]),
    },
    xAxis: [
      {
        type: 'value' as const,
        min: AXIS_MIN,
        max: AXIS_MAX,
        interval: AXIS_STEP,
        name: labels.score,
        nameLocation: 'middle' as const,
        nameGap: 28,
        // Its numbers are written by the axis below, in the caller's locale: a formatter function would not reach an export.
        axisLabel: { show: false },
      },
      {
        // One category per tick of the value axis; without a boundary gap they fall exactly on its ticks.
        type: 'category' as const,
        position: 'bottom' as const,
        boundaryGap: false,
        data: Array.from({ length: (AXIS_MAX - AXIS_MIN) / AXIS_STEP + 1 }, (_, i) => format.axis(AXIS_MIN + i * AXIS_STEP)),
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: chartTheme.axisLabel,
      },
    ],
    yAxis: { type: 'value', name: labels.members, axisLabel: chartTheme.axisLabel, splitLine: chartTheme.splitLine },
    series: [
      {
        type: 'bar',
        name: labels.members,
        encode: { x: 'mid', y: 'count', tooltip: ['range', 'countText'] },
        // On a value axis the band is the smallest gap between bars: one bin, as every bin is present.
        barWidth: '94%',
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: chartColors.marker, type: 'dashed', width: 1.5 },
          label: { position: 'end', color: chartColors.marker, fontSize: 12 },
          data: markers,
        },
      },
    ],
  } satisfies EChartsOption;
}
