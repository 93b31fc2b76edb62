import { useTranslation } from 'react-i18next';
import type { ImportMode } from '@api/csv-import';
import type { ResponseImportPreview } from '@api/response-import';
import type { ApiError } from '@renderer/api';
import { FormError } from '@renderer/components/form-error';
import { FileReadout, ModeChoice, RejectionTable, ResultCounts, WizardActions, type ReadOverrides } from '@renderer/components/import-wizard/import-wizard';
import { useFormat } from '@renderer/i18n/format';

interface Props {
  /** The preview with the mapping applied to the rows read (null while it loads). */
  check: ResponseImportPreview | null;
  loading: boolean;
  error: ApiError | null;
  mapped: number;
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
 * Step 4: how the rows read would import with the mapping (new responses, skipped, and each row that
 * would be rejected with its column, value and what was expected), how the file reads, and what to do
 * with rows that have errors.
 */
export function CheckStep({ check, loading, error, mapped, overrides, onOverrides, mode, onMode, starting, startError, onBack, onStart }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = check?.check;
  return (
    <section className="card wizard-card" aria-labelledby="responses-check-title" aria-busy={loading}>
      <h2 className="card-title" id="responses-check-title">
        {t('responsesImport.preview.title')}
      </h2>
      {check && (
        <p className="card-caption">
          {t('responsesImport.preview.summary', { name: check.fileName, survey: check.version.title, version: check.version.version, columns: format.count(mapped) })}
        </p>
      )}
      <FormError error={error} />
      {rows && (
        <>
          <p>{t('responsesImport.preview.checked', { n: format.count(rows.rows) })}</p>
          <ResultCounts
            counts={[
              [t('responsesImport.preview.added'), rows.added],
              [t('responsesImport.preview.skipped'), rows.skipped],
              [t('responsesImport.preview.rejected'), rows.rejected],
            ]}
          />
          {rows.rejections.length > 0 ? (
            <details className="result-section" open>
              <summary>{t('responsesImport.preview.rejectedTitle', { n: format.count(rows.rejected) })}</summary>
              <RejectionTable rejections={rows.rejections} />
            </details>
          ) : (
            <p className="problem-none">{t('responsesImport.preview.noRejections')}</p>
          )}
        </>
      )}
      {check && (
        <details className="result-section" open={!check.canImport || check.problems.length > 0}>
          <summary>{t('responsesImport.preview.reading')}</summary>
          <FileReadout preview={check} overrides={overrides} onOverrides={onOverrides} />
        </details>
      )}
      <ModeChoice mode={mode} onMode={onMode} />
      <FormError error={startError} />
      <WizardActions onBack={onBack} onNext={onStart} nextDisabled={!check?.canImport || loading || error !== null || starting} nextLabel={starting ? t('common.working') : t('responsesImport.preview.start')} />
      {check && !check.canImport && <p className="field-error wizard-blocked">{t('importWizard.preview.blocked')}</p>}
    </section>
  );
}
