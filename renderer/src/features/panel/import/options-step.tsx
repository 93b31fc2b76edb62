import { useTranslation } from 'react-i18next';
import { duplicatePolicies, importModes, type ImportPreview } from '@api/member-import';
import type { ApiError } from '@renderer/api';
import { FormError } from '@renderer/components/form-error';
import { useFormat } from '@renderer/i18n/format';

export interface ImportOptions {
  onDuplicate: (typeof duplicatePolicies)[number];
  mode: (typeof importModes)[number];
}

const modeKeys = { 'all-or-nothing': 'allOrNothing', 'valid-rows': 'validRows' } as const;

interface Props {
  preview: ImportPreview;
  mapped: number;
  options: ImportOptions;
  onOptions(options: ImportOptions): void;
  starting: boolean;
  error: ApiError | null;
  onBack(): void;
  onStart(): void;
}

/** Step 4: what to do with duplicates and with invalid rows, then start. */
export function OptionsStep({ preview, mapped, options, onOptions, starting, error, onBack, onStart }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card wizard-card" aria-labelledby="import-options-title">
      <h2 className="card-title" id="import-options-title">
        {t('panel.import.options.title')}
      </h2>
      <fieldset className="choice-group">
        <legend>{t('panel.import.options.duplicates')}</legend>
        <p className="field-hint">{t('panel.import.options.duplicatesHint')}</p>
        {duplicatePolicies.map((policy) => (
          <label key={policy} className="checkbox-field">
            <input type="radio" name="onDuplicate" value={policy} checked={options.onDuplicate === policy} onChange={() => onOptions({ ...options, onDuplicate: policy })} />
            <span>
              <span className="checkbox-label">{t(`panel.import.options.duplicate.${policy}`)}</span>
              <span className="field-hint">{t(`panel.import.options.duplicateHint.${policy}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t('panel.import.options.invalid')}</legend>
        {importModes.map((mode) => (
          <label key={mode} className="checkbox-field">
            <input type="radio" name="mode" value={mode} checked={options.mode === mode} onChange={() => onOptions({ ...options, mode })} />
            <span>
              <span className="checkbox-label">{t(`panel.import.options.mode.${modeKeys[mode]}`)}</span>
              <span className="field-hint">{t(`panel.import.options.modeHint.${modeKeys[mode]}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="import-summary">
        {t('panel.import.options.summary', { name: preview.fileName, columns: format.count(mapped), size: format.bytes(preview.sizeBytes) })}
      </p>
      <FormError error={error} />
      <div className="wizard-actions">
        <button type="button" className="button" onClick={onBack}>
          {t('panel.import.back')}
        </button>
        <button type="button" className="button button-primary" disabled={starting} onClick={onStart}>
          {starting ? t('common.working') : t('panel.import.options.start')}
        </button>
      </div>
    </section>
  );
}
