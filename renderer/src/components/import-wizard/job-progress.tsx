import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobState } from '@api/jobs';
import { ApiError } from '@renderer/api';
import { FormError } from '@renderer/components/form-error';
import { ProgressBar } from '@renderer/components/progress-bar';
import { useFormat } from '@renderer/i18n/format';
import { translateRuntimeKey } from '@renderer/i18n/runtime-keys';
import { useJobs } from '@renderer/shell/jobs-context';

/** A running import job: its phase, a progress bar and Cancel (the core rolls everything back); cancelHint says what cancelling leaves. */
export function JobProgress({ job, title, cancelHint }: { job: JobState | null; title: string; cancelHint: string }) {
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
        <ProgressBar done={done} total={total} label={t('importWizard.run.progressLabel')} />
        <span className="run-amount">{total ? format.percent(Math.min(1, done / total)) : ''}</span>
      </div>
      <p className="field-hint">{cancelHint}</p>
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
