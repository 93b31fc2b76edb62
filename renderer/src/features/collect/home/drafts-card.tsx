import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { useApi } from '@renderer/api/api-context';
import { ConfirmDialog } from '@renderer/components/confirm-dialog';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { FormError } from '@renderer/components/form-error';
import type { AsyncState } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { useNotify } from '@renderer/shell/notices';
import type { Draft } from '../collect-page';
import { TitleCell } from './title-cell';

/**
 * Responses started and never submitted (the kiosk was left, the app or the computer stopped), with
 * every acknowledged answer kept: resume one in kiosk mode, or discard it (asked first). Shown only
 * when there are some.
 */
export function DraftsCard({ drafts, onResume }: { drafts: AsyncState<MethodOutput<'collect.drafts'>>; onResume(draft: Draft): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const format = useFormat();
  const [discarding, setDiscarding] = useState<Draft | null>(null);
  const rows = drafts.data?.drafts ?? [];
  if (!drafts.error && rows.length === 0) return null;

  const started = (d: Draft) => format.dateTime(d.startedAt);
  const columns: DataColumn<Draft>[] = [
    {
      id: 'survey',
      header: t('collect.drafts.survey'),
      rowHeader: true,
      cell: (d) => <TitleCell title={d.surveyTitle} sub={t('collect.versions.versionValue', { version: d.version })} />,
    },
    { id: 'respondent', header: t('collect.drafts.respondent'), cell: (d) => d.memberCode ?? t('collect.drafts.anonymous') },
    { id: 'answered', header: t('collect.drafts.answered'), numeric: true, cell: (d) => format.count(d.answered) },
    { id: 'last', header: t('collect.drafts.lastAnswer'), cell: (d) => format.dateTime(d.updatedAt) },
    {
      id: 'actions',
      header: t('collect.drafts.resume'),
      hideHeader: true,
      className: 'collect-action',
      cell: (d) => (
        <div className="collect-actions">
          <button type="button" className="button button-small" aria-label={t('collect.drafts.discardFor', { date: started(d) })} onClick={() => setDiscarding(d)}>
            {t('collect.drafts.discard')}
          </button>
          <button type="button" className="button button-primary button-small" aria-label={t('collect.drafts.resumeFor', { date: started(d) })} onClick={() => onResume(d)}>
            {t('collect.drafts.resume')}
          </button>
        </div>
      ),
    },
  ];

  return (
    <section className="card collect-card" aria-labelledby="collect-drafts-title">
      <h2 id="collect-drafts-title" className="card-title">
        {t('collect.drafts.title')} <span className="muted collect-count">· {format.count(rows.length)}</span>
      </h2>
      <p className="card-caption">{t('collect.drafts.intro')}</p>
      <FormError error={drafts.error} />
      <DataTable columns={columns} rows={rows} rowKey={(d) => d.responseId} caption={t('collect.drafts.title')} busy={drafts.loading} className="collect-drafts" scroll="box" />
      {discarding && (
        <ConfirmDialog
          title={t('collect.drafts.discardTitle')}
          confirmLabel={t('collect.drafts.discardConfirm')}
          danger
          onClose={() => setDiscarding(null)}
          onConfirm={async () => {
            await api.call('collect.discard', { responseId: discarding.responseId });
            notify('success', t('collect.drafts.discarded'));
            setDiscarding(null);
            drafts.reload();
          }}
        >
          {t('collect.drafts.discardBody', { date: started(discarding) })}
        </ConfirmDialog>
      )}
    </section>
  );
}
