import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { importResult, type ImportResult } from '@api/member-import';
import type { JobState } from '@api/jobs';
import { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { FormError } from '@renderer/components/form-error';
import { ProgressBar } from '@renderer/components/progress-bar';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { translateRuntimeKey } from '@renderer/i18n/runtime-keys';
import { useJobs } from '@renderer/shell/jobs-context';
import { useNotify } from '@renderer/shell/notices';
import { useImportText } from './import-text';

interface Props {
  jobId: string;
  /** Import the same file again with "import valid rows" (after an all-or-nothing run rejected some). */
  onRetryValidRows(): void;
  onAnother(): void;
  /** Opens the members table afresh (no filter, search, saved view or selection left from before). */
  onShowMembers(): void;
}

type Actions = Pick<Props, 'onAnother' | 'onShowMembers'>;

/** Step 5: the import job's progress with Cancel, then its result. */
export function RunStep({ jobId, onRetryValidRows, ...actions }: Props) {
  const { t } = useTranslation();
  const { jobs } = useJobs();
  const job = jobs.find((j) => j.id === jobId);
  if (!job || job.state === 'running') return <JobProgress job={job ?? null} title={t('panel.import.run.title')} />;
  if (job.state === 'cancelled') {
    return (
      <ResultCard title={t('panel.import.run.cancelledTitle')} {...actions}>
        <p>{t('panel.import.run.cancelled')}</p>
      </ResultCard>
    );
  }
  if (job.state === 'failed') {
    return (
      <ResultCard title={t('panel.import.run.failedTitle')} {...actions}>
        <p className="form-error" role="alert">
          {job.error?.message}
        </p>
      </ResultCard>
    );
  }
  const parsed = importResult.safeParse(job.result);
  if (!parsed.success) {
    return (
      <ResultCard title={t('panel.import.run.failedTitle')} {...actions}>
        <p>{t('panel.import.run.unreadable')}</p>
      </ResultCard>
    );
  }
  return <ImportOutcome jobId={jobId} result={parsed.data} onRetryValidRows={onRetryValidRows} {...actions} />;
}

/** A running job: phase, progress bar and Cancel (the core rolls everything back). */
function JobProgress({ job, title }: { job: JobState | null; title: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { cancel } = useJobs();
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const done = job?.progress.done ?? 0;
  const total = job?.progress.total ?? null;
  const phase = job?.progress.phase ? translateRuntimeKey(i18n, job.progress.phase) : null;
  return (
    <section className="card wizard-card" aria-labelledby="import-run-title" aria-busy="true">
      <h2 className="card-title" id="import-run-title">
        {title}
      </h2>
      <div className="run-progress">
        <span className="run-phase">{phase ?? t('jobs.phase.starting')}</span>
        <ProgressBar done={done} total={total} label={t('panel.import.run.progressLabel')} />
        <span className="run-amount">{total ? format.percent(Math.min(1, done / total)) : ''}</span>
      </div>
      <p className="field-hint">{t('panel.import.run.cancelHint')}</p>
      <FormError error={error} />
      <div className="wizard-actions">
        <button
          type="button"
          className="button"
          disabled={!job || cancelling}
          onClick={() => {
            if (!job) return;
            setCancelling(true);
            cancel(job.id).catch((err: unknown) => {
              setError(ApiError.from(err));
              setCancelling(false);
            });
          }}
        >
          {cancelling ? t('jobs.cancelling') : t('jobs.cancel')}
        </button>
      </div>
    </section>
  );
}

function ResultCard({ title, children, onAnother, onShowMembers, actions }: Actions & { title: string; children: ReactNode; actions?: ReactNode }) {
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
          {t('panel.import.run.another')}
        </button>
        <button type="button" className="button button-primary" onClick={onShowMembers}>
          {t('panel.import.run.showMembers')}
        </button>
      </div>
    </section>
  );
}

function ImportOutcome({ jobId, result, onRetryValidRows, ...actions }: Actions & { jobId: string; result: ImportResult; onRetryValidRows: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const format = useFormat();
  const importText = useImportText();
  const { jobs, track } = useJobs();
  const [undoJobId, setUndoJobId] = useState<string | null>(null);
  const undoJob = undoJobId ? jobs.find((j) => j.id === undoJobId) : undefined;
  const desktop = useAsync(() => api.call('app.info', {}), [api]).data?.host === 'electron';

  /**
   * Desktop app: the core's file name first (which also confirms there are rows to save), then the save
   * dialog proposing it, then the core saves there. Cancel does nothing.
   */
  const saveRejectedAs = async () => {
    const { fileName } = await api.call('imports.rejectedCsv', { jobId });
    const target = await api.call('dialogs.savePath', { purpose: 'rejectedRows', defaultName: fileName });
    if (!target.path) return;
    // The save dialog has asked before replacing a file.
    const file = await api.call('imports.rejectedCsv', { jobId, path: target.path, replace: true });
    notify('success', t('panel.import.run.rejectedSaved', { path: file.path }));
  };

  const saveRejected = useAction(async () => {
    if (desktop) return saveRejectedAs();
    const file = await api.call('imports.rejectedCsv', { jobId });
    if (file.downloadId) {
      // The browser host offers the file once at /download/<id>; the browser saves it.
      const link = document.createElement('a');
      link.href = `/download/${encodeURIComponent(file.downloadId)}`;
      link.download = file.fileName;
      document.body.append(link);
      link.click();
      link.remove();
    } else {
      notify('success', t('panel.import.run.rejectedSaved', { path: file.path }));
    }
  });
  const undo = useAction(async () => {
    if (result.batchId === null) return;
    const { jobId: id } = await api.call('imports.undo', { batchId: result.batchId });
    track(id);
    setUndoJobId(id);
  });

  const counts: [string, number][] = [
    [t('panel.import.run.inserted'), result.inserted],
    [t('panel.import.run.updated'), result.updated],
    [t('panel.import.run.skipped'), result.skipped],
    [t('panel.import.run.rejected'), result.rejectedCount],
    [t('panel.import.run.warnings'), result.warningCount],
  ];
  const rejectedColumns: DataColumn<ImportResult['rejected'][number]>[] = [
    { id: 'row', header: t('panel.import.preview.row'), numeric: true, cell: (r) => format.count(r.row) },
    { id: 'column', header: t('panel.import.mapping.column'), cell: (r) => r.column ?? '—' },
    { id: 'value', header: t('panel.import.run.value'), className: 'rejected-value', cell: (r) => r.value ?? '—' },
    { id: 'problem', header: t('panel.import.run.problem'), cell: (r) => importText(r) },
  ];
  const undone = undoJob?.state === 'succeeded';
  const canUndo = result.committed && result.batchId !== null && result.inserted + result.updated > 0 && !undone;

  return (
    <ResultCard
      title={result.committed ? t('panel.import.run.doneTitle') : t('panel.import.run.notCommittedTitle')}
      {...actions}
      actions={
        <>
          {result.rejectedCount > 0 && (
            <button type="button" className="button" disabled={saveRejected.busy} onClick={() => void saveRejected.run()}>
              {desktop ? t('panel.import.run.saveRejectedAs') : t('panel.import.run.saveRejected')}
            </button>
          )}
          {canUndo && (
            <button type="button" className="button" disabled={undo.busy || undoJob?.state === 'running'} onClick={() => void undo.run()}>
              {t('panel.import.run.undo')}
            </button>
          )}
        </>
      }
    >
      <p>
        {result.committed
          ? t('panel.import.run.doneBody', { n: format.count(result.rows) })
          : t('panel.import.run.notCommittedBody', { n: format.count(result.rejectedCount) })}
      </p>
      {!result.committed && result.rejectedCount > 0 && (
        <p>
          <button type="button" className="button button-small" onClick={onRetryValidRows}>
            {t('panel.import.run.retryValid')}
          </button>
        </p>
      )}
      <dl className="result-counts">
        {counts.map(([label, n]) => (
          <div key={label} className="result-count">
            <dt>{label}</dt>
            <dd>{format.count(n)}</dd>
          </div>
        ))}
      </dl>
      {undoJob?.state === 'running' && <p role="status">{t('panel.import.run.undoing')}</p>}
      {undone && <p className="problem-none">{t('panel.import.run.undone')}</p>}
      {undoJob?.state === 'failed' && (
        <p className="form-error" role="alert">
          {undoJob.error?.message}
        </p>
      )}
      <FormError error={undo.error ?? saveRejected.error} />

      <GroupedIssues title={t('panel.import.run.skippedTitle', { n: format.count(result.skipped) })} groups={result.skips} open={result.rejected.length === 0} />
      <GroupedIssues title={t('panel.import.run.warningsTitle', { n: format.count(result.warningCount) })} groups={result.warnings} open={result.rejected.length === 0} />
      {result.rejected.length > 0 && (
        <details className="result-section" open>
          <summary>{t('panel.import.run.rejectedTitle', { n: format.count(result.rejectedCount) })}</summary>
          <DataTable className="rejected-table" scroll="box" columns={rejectedColumns} rows={result.rejected} rowKey={(_, i) => i} />
          {result.rejectedCount > result.rejected.length && <p className="field-hint">{t('panel.import.run.rejectedMore', { n: format.count(result.rejected.length) })}</p>}
        </details>
      )}
    </ResultCard>
  );
}

/** Skipped rows or warnings, one line per kind (and column and value) with the rows it concerns. */
function GroupedIssues({ title, groups, open }: { title: string; groups: ImportResult['warnings']; open: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const importText = useImportText();
  if (groups.length === 0) return null;
  return (
    <details className="result-section" open={open}>
      <summary>{title}</summary>
      <ul className="problem-list">
        {groups.map((w, i) => (
          <li key={i} className="problem problem-warning">
            <span className="problem-severity">{format.count(w.count)}×</span>
            <span className="problem-text">
              {w.column && <strong>{w.column}: </strong>}
              {importText(w)}
              <span className="problem-rows"> {t('panel.import.preview.rows', { rows: w.rows.slice(0, 12).map((r) => format.count(r)).join(', ') + (w.count > 12 ? ' …' : '') })}</span>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
