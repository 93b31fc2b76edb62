import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { csvPresets, type CsvOptions } from '@model/csv/csv-options';
import type { ExportDraft } from './export-draft';

interface Props {
  draft: ExportDraft;
  /** The options the file will be written with (the preset's, then those chosen on their own). */
  options: CsvOptions;
  onChange(change: Partial<ExportDraft>): void;
}

/** How the file is written: a preset, and each setting on its own. */
export function FileSettingsCard({ draft, options, onChange }: Props) {
  const { t } = useTranslation();
  const ids = { delimiter: useId(), decimal: useId(), newline: useId() };
  const own = (change: Partial<CsvOptions>) => onChange({ own: { ...draft.own, ...change } });
  return (
    <section className="card export-card" aria-labelledby="export-file-title">
      <h2 className="card-title" id="export-file-title">
        {t('export.file.title')}
      </h2>
      <fieldset className="choice-group">
        <legend>{t('export.file.preset')}</legend>
        {csvPresets.map((p) => (
          <label key={p} className="checkbox-field">
            {/* A preset sets every setting again. */}
            <input type="radio" name="export-preset" value={p} checked={draft.preset === p} onChange={() => onChange({ preset: p, own: {} })} />
            <span>
              <span className="checkbox-label">{t(`csv.presets.${p}.name`)}</span>
              <span className="field-hint">{t(`csv.presets.${p}.description`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <details className="export-own">
        <summary>{t('export.file.own')}</summary>
        <div className="export-own-fields">
          <div className="field">
            <label htmlFor={ids.delimiter}>{t('export.file.delimiter')}</label>
            <select id={ids.delimiter} value={options.delimiter} onChange={(e) => own({ delimiter: e.target.value as CsvOptions['delimiter'] })}>
              <option value=",">{t('export.file.comma')}</option>
              <option value=";">{t('export.file.semicolon')}</option>
              <option value={'\t'}>{t('export.file.tab')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.decimal}>{t('export.file.decimal')}</label>
            <select id={ids.decimal} value={options.decimal} onChange={(e) => own({ decimal: e.target.value as CsvOptions['decimal'] })}>
              <option value=".">{t('export.file.point')}</option>
              <option value=",">{t('export.file.decimalComma')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.newline}>{t('export.file.newline')}</label>
            <select id={ids.newline} value={options.newline} onChange={(e) => own({ newline: e.target.value as CsvOptions['newline'] })}>
              <option value={'\r\n'}>{t('export.file.crlf')}</option>
              <option value={'\n'}>{t('export.file.lf')}</option>
            </select>
          </div>
        </div>
        <label className="checkbox-field">
          <input type="checkbox" checked={options.bom} onChange={(e) => own({ bom: e.target.checked })} />
          <span className="checkbox-label">{t('export.file.bom')}</span>
        </label>
        <label className="checkbox-field">
          <input type="checkbox" checked={options.guard} onChange={(e) => own({ guard: e.target.checked })} />
          <span className="checkbox-label">{t('export.file.guard')}</span>
        </label>
      </details>
    </section>
  );
}
