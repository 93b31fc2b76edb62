import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityImportKind } from '@api/community-import';
import type { MethodOutput } from '@api/index';
import { useApi } from '@renderer/api/api-context';
import { ConfirmDialog } from '@renderer/components/confirm-dialog';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { FormError } from '@renderer/components/form-error';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { useJobs } from '@renderer/shell/jobs-context';
import { useNotify } from '@renderer/shell/notices';

type Batch = MethodOutput<'transactions.imports'>['items'][number];

/** Earlier imports of the kind, newest first, each with Undo (asked first: it removes the rows and derives stages again). */
export function ImportHistory({ kind, version }: { kind: CommunityImportKind; version: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const notify = useNotify();
  const { track } = useJobs();
  const [undoing, setUndoing] = useState<Batch | null>(null);
  const list = useAsync(() => api.call(kind === 'transactions' ? 'transactions.imports' : 'activity.imports', {}), [api, kind, version]);
  const undo = async (batch: Batch) => {
    const { jobId } = await api.call(kind === 'transactions' ? 'transactions.undoImport' : 'activity.undoImport', { importId: batch.id });
    track(jobId);
    const job = await api.call('jobs.wait', { jobId, timeoutMs: 600_000 });
    if (job.state === 'failed') throw new Error(job.error?.message ?? job.state);
    notify('success', t('community.history.undoDone', { n: format.count(batch.added) }));
    setUndoing(null);
    list.reload();
  };
  const columns: DataColumn<Batch>[] = [
    { id: 'file', header: t('community.history.file'), rowHeader: true, cell: (b) => b.fileName },
    { id: 'when', header: t('community.history.when'), cell: (b) => format.dateTime(b.importedAt) },
    { id: 'added', header: t('community.history.added'), numeric: true, cell: (b) => format.count(b.added) },
    {
      id: 'undo',
      header: t('community.history.undo'),
      hideHeader: true,
      cell: (b) =>
        b.undoneAt ? (
          <span className="muted">{t('community.history.undone', { date: format.dateTime(b.undoneAt) })}</span>
        ) : (
          <button type="button" className="button button-small" onClick={() => setUndoing(b)}>
            {t('community.history.undo')}
          </button>
        ),
    },
  ];
  return (
    <section className="card" aria-labelledby={`${kind}-history-title`}>
      <h2 className="card-title" id={`${kind}-history-title`}>
        {t('community.history.title')}
      </h2>
      <FormError error={list.error} />
      {list.data && list.data.items.length === 0 && <p className="muted">{t('community.history.none')}</p>}
      {list.data && list.data.items.length > 0 && <DataTable columns={columns} rows={list.data.items} rowKey={(b) => b.id} />}
      {undoing && (
        <ConfirmDialog title={t('community.history.undo')} confirmLabel={t('community.history.undo')} danger onConfirm={() => undo(undoing)} onClose={() => setUndoing(null)}>
          {t('community.history.undoConfirm', { n: format.count(undoing.added), name: undoing.fileName })}
        </ConfirmDialog>
      )}
    </section>
  );
}
