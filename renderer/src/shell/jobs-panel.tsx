import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobState } from '@api/jobs';
import { CloseIcon } from '@renderer/components/icons';
import { ProgressBar } from '@renderer/components/progress-bar';
import { useErrorText } from '@renderer/i18n/error-text';
import { useJobProgressText } from './job-progress-text';
import { useJobs } from './jobs-context';
import { useNotify } from './notices';

/**
 * Running jobs with their progress and a Cancel button; a job that failed or was cancelled while
 * this window watched it stays until dismissed, so its outcome is not missed.
 */
export function JobsPanel() {
  const { t } = useTranslation();
  const { jobs, watched } = useJobs();
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const visible = jobs.filter(
    (job) => job.state === 'running' || (job.state !== 'succeeded' && watched.has(job.id) && !dismissed.has(job.id)),
  );
  if (visible.length === 0) return null;
  return (
    <section className="jobs-panel" aria-label={t('jobs.label')}>
      {visible.map((job) => (
        <JobRow key={job.id} job={job} onDismiss={() => setDismissed((set) => new Set([...set, job.id]))} />
      ))}
    </section>
  );
}

function JobRow({ job, onDismiss }: { job: JobState; onDismiss: () => void }) {
  const { t } = useTranslation();
  const { cancel } = useJobs();
  const notify = useNotify();
  const errorText = useErrorText();
  const [cancelling, setCancelling] = useState(false);
  const { kind, phase: phaseText, amount } = useJobProgressText()(job);
  const { done, total } = job.progress;

  const onCancel = () => {
    setCancelling(true);
    cancel(job.id).catch((err: unknown) => {
      setCancelling(false);
      notify('error', errorText(err));
    });
  };

  if (job.state !== 'running') {
    return (
      <div className={`job-row job-row-${job.state}`} role={job.state === 'failed' ? 'alert' : 'status'}>
        <span className="job-kind">{kind}</span>
        <span className="job-outcome">{job.state === 'cancelled' ? t('jobs.state.cancelled') : `${t('jobs.state.failed')}: ${job.error?.message ?? ''}`}</span>
        <button type="button" className="icon-button" onClick={onDismiss} aria-label={t('common.dismiss')}>
          <CloseIcon />
        </button>
      </div>
    );
  }
  return (
    <div className="job-row" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      <span className="job-kind">{kind}</span>
      <span className="job-phase">{phaseText}</span>
      <ProgressBar done={done} total={total} label={`${kind}: ${phaseText ?? ''} ${amount}`} />
      <span className="job-amount">{amount}</span>
      <button type="button" className="button button-small" onClick={onCancel} disabled={cancelling}>
        {cancelling ? t('jobs.cancelling') : t('jobs.cancel')}
      </button>
    </div>
  );
}
