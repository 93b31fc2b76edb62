import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { EmptyState } from '@renderer/components/empty-state';
import { FormError } from '@renderer/components/form-error';
import type { AsyncState } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import type { MethodOutput } from '@api/index';
import type { CollectableVersion } from '../collect-page';
import { TitleCell } from './title-cell';

/** The published versions a kiosk can run: the latest of each survey, or every one. */
export function VersionsCard({ versions, earlier, onEarlier, onStart }: {
  versions: AsyncState<MethodOutput<'collect.versions'>>;
  earlier: boolean;
  onEarlier(all: boolean): void;
  onStart(version: CollectableVersion): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = versions.data?.versions ?? [];
  const columns: DataColumn<CollectableVersion>[] = [
    {
      id: 'survey',
      header: t('collect.versions.survey'),
      rowHeader: true,
      cell: (v) => <TitleCell title={v.title} sub={t(`surveys.languages.${v.language}`)} />,
    },
    {
      id: 'version',
      header: t('collect.versions.version'),
      cell: (v) => (
        <>
          {t('collect.versions.versionValue', { version: v.version })}
          <span className="muted collect-sub">{t('collect.versions.publishedAt', { date: format.dateTime(v.publishedAt) })}</span>
        </>
      ),
    },
    { id: 'respondents', header: t('collect.versions.respondents'), cell: (v) => t(`collect.identification.${v.identification}`) },
    {
      id: 'responses',
      header: t('collect.versions.responses'),
      numeric: true,
      cell: (v) => (v.responseCap === null ? format.count(v.responseCount) : t('collect.versions.ofCap', { count: format.count(v.responseCount), cap: format.count(v.responseCap) })),
    },
    {
      id: 'start',
      header: t('collect.versions.start'),
      hideHeader: true,
      className: 'collect-action',
      cell: (v) => (
        <button type="button" className="button button-primary button-small" aria-label={t('collect.versions.startFor', { title: v.title, version: v.version })} onClick={() => onStart(v)}>
          {t('collect.versions.start')}
        </button>
      ),
    },
  ];

  return (
    <section className="card collect-card" aria-labelledby="collect-versions-title">
      <header className="collect-card-header">
        <h2 id="collect-versions-title" className="card-title">
          {t('collect.versions.title')}
        </h2>
        <label className="collect-toggle">
          <input type="checkbox" checked={earlier} onChange={(e) => onEarlier(e.target.checked)} />
          {t('collect.versions.earlier')}
        </label>
      </header>
      <FormError error={versions.error} />
      {versions.data && rows.length === 0 ? (
        <EmptyState title={t('collect.versions.empty.title')}>{t('collect.versions.empty.body')}</EmptyState>
      ) : (
        <DataTable columns={columns} rows={rows} rowKey={(v) => v.surveyVersionId} caption={t('collect.versions.title')} busy={versions.loading} className="collect-versions" />
      )}
    </section>
  );
}
