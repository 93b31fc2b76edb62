import { chartTheme } from './chart-theme';
import { columnsOf, wrapLabel } from './chart-labels';

/**
 * Parts the bar charts share. Options stay plain JSON (the core renders the same option for
 * exports, and a function cannot cross to it), so every number is written here, already in the
 * caller's locale, as each bar's label and tooltip text.
 */

/** One bar: its length, the text written at its end and what its tooltip says. */
export interface BarValue {
  value: number;
  text: string;
  tip: string;
}

/** A bar's data item with its own label and tooltip text; `labelled: false` leaves the label out (the tooltip keeps it). */
export const barItem = ({ value, text, tip }: BarValue, labelled = true) => {
  const label: { formatter: string; show?: false } = labelled ? { formatter: text } : { formatter: text, show: false };
  return { value, label, tooltip: { formatter: tip } };
};

/** Narrower stacked segments (percent of the bar) get no label inside: "0.0%" would spill onto their neighbours. */
export const MIN_LABELLED_SHARE = 8;

/** Category names beside horizontal bars, top to bottom, wrapped so long ones never overlap their neighbours. */
export const categoryAxis = (labels: readonly string[]) => ({
  type: 'category' as const,
  inverse: true,
  data: labels.map((label) => wrapLabel(label)),
  axisLine: { show: false },
  axisTick: { show: false },
  axisLabel: { ...chartTheme.categoryLabel, lineHeight: 16 },
});

/** The value axis of bars whose numbers are written on them. */
export const hiddenValueAxis = (range: { min?: number; max?: number } = {}) => ({ type: 'value' as const, show: false, ...range });

/** A value label at the end of each bar. */
export const endLabel = { show: true, position: 'right' as const, ...chartTheme.valueLabel };
/** A value label inside a stacked segment (white unless the series sets its colour from its fill: labelColourOn). */
export const insideLabel = { show: true, position: 'inside' as const, color: '#ffffff', fontSize: 11, minMargin: 2 };

const LEGEND_ROW = 24;
/** The narrowest chart the legend is laid out for (px): a half-width card at 1024 px. */
const NARROWEST_CHART = 440;
const LEGEND_ITEM_EXTRA = 40;
const PX_PER_COLUMN = 7;

/** A legend above the plot; the plot starts below as many rows as the legend can take in the narrowest chart. */
export function legendOnTop(names: readonly string[]) {
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const width = columnsOf(name) * PX_PER_COLUMN + LEGEND_ITEM_EXTRA;
    if (used > 0 && used + width > NARROWEST_CHART) {
      rows++;
      used = 0;
    }
    used += width;
  }
  return { legend: { top: 0, left: 'center' as const, data: [...names], textStyle: { color: chartTheme.textStyle.color } }, height: rows * LEGEND_ROW + 8 };
}
