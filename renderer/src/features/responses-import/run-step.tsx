import { useTranslation } from 'react-i18next';
import { responseImportResult, type ResponseImportResult } from '@api/response-import';
import { FormError } from '@renderer/components/form-error';
import { ImportJob, RejectedRows, ResultCard, ResultCounts, useSaveRejected } from '@renderer/components/import-wizard/import-wizard';
import { useFormat } from '@renderer/i18n/format';

interface Props {
  jobId: string;
  /** Import the same file again with "import the valid rows" (after all-or-nothing rejected some). */
  onRetryValidRows(): void;
  onAnother(): void;
  /** The survey's page (its designer), where the version's responses count. */
  surveyHref: string;
}

type Actions = Pick<Props, 'onAnother' | 'surveyHref'>;

/** Where a response import goes next: the survey. */
function OpenSurvey({ surveyHref }: Pick<Props, 'surveyHref'>) {
  const { t } = useTranslation();
  return (
    <a className="button button-primary" href={surveyHref}>
      {t('responsesImport.run.showSurvey')}
    </a>
  );
}

/** Step 5: the import job's progress with Cancel, then what it did. */
export function RunStep({ jobId, onRetryValidRows, ...actions }: Props) {
  const { t } = useTranslation();
  return (
    <ImportJob
      jobId={jobId}
      running={{ title: t('responsesImport.run.title'), cancelHint: t('responsesImport.run.cancelHint') }}
      cancelled={{ title: t('responsesImport.run.cancelledTitle'), body: t('responsesImport.run.cancelled') }}
      parse={(result) => responseImportResult.safeParse(result).data ?? null}
      onAnother={actions.onAnother}
      next={<OpenSurvey surveyHref={actions.surveyHref} />}
      outcome={(result) => <ImportOutcome jobId={jobId} result={result} onRetryValidRows={onRetryValidRows} {...actions} />}
    />
  );
}

function ImportOutcome({ jobId, result, onRetryValidRows, ...actions }: Actions & { jobId: string; result: ResponseImportResult; onRetryValidRows(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const saveRejected = useSaveRejected(jobId);
  return (
    <ResultCard
      title={result.committed ? t('responsesImport.run.doneTitle') : t('importWizard.run.notCommittedTitle')}
      onAnother={actions.onAnother}
      next={<OpenSurvey surveyHref={actions.surveyHref} />}
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
    </ResultCard>
  );
}
