import type { EChartsOption } from 'echarts';
import { chartBase } from './chart-theme';
import { barItem, categoryAxis, endLabel, hiddenValueAxis, type BarValue } from './bar-parts';

export interface HorizontalBarsInput {
  /** Top to bottom: the category's translated name with its bar. */
  bars: readonly (BarValue & { label: string })[];
  /** The series' name (what the bars count), for the tooltip. */
  name: string;
  colour: string;
  /** The value axis' end, e.g. 100 for percentages; by default the longest bar. */
  max?: number;
}

/** One horizontal bar per category, its number written at its end: the base of choice and word charts. */
export function horizontalBarsOption({ bars, name, colour, max }: HorizontalBarsInput) {
  return {
    ...chartBase({ left: 8, right: 120, top: 8, bottom: 8 }, [colour]),
    xAxis: hiddenValueAxis(max === undefined ? {} : { min: 0, max }),
    yAxis: categoryAxis(bars.map((b) => b.label)),
    series: [{ type: 'bar' as const, name, barCategoryGap: '28%', itemStyle: { borderRadius: [0, 4, 4, 0] }, label: endLabel, data: bars.map((b) => barItem(b)) }],
  } satisfies EChartsOption;
}
