import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundleExportResult, type BundleExportResult } from '@api/bundles';
import type { JobState } from '@api/jobs';
import { useApi } from '@renderer/api/api-context';
import { startDownload } from '@renderer/api/download';
import { FormError } from '@renderer/components/form-error';
import { ProgressBar } from '@renderer/components/progress-bar';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { useEndedJob } from './use-ended-job';

const EVERYTHING = '';

/**
 * Export a bundle: everything changed since the last export to that place, or one survey; with an
 * optional passphrase. The browser host downloads it; the desktop app asks where to save it.
 */
export function ExportCard() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const scopeId = useId();
  const passphraseId = useId();
  const info = useAsync(() => api.call('app.info', {}), [api]);
  const surveys = useAsync(() => api.call('surveys.list', {}), [api]);
  const [surveyId, setSurveyId] = useState(EVERYTHING);
  const [passphrase, setPassphrase] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const [result, setResult] = useState<BundleExportResult | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const onEnded = useCallback((job: JobState) => {
    const parsed = bundleExportResult.safeParse(job.result);
    if (job.state === 'succeeded' && parsed.success) {
      setResult(parsed.data);
      if (parsed.data.downloadId) startDownload(parsed.data.downloadId, parsed.data.fileName);
    } else setFailed(job.error?.message ?? job.state);
    setJobId(null);
  }, []);
  const job = useEndedJob(jobId, onEnded);

  const run = useAction(async () => {
    setResult(null);
    setFailed(null);
    let path: string | undefined;
    if (info.data?.host === 'electron') {
      const chosen = await api.call('dialogs.savePath', { purpose: 'bundle', defaultName: 'bundle.icwb' });
      if (!chosen.path) return;
      path = chosen.path;
    }
    const started = await api.call('bundles.export', {
      ...(path ? { path, replace: true } : {}),
      ...(surveyId === EVERYTHING ? {} : { surveyId }),
      ...(passphrase ? { passphrase } : {}),
    });
    setJobId(started.jobId);
  });

  const published = (surveys.data?.surveys ?? []).filter((s) => s.publishedVersion !== null);
  const busy = run.busy || jobId !== null;
  return (
    <section className="card bundles-card" aria-labelledby="bundle-export-title">
      <h2 className="card-title" id="bundle-export-title">
        {t('bundles.export.title')}
      </h2>
      <div className="field">
        <label htmlFor={scopeId}>{t('bundles.export.scope')}</label>
        <select id={scopeId} value={surveyId} onChange={(e) => setSurveyId(e.target.value)}>
          <option value={EVERYTHING}>{t('bundles.export.everything')}</option>
          {published.map((s) => (
            <option key={s.id} value={s.id}>
              {t('bundles.export.survey', { title: s.title })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={passphraseId}>{t('bundles.export.passphrase')}</label>
        <input id={passphraseId} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        <p className="field-hint">{t('bundles.export.passphraseHint')}</p>
      </div>
      {job && <ProgressBar done={job.progress.done} total={job.progress.total} label={t('bundles.export.running')} />}
      <div className="card-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void run.run()}>
          {busy ? t('bundles.export.running') : t('bundles.export.run')}
        </button>
      </div>
      <FormError error={run.error} />
      {failed && (
        <p className="form-error" role="alert">
          {failed}
        </p>
      )}
      {result && (
        <p className="bundles-done" role="status">
          {t('bundles.export.done', {
            responses: format.count(result.responses),
            versions: format.count(result.versions),
            members: format.count(result.members),
            tombstones: format.count(result.tombstones),
          })}
          {result.path && ` ${t('bundles.export.savedAt', { path: result.path })}`}
        </p>
      )}
    </section>
  );
}
