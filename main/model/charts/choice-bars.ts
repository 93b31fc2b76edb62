import type { ChoiceSummary } from '../stats/choice-summary';
import { CATEGORICAL_PALETTE } from './chart-theme';
import { percentText, type ChartFormat } from './chart-format';
import { horizontalBarsOption } from './horizontal-bars';

export interface ChoiceBarsInput {
  summary: ChoiceSummary;
  /** An option's text in the UI language, by its code. */
  optionLabel(code: string): string;
  /** Bar length: percentage of the base (default) or count. */
  measure?: 'percent' | 'count';
  /** Translated: what the bars count, for the tooltip (e.g. "Respondents"). */
  seriesName: string;
  format: ChartFormat;
}

/**
 * Counts and percentages of a choice question (analysis.summary): one horizontal bar per option in
 * the survey's order, "Don't know" included, each labelled "count · percent".
 */
export function choiceBarsOption({ summary, optionLabel, measure = 'percent', seriesName, format }: ChoiceBarsInput) {
  return horizontalBarsOption({
    name: seriesName,
    colour: CATEGORICAL_PALETTE[0],
    max: measure === 'percent' ? 100 : undefined,
    bars: summary.options.map((o) => {
      const label = optionLabel(o.code);
      const text = `${format.count(o.count)} · ${percentText(format, o.percent)}`;
      return { label, value: measure === 'percent' ? (o.percent ?? 0) : o.count, text, tip: `${label}: ${text}` };
    }),
  });
}
