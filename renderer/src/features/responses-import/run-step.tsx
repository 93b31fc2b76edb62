import { useTranslation } from 'react-i18next';
import { responseImportResult, type ResponseImportResult } from '@api/response-import';
import { ImportJob, RowImportOutcome, useRowImportWords } from '@renderer/components/import-wizard/import-wizard';

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
  const words = useRowImportWords('responsesImport');
  return (
    <RowImportOutcome
      jobId={jobId}
      result={result}
      counts={[
        [t('responsesImport.run.added'), result.added],
        [t('responsesImport.run.skipped'), result.skipped],
        [t('responsesImport.run.rejected'), result.rejected],
      ]}
      texts={words.outcome(result)}
      onRetryValidRows={onRetryValidRows}
      onAnother={actions.onAnother}
      next={<OpenSurvey surveyHref={actions.surveyHref} />}
    />
  );
}
