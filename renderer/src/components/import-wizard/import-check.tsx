import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilePreview, ImportMode, ImportRejection } from '@api/csv-import';
import type { ApiError } from '@renderer/api';
import { FormError } from '@renderer/components/form-error';
import { FileReadout, type ReadOverrides } from './file-readout';
import { RejectedRows, RejectionTable, ResultCard, ResultCounts, useSaveRejected, WizardActions } from './import-outcome';
import { ModeChoice } from './mode-choice';

/** How the rows read would import with the mapping: their count, the import's own counts and the rejections. */
export interface RowsCheck {
  rows: number;
  rejected: number;
  rejections: ImportRejection[];
}

export interface ImportCheckProps {
  /** The preview with the mapping applied to the rows read (null while it loads). */
  preview: FilePreview | null;
  rows: RowsCheck | null;
  /** Each count the import shows, labelled in the area's words. */
  counts: readonly (readonly [string, number])[];
  /** The area's words: the title, a line under it, how many rows were checked, the rejected rows' heading, none rejected, the file's reading and the start button. */
  texts: { title: string; summary?: string | null; checked: string; rejectedTitle: string; noRejections: string; reading: string; start: string };
  loading: boolean;
  error: ApiError | null;
  overrides: ReadOverrides;
  onOverrides(overrides: ReadOverrides): void;
  mode: ImportMode;
  onMode(mode: ImportMode): void;
  starting: boolean;
  startError: ApiError | null;
  onBack(): void;
  onStart(): void;
}

/**
 * The check step every import with a row check shares: how the rows read would import (each row that
 * would be rejected with its column, value and what was expected), how the file reads, and what to do
 * with rows that have errors.
 */
export function ImportCheck({ preview, rows, counts, texts, loading, error, overrides, onOverrides, mode, onMode, starting, startError, onBack, onStart }: ImportCheckProps) {
  const { t } = useTranslation();
  return (
    <section className="card wizard-card" aria-labelledby="import-check-title" aria-busy={loading}>
      <h2 className="card-title" id="import-check-title">
        {texts.title}
      </h2>
      {texts.summary && <p className="card-caption">{texts.summary}</p>}
      <FormError error={error} />
      {rows && (
        <>
          <p>{texts.checked}</p>
          <ResultCounts counts={counts} />
          {rows.rejections.length > 0 ? (
            <details className="result-section" open>
              <summary>{texts.rejectedTitle}</summary>
              <RejectionTable rejections={rows.rejections} />
            </details>
          ) : (
            <p className="problem-none">{texts.noRejections}</p>
          )}
        </>
      )}
      {preview && (
        <details className="result-section" open={!preview.canImport || preview.problems.length > 0}>
          <summary>{texts.reading}</summary>
          <FileReadout preview={preview} overrides={overrides} onOverrides={onOverrides} />
        </details>
      )}
      <ModeChoice mode={mode} onMode={onMode} />
      <FormError error={startError} />
      <WizardActions onBack={onBack} onNext={onStart} nextDisabled={!preview?.canImport || loading || error !== null || starting} nextLabel={starting ? t('common.working') : texts.start} />
      {preview && !preview.canImport && <p className="field-error wizard-blocked">{t('importWizard.preview.blocked')}</p>}
    </section>
  );
}

export interface RowImportOutcomeProps {
  jobId: string;
  result: { committed: boolean; rows: number; rejected: number; rejections: ImportRejection[] };
  counts: readonly (readonly [string, number])[];
  /** The area's words: the title when it was committed, and what it did (committed or not). */
  texts: { doneTitle: string; doneBody: string; notCommittedBody: string };
  onRetryValidRows(): void;
  onAnother(): void;
  /** Where to go next (the main action). */
  next: ReactNode;
}

/** An ended import of rows: what it did, its counts, the rejected rows (to save as a CSV), and importing the valid rows instead after all-or-nothing refused. */
export function RowImportOutcome({ jobId, result, counts, texts, onRetryValidRows, onAnother, next }: RowImportOutcomeProps) {
  const { t } = useTranslation();
  const saveRejected = useSaveRejected(jobId);
  return (
    <ResultCard
      title={result.committed ? texts.doneTitle : t('importWizard.run.notCommittedTitle')}
      onAnother={onAnother}
      next={next}
      actions={
        result.rejected > 0 && (
          <button type="button" className="button" disabled={saveRejected.busy} onClick={() => void saveRejected.run()}>
            {saveRejected.label}
          </button>
        )
      }
    >
      <p>{result.committed ? texts.doneBody : texts.notCommittedBody}</p>
      {!result.committed && result.rejected > 0 && (
        <p>
          <button type="button" className="button button-small" onClick={onRetryValidRows}>
            {t('importWizard.run.retryValid')}
          </button>
        </p>
      )}
      <ResultCounts counts={counts} />
      <FormError error={saveRejected.error} />
      <RejectedRows rejections={result.rejections} total={result.rejected} />
    </ResultCard>
  );
}
