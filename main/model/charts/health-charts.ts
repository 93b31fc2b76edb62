import type { EChartsOption } from 'echarts';
import { barItem } from './bar-parts';
import type { ChartFormat } from './chart-format';
import { chartBase, chartTheme, SEQUENTIAL_PALETTE } from './chart-theme';
import { horizontalBarsOption } from './horizontal-bars';

/**
 * The community health dashboard's charts (analysis.health): new members per week as columns, and
 * the survey participation and retention cohorts as bars of a rate (0–100 %).
 */

export interface NewMembersInput {
  weeks: readonly { week: string; members: number }[];
  /** Translated: what the columns count, and a week's name from its Monday (e.g. "w/c 1 Dec"). */
  labels: { members: string; week(monday: string): string };
  format: Pick<ChartFormat, 'count'>;
}

/** One column per week of the period, weeks nobody joined in as empty columns, so a pause shows. */
export function newMembersOption({ weeks, labels, format }: NewMembersInput) {
  return {
    ...chartBase({ left: 8, right: 16, top: 24, bottom: 8 }, [SEQUENTIAL_PALETTE[1]]),
    xAxis: { type: 'category' as const, data: weeks.map((w) => labels.week(w.week)), axisLabel: { ...chartTheme.axisLabel, hideOverlap: true } },
    yAxis: { type: 'value' as const, minInterval: 1, axisLabel: chartTheme.axisLabel, splitLine: chartTheme.splitLine },
    series: [
      {
        type: 'bar' as const,
        name: labels.members,
        barCategoryGap: '20%',
        data: weeks.map((w) => barItem({ value: w.members, text: format.count(w.members), tip: `${labels.week(w.week)}: ${format.count(w.members)}` })),
        // Numbers on the columns only while there is room for them.
        label: { show: weeks.length <= 16, position: 'top' as const, ...chartTheme.valueLabel },
      },
    ],
  } satisfies EChartsOption;
}

export interface RateBar {
  /** The bar's translated name, e.g. a survey's title or a join month. */
  label: string;
  /** 0..1; null: no base (drawn as an empty bar with "–"). */
  rate: number | null;
  /** The counts behind the rate, for the tooltip, e.g. "12 of 40 members". */
  detail: string;
}

/** A rate per category as horizontal bars on a 0–100 % axis: participation per survey, retention per cohort. */
export function rateBarsOption({ bars, name, format }: { bars: readonly RateBar[]; name: string; format: Pick<ChartFormat, 'percent'> }) {
  return horizontalBarsOption({
    name,
    colour: SEQUENTIAL_PALETTE[1],
    max: 100,
    bars: bars.map((b) => {
      const text = b.rate === null ? '–' : format.percent(b.rate);
      return { label: b.label, value: (b.rate ?? 0) * 100, text, tip: `${b.label}: ${text} (${b.detail})` };
    }),
  });
}
