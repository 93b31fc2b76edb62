import { useTranslation } from 'react-i18next';
import { importModes, type ImportMode } from '@api/csv-import';

const modeKeys = { 'all-or-nothing': 'allOrNothing', 'valid-rows': 'validRows' } as const;

/** What to do when rows have errors: import nothing, or only the valid rows. */
export function ModeChoice({ mode, onMode }: { mode: ImportMode; onMode(mode: ImportMode): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="choice-group">
      <legend>{t('importWizard.options.invalid')}</legend>
      {importModes.map((m) => (
        <label key={m} className="checkbox-field">
          <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => onMode(m)} />
          <span>
            <span className="checkbox-label">{t(`importWizard.options.mode.${modeKeys[m]}`)}</span>
            <span className="field-hint">{t(`importWizard.options.modeHint.${modeKeys[m]}`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
