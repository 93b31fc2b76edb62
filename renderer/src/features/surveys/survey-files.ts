import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { startDownload } from '@renderer/api/download';
import { useAsync } from '@renderer/hooks/use-async';
import { useNotify } from '@renderer/shell/notices';

/** Whether the window is the desktop app (native file dialogs) rather than the browser host (upload and download). */
export function useDesktop(): boolean {
  const api = useApi();
  return useAsync(() => api.call('app.info', {}), [api]).data?.host === 'electron';
}

/**
 * Export JSON: in the browser host a download; in the desktop app the save dialog, proposing the
 * core's file name, then the core writes there (the dialog has asked before replacing a file).
 */
export function useExportDefinition(): (surveyId: string, versionId?: string) => Promise<void> {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const desktop = useDesktop();
  return useCallback(
    async (surveyId: string, versionId?: string) => {
      const file = await api.call('surveys.exportJson', { id: surveyId, versionId });
      if (file.downloadId) return startDownload(file.downloadId, file.fileName);
      if (!desktop) return;
      const target = await api.call('dialogs.savePath', { purpose: 'surveyDefinition', defaultName: file.fileName });
      if (!target.path) return;
      const saved = await api.call('surveys.exportJson', { id: surveyId, versionId, path: target.path, replace: true });
      notify('success', t('surveys.files.exported', { path: saved.path }));
    },
    [api, desktop, notify, t],
  );
}
