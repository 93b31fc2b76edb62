import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRejection } from '@api/csv-import';
import type { JobState } from '@api/jobs';
import { useApi } from '@renderer/api/api-context';
import { startDownload } from '@renderer/api/download';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { useJobs } from '@renderer/shell/jobs-context';
import { useNotify } from '@renderer/shell/notices';
import { useImportText } from './import-text';
import { JobProgress } from './job-progress';

/** An ended import: its title, what happened, and its actions: the area's own, another file, and where to go next (`next`, the main one). */
export function ResultCard({ title, children, actions, onAnother, next }: { title: string; children?: ReactNode; actions?: ReactNode; onAnother(): void; next: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="card wizard-card" aria-labelledby="import-result-title">
      <h2 className="card-title" id="import-result-title">
        {title}
      </h2>
      {children}
      <div className="wizard-actions">
        {actions}
        <button type="button" className="button" onClick={onAnother}>
          {t('importWizard.run.another')}
        </button>
        {next}
      </div>
    </section>
  );
}

/** The counts of an import's rows, one box each. */
export function ResultCounts({ counts }: { counts: readonly (readonly [label: string, n: number])[] }) {
  const format = useFormat();
  return (
    <dl className="result-counts">
      {counts.map(([label, n]) => (
        <div key={label} className="result-count">
          <dt>{label}</dt>
          <dd>{format.count(n)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Rejected rows: row, column, value and what is wrong, in the user's language. */
export function RejectionTable({ rejections }: { rejections: readonly ImportRejection[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const importText = useImportText();
  const columns: DataColumn<ImportRejection>[] = [
    { id: 'row', header: t('importWizard.preview.row'), numeric: true, cell: (r) => format.count(r.row) },
    { id: 'column', header: t('importWizard.mapping.column'), cell: (r) => r.column ?? '—' },
    { id: 'value', header: t('importWizard.run.value'), className: 'rejected-value', cell: (r) => r.value ?? '—' },
    { id: 'problem', header: t('importWizard.run.problem'), cell: (r) => importText(r) },
  ];
  return <DataTable className="rejected-table" scroll="box" columns={columns} rows={rejections} rowKey={(_, i) => i} />;
}

/** The rejected rows of a finished import, listed (the first of them) and counted. */
export function RejectedRows({ rejections, total }: { rejections: readonly ImportRejection[]; total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (rejections.length === 0) return null;
  return (
    <details className="result-section" open>
      <summary>{t('importWizard.run.rejectedTitle', { n: format.count(total) })}</summary>
      <RejectionTable rejections={rejections} />
      {total > rejections.length && <p className="field-hint">{t('importWizard.run.rejectedMore', { n: format.count(rejections.length) })}</p>}
    </details>
  );
}

/**
 * Saving an import job's rejected rows (imports.rejectedCsv). Desktop app: the core's file name first
 * (which also confirms there are rows to save), then the save dialog proposing it, then the core saves
 * there; Cancel does nothing. Browser host: a one-time download.
 */
export function useSaveRejected(jobId: string) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const desktop = useAsync(() => api.call('app.info', {}), [api]).data?.host === 'electron';
  const action = useAction(async () => {
    if (desktop) {
      const { fileName } = await api.call('imports.rejectedCsv', { jobId });
      const target = await api.call('dialogs.savePath', { purpose: 'rejectedRows', defaultName: fileName });
      if (!target.path) return;
      // The save dialog has asked before replacing a file.
      const file = await api.call('imports.rejectedCsv', { jobId, path: target.path, replace: true });
      notify('success', t('importWizard.run.rejectedSaved', { path: file.path }));
      return;
    }
    const file = await api.call('imports.rejectedCsv', { jobId });
    if (file.downloadId) {
      // The browser host offers the file once at /download/<id>; the browser saves it.
      startDownload(file.downloadId, file.fileName);
    } else {
      notify('success', t('importWizard.run.rejectedSaved', { path: file.path }));
    }
  });
  return { ...action, label: desktop ? t('importWizard.run.saveRejectedAs') : t('importWizard.run.saveRejected') };
}

interface ImportJobProps<Result> {
  jobId: string;
  /** While it runs: the card's title, and what cancelling leaves. */
  running: { title: string; cancelHint: string };
  cancelled: { title: string; body: string };
  /** The job's result as the area's schema reads it (null: unreadable). */
  parse(result: JobState['result']): Result | null;
  /** Another file; where to go next (the ended card's main action). */
  onAnother(): void;
  next: ReactNode;
  /** What a finished import did: its ResultCard. */
  outcome(result: Result): ReactNode;
}

/** An import job from start to end: its progress with Cancel while it runs, then what it did, or why it stopped. */
export function ImportJob<Result>({ jobId, running, cancelled, parse, onAnother, next, outcome }: ImportJobProps<Result>) {
  const { t } = useTranslation();
  const { jobs } = useJobs();
  const job = jobs.find((j) => j.id === jobId);
  if (!job || job.state === 'running') return <JobProgress job={job ?? null} title={running.title} cancelHint={running.cancelHint} />;
  if (job.state === 'cancelled') {
    return (
      <ResultCard title={cancelled.title} onAnother={onAnother} next={next}>
        <p>{cancelled.body}</p>
      </ResultCard>
    );
  }
  const result = job.state === 'succeeded' ? parse(job.result) : null;
  if (result !== null) return outcome(result);
  return (
    <ResultCard title={t('importWizard.run.failedTitle')} onAnother={onAnother} next={next}>
      <p className="form-error" role="alert">
        {job.error?.message ?? t('importWizard.run.unreadable')}
      </p>
    </ResultCard>
  );
}

/** Back and Next (or the step's own main action) at the foot of a wizard step. */
export function WizardActions({ onBack, onNext, nextLabel, nextDisabled = false }: { onBack(): void; onNext(): void; nextLabel?: string; nextDisabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="wizard-actions">
      <button type="button" className="button" onClick={onBack}>
        {t('importWizard.back')}
      </button>
      <button type="button" className="button button-primary" disabled={nextDisabled} onClick={onNext}>
        {nextLabel ?? t('importWizard.next')}
      </button>
    </div>
  );
}
