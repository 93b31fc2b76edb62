import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportResult } from '@api/export';
import { useApi } from '@renderer/api/api-context';
import { startDownload } from '@renderer/api/download';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useDesktop } from '@renderer/hooks/use-desktop';
import { isLanguageCode, type LanguageCode } from '@renderer/i18n/languages';
import { useJobs } from '@renderer/shell/jobs-context';

/** Where the file goes and in which language its words are: what a screen's export adds to the request on screen. */
export interface ScreenExportTarget {
  language: LanguageCode;
  path?: string;
  replace: boolean;
}

/**
 * Exports a table on the Analysis page (the request that produced it) as CSV, in the UI language's
 * Excel preset: the desktop app asks where (the save dialog), the browser host downloads the file.
 */
export function ScreenExportButton({ start, defaultName, label, labelAs }: { start: (target: ScreenExportTarget) => Promise<{ jobId: string }>; defaultName: string; label: string; labelAs: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const desktop = useDesktop();
  const { track } = useJobs();
  const [outcome, setOutcome] = useState<{ savedTo: string } | { failed: string } | null>(null);
  const save = useAction(async () => {
    setOutcome(null);
    let where: { path?: string; replace: boolean } = { replace: false };
    if (desktop) {
      const chosen = await api.call('dialogs.savePath', { purpose: 'export', defaultName });
      if (!chosen.path) return;
      // The save dialog has asked before replacing a file.
      where = { path: chosen.path, replace: true };
    }
    const language = isLanguageCode(i18n.language) ? i18n.language : 'en';
    const { jobId } = await start({ language, ...where });
    track(jobId);
    const job = await api.call('jobs.wait', { jobId, timeoutMs: 600_000 });
    const file = exportResult.safeParse(job.result).data;
    if (job.state !== 'succeeded' || !file) return setOutcome({ failed: job.error?.message ?? t('jobs.state.failed') });
    if (file.downloadId) startDownload(file.downloadId, file.fileName);
    else setOutcome({ savedTo: file.path });
  });
  return (
    <div className="an-screen-export">
      <button type="button" className="button" disabled={save.busy} onClick={() => void save.run()}>
        {save.busy ? t('common.working') : desktop ? labelAs : label}
      </button>
      {outcome && 'savedTo' in outcome && <p className="an-screen-export-note">{t('analysis.results.exportSaved', { path: outcome.savedTo })}</p>}
      {outcome && 'failed' in outcome && (
        <p className="form-error" role="alert">
          {outcome.failed}
        </p>
      )}
      <FormError error={save.error} />
    </div>
  );
}
