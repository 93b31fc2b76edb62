import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportResult, type ExportedFile } from '@api/export';
import { JobProgress } from '@renderer/components/import-wizard/job-progress';
import { startDownload } from '@renderer/api/download';
import { useFormat } from '@renderer/i18n/format';
import { useJobs } from '@renderer/shell/jobs-context';

/** A file of the export: a one-time download in the browser host, else where the desktop app saved it. */
function FileAction({ file, label }: { file: ExportedFile; label: string }) {
  const { t } = useTranslation();
  const [taken, setTaken] = useState(false);
  if (!file.downloadId) return <p className="export-saved">{t('export.run.savedTo', { path: file.path })}</p>;
  return (
    <button
      type="button"
      className="button button-primary"
      disabled={taken}
      onClick={() => {
        startDownload(file.downloadId!, file.fileName);
        setTaken(true);
      }}
    >
      {label}
    </button>
  );
}

/** The export job: its progress with Cancel while it runs, then the file (and a wide export's codebook), or why it stopped. */
export function ExportRun({ jobId, onAnother }: { jobId: string; onAnother(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { jobs } = useJobs();
  const job = jobs.find((j) => j.id === jobId);
  if (!job || job.state === 'running') return <JobProgress job={job ?? null} title={t('export.run.title')} cancelHint={t('export.run.cancelHint')} />;
  const result = job.state === 'succeeded' ? (exportResult.safeParse(job.result).data ?? null) : null;
  const title = result ? t('export.run.doneTitle') : job.state === 'cancelled' ? t('export.run.cancelledTitle') : t('jobs.state.failed');
  return (
    <section className="card export-card" aria-labelledby="export-result-title">
      <h2 className="card-title" id="export-result-title">
        {title}
      </h2>
      {result && <p>{t('export.run.done', { n: format.count(result.rows), file: result.fileName })}</p>}
      {job.state === 'cancelled' && <p>{t('export.run.cancelled')}</p>}
      {job.state === 'failed' && (
        <p className="form-error" role="alert">
          {job.error?.message}
        </p>
      )}
      <div className="wizard-actions">
        {result && <FileAction file={result} label={t('export.run.download')} />}
        {result?.codebook && <FileAction file={result.codebook} label={t('export.run.downloadCodebook')} />}
        <button type="button" className="button" onClick={onAnother}>
          {t('export.run.another')}
        </button>
      </div>
    </section>
  );
}
