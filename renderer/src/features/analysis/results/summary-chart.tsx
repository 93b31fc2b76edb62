import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { choiceBarsOption } from '@model/charts/choice-bars';
import { likertDivergingOption } from '@model/charts/likert-diverging';
import { npsBarOption } from '@model/charts/nps-bar';
import { numericDistributionOption } from '@model/charts/numeric-distribution';
import { wordFrequencyBarsOption } from '@model/charts/word-frequency-bars';
import type { NumericSummary } from '@model/stats/numeric-summary';
import { ChartView } from '@renderer/components/chart/chart';
import { useStatsFormat } from '../analysis-format';
import { barsChartHeight, useAnalysisChartFormat } from './chart-format';

type Summary = MethodOutput<'analysis.summary'>;
type ChartSpec = { option: ReturnType<typeof choiceBarsOption> | ReturnType<typeof likertDivergingOption> | ReturnType<typeof npsBarOption>; bars: number } | { option: ReturnType<typeof numericDistributionOption>; height: number };

/** A number's columns stand upright: the plot's height does not grow with their number. */
const DISTRIBUTION_HEIGHT = 320;

/** The scale's substantive points as a ScaleSummary takes them (the API sends scores without null checks needed here). */
const scaleOf = (s: { base: number; options: Summary['options']; scores: NumericSummary | null; topTwoBox: Summary['topTwoBox'] }) => ({
  base: s.base,
  options: s.options,
  scores: s.scores ?? { n: 0, mean: null, median: null, sd: null, min: null, max: null },
  topTwoBox: s.topTwoBox,
});

/**
 * The chart of a question's summary by its type: choice bars, a diverging bar for a Likert
 * question or a matrix (row by row), the NPS bar, the most frequent words, or a number's
 * distribution in its bins.
 */
export function SummaryChart({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const format = useAnalysisChartFormat();
  const stats = useStatsFormat();
  const spec = useMemo((): ChartSpec | null => {
    if (summary.nps) {
      const score = summary.nps.score === null ? '–' : stats.decimal(summary.nps.score);
      return {
        option: npsBarOption({
          summary: summary.nps,
          labels: { detractors: t('analysis.results.summary.detractors'), passives: t('analysis.results.summary.passives'), promoters: t('analysis.results.summary.promoters'), bar: t('analysis.results.chart.npsBar', { score }) },
          format,
        }),
        bars: 1,
      };
    }
    const rows = summary.matrixRows ?? (summary.type === 'likert' ? [{ label: summary.text, ...summary }] : null);
    if (rows && rows.length > 0) {
      const labels = new Map(rows[0]!.options.map((o) => [o.code, o.label]));
      const scale = rows[0]!.options.filter((o) => o.substantive).map((o) => o.code);
      return {
        option: likertDivergingOption({ rows: rows.map((r) => ({ label: r.label, summary: scaleOf(r) })), scale, pointLabel: (c) => labels.get(c) ?? c, format }),
        bars: rows.length,
      };
    }
    if (summary.distribution && summary.scores) {
      const option = numericDistributionOption({
        distribution: summary.distribution,
        summary: summary.scores,
        labels: {
          value: t('analysis.results.summary.value'),
          respondents: t('analysis.results.chart.respondents'),
          summary: (n, mean, median, sd) => t('analysis.results.chart.distributionSummary', { n, mean, median, sd }),
          bins: (width) => t('analysis.results.chart.bins', { width }),
        },
        format: { count: format.count, number: stats.value, decimal: stats.decimal },
      });
      return { option, height: DISTRIBUTION_HEIGHT };
    }
    if (summary.words) {
      if (summary.words.words.length === 0) return null;
      const option = wordFrequencyBarsOption({
        frequencies: summary.words,
        seriesName: t('analysis.results.summary.times'),
        tip: (word, count, texts) => t('analysis.results.chart.wordTip', { word, count, texts }),
        format,
      });
      return { option, bars: option.series[0]!.data.length };
    }
    if (summary.options.length === 0) return null;
    const labels = new Map(summary.options.map((o) => [o.code, o.label]));
    return {
      option: choiceBarsOption({ summary, optionLabel: (c) => labels.get(c) ?? c, seriesName: t('analysis.results.chart.respondents'), format }),
      bars: summary.options.length,
    };
  }, [summary, t, format, stats]);
  if (!spec || summary.base === 0) return null;
  const height = 'height' in spec ? spec.height : barsChartHeight(spec.option.grid, spec.bars);
  return <ChartView option={spec.option} height={height} fileStem={`results-${summary.questionId}`} label={t('analysis.results.chart.summaryLabel', { question: summary.text })} />;
}
