import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundleImportResult } from '@api/bundles';
import type { FileRef } from '@api/common';
import { useApi } from '@renderer/api/api-context';
import { uploadFile } from '@renderer/api/upload';
import { FormError } from '@renderer/components/form-error';
import { ImportJob } from '@renderer/components/import-wizard/import-wizard';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { ImportReport } from './import-report';
import { useEndedJob } from './use-ended-job';

/**
 * Import a bundle: pick the file (browser host: uploaded; desktop app: the open dialog), give its
 * passphrase if it has one, then the job's progress and its report. A refused file is said at once,
 * with nothing written.
 */
export function ImportCard({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const fileId = useId();
  const passphraseId = useId();
  const info = useAsync(() => api.call('app.info', {}), [api]);
  const [source, setSource] = useState<{ file: FileRef; name: string } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  useEndedJob(jobId, useCallback(() => onImported(), [onImported]));

  // Upload, choose and start: one at a time, busy meanwhile, the error of the last.
  const { run: attempt, busy, error } = useAction(async (work: () => Promise<void>) => work());
  const pick = (file: File) =>
    attempt(async () => {
      const { uploadId } = await uploadFile(file);
      setSource({ file: { uploadId }, name: file.name });
    });
  const choose = () =>
    attempt(async () => {
      const chosen = await api.call('dialogs.openPath', { purpose: 'bundleImport' });
      if (chosen.path) setSource({ file: { path: chosen.path }, name: chosen.path.split(/[\\/]/).pop() ?? chosen.path });
    });
  const start = () =>
    attempt(async () => {
      if (!source) return;
      setJobId((await api.call('bundles.import', { file: source.file, ...(passphrase ? { passphrase } : {}) })).jobId);
    });
  const another = () => {
    setJobId(null);
    setSource(null);
    setPassphrase('');
  };

  if (jobId) {
    return (
      <ImportJob
        jobId={jobId}
        running={{ title: t('bundles.import.running'), cancelHint: t('bundles.import.cancelHint') }}
        cancelled={{ title: t('bundles.import.cancelledTitle'), body: t('bundles.import.cancelled') }}
        parse={(result) => bundleImportResult.safeParse(result).data ?? null}
        onAnother={another}
        next={null}
        outcome={(result) => <ImportReport result={result} onAnother={another} />}
      />
    );
  }
  return (
    <section className="card bundles-card" aria-labelledby="bundle-import-title">
      <h2 className="card-title" id="bundle-import-title">
        {t('bundles.import.title')}
      </h2>
      <div className="field">
        <span className="field-label">{t('bundles.import.file')}</span>
        <div className="bundles-file">
          {info.data?.host === 'electron' ? (
            <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
              {t('bundles.import.choose')}
            </button>
          ) : (
            <>
              <label htmlFor={fileId} className="button">
                {t('bundles.import.choose')}
              </label>
              <input
                id={fileId}
                type="file"
                accept=".icwb,application/octet-stream"
                className="visually-hidden"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void pick(file);
                }}
              />
            </>
          )}
          {source && <span className="bundles-file-name">{source.name}</span>}
        </div>
      </div>
      <div className="field">
        <label htmlFor={passphraseId}>{t('bundles.import.passphrase')}</label>
        <input id={passphraseId} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      </div>
      <div className="card-actions">
        <button type="button" className="button button-primary" disabled={!source || busy} onClick={() => void start()}>
          {t('bundles.import.run')}
        </button>
      </div>
      <FormError error={error} />
    </section>
  );
}
