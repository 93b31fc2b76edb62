import type { EChartsOption } from 'echarts';
import type { NpsGroup, NpsSummary } from '../stats/nps';
import { chartBase, labelColourOn, NPS_COLOURS } from './chart-theme';
import { percentText, type ChartFormat } from './chart-format';
import { barItem, categoryAxis, hiddenValueAxis, insideLabel, legendOnTop } from './bar-parts';

const GROUPS = ['detractors', 'passives', 'promoters'] as const;
type NpsGroupName = (typeof GROUPS)[number];

export interface NpsBarInput {
  summary: NpsSummary;
  /** Translated group names, and the bar's name with the score written in, e.g. "NPS +23". */
  labels: Record<NpsGroupName, string> & { bar: string };
  format: ChartFormat;
}

/**
 * Net Promoter Score as one bar split into detractors, passives and promoters (shares of the 0–10
 * answers, left to right), with the score in the bar's name.
 */
export function npsBarOption({ summary, labels, format }: NpsBarInput) {
  const legend = legendOnTop(GROUPS.map((g) => labels[g]));
  const part = (name: NpsGroupName, group: NpsGroup) => {
    const text = percentText(format, group.percent);
    return barItem({ value: group.percent ?? 0, text, tip: `${labels[name]}: ${format.count(group.count)} · ${text}` });
  };
  return {
    ...chartBase({ left: 8, right: 16, top: legend.height, bottom: 8 }, GROUPS.map((g) => NPS_COLOURS[g])),
    legend: legend.legend,
    xAxis: hiddenValueAxis({ min: 0, max: 100 }),
    yAxis: categoryAxis([labels.bar]),
    series: GROUPS.map((g) => ({
      type: 'bar' as const,
      name: labels[g],
      stack: 'nps',
      barWidth: 36,
      label: { ...insideLabel, color: labelColourOn(NPS_COLOURS[g]) },
      data: [part(g, summary[g])],
    })),
  } satisfies EChartsOption;
}
