import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpennessOverview } from '@api/recruitment';
import { opennessDistributionOption } from '@model/charts/openness-distribution';
import type { HistogramBin } from '@model/recruitment/histogram';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { ChartView } from '@renderer/components/chart/chart';
import { useFormat } from '@renderer/i18n/format';
import { usePercentileMethodText } from '../method-text';
import { useRecruitmentFormat } from '../recruitment-format';

const CHART_HEIGHT = 260;

/** The histogram of openness scores with the panel's P25 / P75 band thresholds marked, and how they were taken. */
export function DistributionCard({ overview, filtered }: { overview: OpennessOverview; filtered: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rf = useRecruitmentFormat();
  const methodText = usePercentileMethodText();
  const { distribution, thresholds, population } = overview;

  const option = useMemo(() => {
    const base = opennessDistributionOption({
      bins: distribution.bins,
      thresholds,
      labels: { score: t('recruitment.openness.chartScore'), members: t('recruitment.openness.chartMembers'), p25: 'P25', p75: 'P75' },
      format: { count: format.count, score: rf.score, axis: rf.axis },
    });
    // Counts on the value axis are left to ECharts (1,000 in every language): on screen, the locale's (1 000).
    return { ...base, yAxis: { ...base.yAxis, axisLabel: { ...base.yAxis.axisLabel, formatter: (v: number) => format.count(v) } } };
  }, [distribution.bins, thresholds, t, format, rf]);
  const title = t('recruitment.openness.distributionTitle');
  const binColumns: DataColumn<HistogramBin>[] = [
    { id: 'score', header: t('recruitment.openness.chartScore'), rowHeader: true, cell: (bin) => `${rf.score(bin.from)}–${rf.score(bin.to)}` },
    { id: 'members', header: t('recruitment.openness.chartMembers'), cell: (bin) => format.count(bin.count) },
  ];

  return (
    <section className="card rc-distribution-card" aria-labelledby="rc-distribution-title">
      <h2 id="rc-distribution-title" className="card-title">
        {title}
      </h2>
      <p className="card-caption">{t('recruitment.openness.distributionCaption', { scored: format.count(population.scored) })}</p>
      {population.scored === 0 ? (
        <p className="muted rc-chart-empty">{t('recruitment.openness.noScores')}</p>
      ) : (
        <>
          <ChartView fileStem="openness-distribution" option={option} height={CHART_HEIGHT} label={t('recruitment.openness.chartLabel', { scored: format.count(population.scored) })} />
          <DataTable
            caption={title}
            className="visually-hidden"
            columns={binColumns}
            rows={distribution.bins}
            rowKey={(bin) => bin.from}
          />
        </>
      )}
      {thresholds ? (
        <div className="rc-thresholds" role="group" aria-label={t('recruitment.openness.thresholdsLabel')}>
          <p>
            <strong className="rc-lead">{t('recruitment.openness.thresholdsLead')}</strong>
            {t('recruitment.openness.thresholds', { p25: rf.score(thresholds.p25), p75: rf.score(thresholds.p75), scored: format.count(thresholds.scored) })}
          </p>
          <p className="muted">
            {t('recruitment.openness.percentileMethod', { method: methodText(thresholds.method) })}
          </p>
          {filtered && <p className="muted">{t('recruitment.openness.panelThresholdsNote')}</p>}
        </div>
      ) : (
        <p className="rc-thresholds muted">{t('recruitment.openness.noThresholds', { min: overview.minScoredForBands })}</p>
      )}
    </section>
  );
}
