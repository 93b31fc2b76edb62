import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '@api/workspace';
import { lifecycleFunnelOption, lifecycleFunnelRows, NO_STAGE, type FunnelBar, type LifecycleFunnelRow } from '@model/charts/lifecycle-funnel';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { ChartView } from '@renderer/components/chart/chart';
import { useFormat } from '@renderer/i18n/format';

const BAR_HEIGHT = 44;
const CHART_PADDING = 44;

/** The lifecycle funnel of all `members`: each stage reached, then those with no stage. */
export function LifecycleCard({ lifecycle, members }: { lifecycle: WorkspaceInfo['lifecycle']; members: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useMemo(() => lifecycleFunnelRows(lifecycle, members), [lifecycle, members]);
  const stages = useMemo<Record<FunnelBar, string>>(
    () => ({
      acquisition: t('member.lifecycleStage.acquisition'),
      activation: t('member.lifecycleStage.activation'),
      retention: t('member.lifecycleStage.retention'),
      monetization: t('member.lifecycleStage.monetization'),
      [NO_STAGE]: t('lifecycleFunnel.noStage'),
    }),
    [t],
  );
  const option = useMemo(
    () =>
      lifecycleFunnelOption({
        counts: lifecycle,
        members,
        labels: { stages, reached: t('overview.lifecycle.reached'), current: t('overview.lifecycle.current'), share: t('overview.lifecycle.share') },
        format,
      }),
    [lifecycle, members, stages, t, format],
  );
  const columns: DataColumn<LifecycleFunnelRow>[] = [
    { id: 'stage', header: '', rowHeader: true, cell: (row) => stages[row.stage] },
    { id: 'reached', header: t('overview.lifecycle.reached'), cell: (row) => format.count(row.reached) },
    { id: 'current', header: t('overview.lifecycle.current'), cell: (row) => format.count(row.current) },
    { id: 'share', header: t('overview.lifecycle.share'), cell: (row) => format.percent(row.share) },
  ];
  const hasStages = rows.some((row) => row.stage !== NO_STAGE && row.reached > 0);
  const hasNoStage = rows.some((row) => row.stage === NO_STAGE);

  return (
    <section className="card lifecycle-card">
      <h2 className="card-title">{t('overview.lifecycle.title')}</h2>
      <p className="card-caption">{t('overview.lifecycle.caption')}</p>
      {hasStages ? (
        <>
          <ChartView fileStem="lifecycle-funnel" option={option} height={rows.length * BAR_HEIGHT + CHART_PADDING} label={t('overview.lifecycle.title')} />
          {hasNoStage && <p className="card-caption lifecycle-note">{t('lifecycleFunnel.noStageNote')}</p>}
          {/* The chart's numbers for screen readers (the chart itself is one image). */}
          <DataTable caption={t('overview.lifecycle.title')} className="visually-hidden" columns={columns} rows={rows} rowKey={(row) => row.stage} />
        </>
      ) : (
        <p className="muted">{t('overview.lifecycle.noStages')}</p>
      )}
    </section>
  );
}
