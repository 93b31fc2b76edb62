import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '@api/member-import';
import type { ApiError } from '@renderer/api';
import { FormError } from '@renderer/components/form-error';
import { FileReadout, FileSummary, WizardActions, type ReadOverrides } from '@renderer/components/import-wizard/import-wizard';

interface Props {
  preview: ImportPreview | null;
  loading: boolean;
  error: ApiError | null;
  overrides: ReadOverrides;
  onOverrides(overrides: ReadOverrides): void;
  onBack(): void;
  onNext(): void;
}

/** Step 2: how the file reads (encoding, delimiter, header, each overridable), its first rows, and the problems found. */
export function PreviewStep({ preview, loading, error, overrides, onOverrides, onBack, onNext }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card wizard-card" aria-labelledby="import-preview-title" aria-busy={loading}>
      <h2 className="card-title" id="import-preview-title">
        {t('importWizard.preview.title')}
      </h2>
      {preview && <FileSummary preview={preview} />}
      <FormError error={error} />
      {preview && <FileReadout preview={preview} overrides={overrides} onOverrides={onOverrides} />}
      <WizardActions onBack={onBack} onNext={onNext} nextDisabled={!preview?.canImport || loading} />
      {preview && !preview.canImport && <p className="field-error wizard-blocked">{t('importWizard.preview.blocked')}</p>}
    </section>
  );
}
