import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '@api/workspace';
import { lifecycleFunnelOption, lifecycleFunnelRows } from '@model/charts/lifecycle-funnel';
import { EChart } from '@renderer/components/echart';
import { useFormat } from '@renderer/i18n/format';

const CHART_HEIGHT = 220;

export function LifecycleCard({ lifecycle }: { lifecycle: WorkspaceInfo['lifecycle'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useMemo(() => lifecycleFunnelRows(lifecycle), [lifecycle]);
  const option = useMemo(
    () =>
      lifecycleFunnelOption({
        counts: lifecycle,
        labels: {
          stages: {
            acquisition: t('overview.lifecycle.stage.acquisition'),
            activation: t('overview.lifecycle.stage.activation'),
            retention: t('overview.lifecycle.stage.retention'),
            monetization: t('overview.lifecycle.stage.monetization'),
          },
          reached: t('overview.lifecycle.reached'),
          current: t('overview.lifecycle.current'),
          share: t('overview.lifecycle.share'),
        },
        format,
      }),
    [lifecycle, t, format],
  );
  const hasStages = rows.some((row) => row.reached > 0);

  return (
    <section className="card lifecycle-card">
      <h2 className="card-title">{t('overview.lifecycle.title')}</h2>
      <p className="card-caption">{t('overview.lifecycle.caption')}</p>
      {hasStages ? (
        <>
          <EChart option={option} height={CHART_HEIGHT} label={t('overview.lifecycle.title')} />
          {/* The chart's numbers for screen readers (the chart itself is one image). */}
          <table className="visually-hidden">
            <caption>{t('overview.lifecycle.title')}</caption>
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">{t('overview.lifecycle.reached')}</th>
                <th scope="col">{t('overview.lifecycle.current')}</th>
                <th scope="col">{t('overview.lifecycle.share')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.stage}>
                  <th scope="row">{t(`overview.lifecycle.stage.${row.stage}`)}</th>
                  <td>{format.count(row.reached)}</td>
                  <td>{format.count(row.current)}</td>
                  <td>{format.percent(row.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="muted">{t('overview.lifecycle.noStages')}</p>
      )}
    </section>
  );
}
