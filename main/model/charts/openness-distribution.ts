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
  format: { count(n: number): string; score(x: number): string };
}

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
    xAxis: {
      type: 'value',
      min: 1,
      max: 5,
      interval: 0.5,
      name: labels.score,
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: chartTheme.axisLabel,
    },
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
