import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { importBatch } from '@api/member-import';
import { useApi } from '@renderer/api/api-context';
import { ConfirmDialog } from '@renderer/components/confirm-dialog';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { useJobs } from '@renderer/shell/jobs-context';
import { useNotify } from '@renderer/shell/notices';
import { usePanelFormat } from '../panel-format';

type Batch = z.infer<typeof importBatch>;

/** Past imports with their counts; Undo only where the core says it would work, else why not. */
export function ImportHistory() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const panelFormat = usePanelFormat();
  const notify = useNotify();
  const { track } = useJobs();
  const list = useAsync(() => api.call('imports.list', {}), [api]);
  const [undoing, setUndoing] = useState<Batch | null>(null);
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  const count = (id: 'inserted' | 'updated' | 'skipped' | 'rejected'): DataColumn<Batch> => ({ id, header: t(`panel.import.run.${id}`), numeric: true, cell: (b) => format.count(b[id]) });
  const columns: DataColumn<Batch>[] = [
    { id: 'file', header: t('panel.import.history.file'), className: 'history-file', title: (b) => b.fileName, cell: (b) => b.fileName },
    { id: 'when', header: t('panel.import.history.when'), cell: (b) => t('panel.member.auditBy', { actor: b.actor, at: panelFormat.dateTime(b.startedAt) }) },
    count('inserted'),
    count('updated'),
    count('skipped'),
    count('rejected'),
    {
      id: 'actions',
      header: t('panel.tags.actions'),
      hideHeader: true,
      className: 'row-actions',
      cell: (b) =>
        b.undo === 'available' ? (
          <button type="button" className="button button-small button-quiet" onClick={() => setUndoing(b)}>
            {t('panel.import.run.undo')}
          </button>
        ) : (
          b.undo !== 'nothing' && (
            <span className="muted" title={t(`panel.import.history.undoState.${b.undo}Hint`)}>
              {t(`panel.import.history.undoState.${b.undo}`)}
            </span>
          )
        ),
    },
  ];
  return (
    <section className="card" aria-labelledby="import-history-title">
      <h2 className="card-title" id="import-history-title">
        {t('panel.import.history.title')}
      </h2>
      <DataTable className="import-history-table" columns={columns} rows={items} rowKey={(b) => b.id} />
      {undoing && (
        <ConfirmDialog
          title={t('panel.import.history.undoTitle', { name: undoing.fileName })}
          confirmLabel={t('panel.import.run.undo')}
          danger
          onClose={() => setUndoing(null)}
          onConfirm={async () => {
            const { jobId } = await api.call('imports.undo', { batchId: undoing.id });
            track(jobId);
            notify('success', t('panel.import.history.undoStarted', { name: undoing.fileName }));
            setUndoing(null);
            list.reload();
          }}
        >
          {t('panel.import.history.undoBody', { n: format.count(undoing.membersRemaining), updated: format.count(undoing.updated) })}
        </ConfirmDialog>
      )}
    </section>
  );
}
