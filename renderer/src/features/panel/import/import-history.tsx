import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { importBatch } from '@api/member-import';
import { useApi } from '@renderer/api/api-context';
import { ConfirmDialog } from '@renderer/components/confirm-dialog';
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
  return (
    <section className="card" aria-labelledby="import-history-title">
      <h2 className="card-title" id="import-history-title">
        {t('panel.import.history.title')}
      </h2>
      <table className="data-table import-history-table">
        <thead>
          <tr>
            <th scope="col">{t('panel.import.history.file')}</th>
            <th scope="col">{t('panel.import.history.when')}</th>
            <th scope="col" className="numeric">
              {t('panel.import.run.inserted')}
            </th>
            <th scope="col" className="numeric">
              {t('panel.import.run.updated')}
            </th>
            <th scope="col" className="numeric">
              {t('panel.import.run.skipped')}
            </th>
            <th scope="col" className="numeric">
              {t('panel.import.run.rejected')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('panel.tags.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((b) => (
            <tr key={b.id}>
              <td className="history-file" title={b.fileName}>
                {b.fileName}
              </td>
              <td>{t('panel.member.auditBy', { actor: b.actor, at: panelFormat.dateTime(b.startedAt) })}</td>
              <td className="numeric">{format.count(b.inserted)}</td>
              <td className="numeric">{format.count(b.updated)}</td>
              <td className="numeric">{format.count(b.skipped)}</td>
              <td className="numeric">{format.count(b.rejected)}</td>
              <td className="row-actions">
                {b.undo === 'available' ? (
                  <button type="button" className="button button-small button-quiet" onClick={() => setUndoing(b)}>
                    {t('panel.import.run.undo')}
                  </button>
                ) : (
                  b.undo !== 'nothing' && (
                    <span className="muted" title={t(`panel.import.history.undoState.${b.undo}Hint`)}>
                      {t(`panel.import.history.undoState.${b.undo}`)}
                    </span>
                  )
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
