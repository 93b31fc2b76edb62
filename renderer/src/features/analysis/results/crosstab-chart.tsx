import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { crosstabBarsOption } from '@model/charts/crosstab-bars';
import { ChartView } from '@renderer/components/chart/chart';
import { barsChartHeight, useAnalysisChartFormat } from './chart-format';
import { ChoiceSwitch } from './choice-switch';
import { CountsResult } from './crosstab-result';

type Counts = Extract<MethodOutput<'analysis.crosstab'>, { measure: 'counts' }>;
const LAYOUTS = ['clustered', 'stacked'] as const;
type Layout = (typeof LAYOUTS)[number];
type Column = Counts['columns'][number];

/** A crosstab's column percentages as bars: clustered (answer by answer) or stacked (each column's make-up). */
function CrosstabChart({ result, columnLabel }: { result: Counts; columnLabel(column: Column): string }) {
  const { t } = useTranslation();
  const format = useAnalysisChartFormat();
  const [layout, setLayout] = useState<Layout>('clustered');
  const columns = useMemo(() => result.columns.map(columnLabel), [result, columnLabel]);
  const option = useMemo(
    () => crosstabBarsOption({ rows: result.rows.map((r) => r.label), columns, counts: result.counts, columnPercents: result.columnPercents, layout, format }),
    [result, columns, layout, format],
  );
  return (
    <div className="an-crosstab-chart">
      <ChoiceSwitch<Layout> label={t('analysis.results.chart.layout')} choices={LAYOUTS} value={layout} onChange={setLayout} text={(l) => t(`analysis.results.chart.${l}`)} />
      <ChartView option={option} height={layout === 'stacked' ? barsChartHeight(option.grid, columns.length) : barsChartHeight(option.grid, result.rows.length, columns.length)} fileStem={`crosstab-${result.questionId}`} label={t('analysis.results.chart.crosstabLabel')} />
    </div>
  );
}

const VIEWS = ['table', 'chart'] as const;
type View = (typeof VIEWS)[number];

/** A counts crosstab as its table (with the tests) or as the chart of its column percentages. */
export function CountsView({ result, columnLabel }: { result: Counts; columnLabel(column: Column): string }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('table');
  return (
    <>
      <ChoiceSwitch<View> label={t('analysis.results.chart.view')} choices={VIEWS} value={view} onChange={setView} text={(v) => t(`analysis.results.chart.${v}`)} />
      {view === 'table' ? <CountsResult result={result} columnLabel={columnLabel} /> : <CrosstabChart result={result} columnLabel={columnLabel} />}
    </>
  );
}
