import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { responseImportResult, type ResponseImportResult } from '@api/response-import';
import { FormError } from '@renderer/components/form-error';
import { JobProgress, RejectedRows, ResultCard, ResultCounts, useSaveRejected } from '@renderer/components/import-wizard/import-wizard';
import { useFormat } from '@renderer/i18n/format';
import { useJobs } from '@renderer/shell/jobs-context';

interface Props {
  jobId: string;
  /** Import the same file again with "import the valid rows" (after all-or-nothing rejected some). */
  onRetryValidRows(): void;
  onAnother(): void;
  /** The survey's page (its designer), where the version's responses count. */
  surveyHref: string;
}

type Actions = Pick<Props, 'onAnother' | 'surveyHref'>;

/** An ended import with its actions: another file, the survey. */
function ResponsesResultCard({ title, children, onAnother, surveyHref, actions }: Actions & { title: string; children: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ResultCard
      title={title}
      actions={
        <>
          {actions}
          <button type="button" className="button" onClick={onAnother}>
            {t('importWizard.run.another')}
          </button>
          <a className="button button-primary" href={surveyHref}>
            {t('responsesImport.run.showSurvey')}
          </a>
        </>
      }
    >
      {children}
    </ResultCard>
  );
}

/** Step 5: the import job's progress with Cancel, then what it did. */
export function RunStep({ jobId, onRetryValidRows, ...actions }: Props) {
  const { t } = useTranslation();
  const { jobs } = useJobs();
  const job = jobs.find((j) => j.id === jobId);
  if (!job || job.state === 'running') return <JobProgress job={job ?? null} title={t('responsesImport.run.title')} cancelHint={t('responsesImport.run.cancelHint')} />;
  if (job.state === 'cancelled') {
    return (
      <ResponsesResultCard title={t('responsesImport.run.cancelledTitle')} {...actions}>
        <p>{t('responsesImport.run.cancelled')}</p>
      </ResponsesResultCard>
    );
  }
  const parsed = responseImportResult.safeParse(job.result);
  if (job.state === 'failed' || !parsed.success) {
    return (
      <ResponsesResultCard title={t('importWizard.run.failedTitle')} {...actions}>
        <p className="form-error" role="alert">
          {job.error?.message ?? t('importWizard.run.unreadable')}
        </p>
      </ResponsesResultCard>
    );
  }
  return <ImportOutcome jobId={jobId} result={parsed.data} onRetryValidRows={onRetryValidRows} {...actions} />;
}

function ImportOutcome({ jobId, result, onRetryValidRows, ...actions }: Actions & { jobId: string; result: ResponseImportResult; onRetryValidRows(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const saveRejected = useSaveRejected(jobId);
  return (
    <ResponsesResultCard
      title={result.committed ? t('responsesImport.run.doneTitle') : t('importWizard.run.notCommittedTitle')}
      {...actions}
      actions={
        result.rejected > 0 && (
          <button type="button" className="button" disabled={saveRejected.busy} onClick={() => void saveRejected.run()}>
            {saveRejected.label}
          </button>
        )
      }
    >
      <p>{result.committed ? t('responsesImport.run.doneBody', { n: format.count(result.rows) }) : t('responsesImport.run.notCommittedBody', { n: format.count(result.rejected) })}</p>
      {!result.committed && result.rejected > 0 && (
        <p>
          <button type="button" className="button button-small" onClick={onRetryValidRows}>
            {t('importWizard.run.retryValid')}
          </button>
        </p>
      )}
      <ResultCounts
        counts={[
          [t('responsesImport.run.added'), result.added],
          [t('responsesImport.run.skipped'), result.skipped],
          [t('responsesImport.run.rejected'), result.rejected],
        ]}
      />
      <FormError error={saveRejected.error} />
      <RejectedRows rejections={result.rejections} total={result.rejected} />
    </ResponsesResultCard>
  );
}
