import { useState } from 'react';
import { DEFAULT_RETENTION_DAYS } from '@api/health';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { EmptyState } from '@renderer/components/empty-state';
import { FormError } from '@renderer/components/form-error';
import { SegmentSelect } from '@renderer/components/segment-select';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { routeHash } from '@renderer/shell/hash-route';
import { Field } from './field';
import { FunnelCard, NewMembersCard, ParticipationCard, RetentionCard } from './health-chart-cards';
import { useHealthText } from './health-format';
import { HealthKpis } from './health-kpis';

/** #/community/dashboard: the health figures for a period (default: the last 90 days) and the panel or a segment. */
export function HealthDashboard() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const text = useHealthText();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [segmentId, setSegmentId] = useState<number | null>(null);
  const [retentionDays, setRetentionDays] = useState('');
  const segments = useAsync(() => api.call('segments.list', {}), [api]);
  const health = useAsync(
    () => api.call('analysis.health', { from: from || undefined, to: to || undefined, segmentId: segmentId ?? undefined, retentionDays: retentionDays ? Number(retentionDays) : undefined }),
    [api, from, to, segmentId, retentionDays],
  );
  const data = health.data;
  const segmentName = segments.data?.segments.find((s) => s.id === data?.segmentId)?.name;
  // An empty workspace gets a way in, not a page of empty charts.
  if (data && data.members === 0 && data.segmentId === null) {
    return (
      <EmptyState
        title={t('health.empty.title')}
        actions={
          <>
            <a className="button button-primary" href={routeHash('panel', 'import')}>
              {t('health.empty.members')}
            </a>
            <a className="button" href={routeHash('community', 'activity')}>
              {t('health.empty.activity')}
            </a>
          </>
        }
      >
        {t('health.empty.body')}
      </EmptyState>
    );
  }
  return (
    <div className="health-dashboard" aria-busy={health.loading}>
      <div className="community-fields health-controls">
        <Field label={t('health.from')}>{(id) => <input id={id} type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />}</Field>
        <Field label={t('health.to')}>{(id) => <input id={id} type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />}</Field>
        <Field label={t('health.segment')}>
          {(id) => <SegmentSelect id={id} value={segmentId} segments={segments.data?.segments ?? []} none={t('health.wholePanel')} onChange={setSegmentId} />}
        </Field>
        <Field label={t('health.retentionDays')}>
          {(id) => <input id={id} type="number" min={1} max={365} step={1} placeholder={String(DEFAULT_RETENTION_DAYS)} value={retentionDays} onChange={(e) => setRetentionDays(e.target.value)} />}
        </Field>
      </div>
      <FormError error={health.error ?? segments.error} />
      {data && (
        <>
          <p className="health-scope" role="status">
            {t('health.figuresFor', {
              period: t('health.period', { from: text.day(data.period.from), to: text.day(data.period.to), days: data.period.days }),
              scope: segmentName ?? t('health.panelScope'),
              members: format.count(data.members),
            })}
          </p>
          <HealthKpis health={data} />
          <div className="health-grid">
            <FunnelCard health={data} />
            <NewMembersCard health={data} />
            <ParticipationCard health={data} />
            <RetentionCard health={data} />
          </div>
        </>
      )}
    </div>
  );
}
