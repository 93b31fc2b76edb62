import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { duplicatePolicies, importModes, type ImportConsent, type ImportPreview } from '@api/member-import';
import { consentStatuses } from '@model/members/member-fields';
import type { ApiError } from '@renderer/api';
import { FormError } from '@renderer/components/form-error';
import { ModeChoice, WizardActions } from '@renderer/components/import-wizard/import-wizard';
import { useFormat } from '@renderer/i18n/format';

export interface ImportOptions {
  onDuplicate: (typeof duplicatePolicies)[number];
  mode: (typeof importModes)[number];
  /** One consent for every row, or null (a consent column, or none: consent stays unknown). */
  consent: { status: ImportConsent['status']; date: string; scope: string } | null;
}

/** The consent the import call sends: empty date and scope are left out. */
export const consentInput = (consent: ImportOptions['consent']): ImportConsent | undefined =>
  consent ? { status: consent.status, ...(consent.date ? { date: consent.date } : {}), ...(consent.scope.trim() ? { scope: consent.scope.trim() } : {}) } : undefined;

interface Props {
  preview: ImportPreview;
  mapped: number;
  /** The column mapped to the consent status, if any. */
  consentColumn: string | null;
  options: ImportOptions;
  onOptions(options: ImportOptions): void;
  starting: boolean;
  error: ApiError | null;
  onBack(): void;
  onStart(): void;
}

/** Step 4: what to do with duplicates and with invalid rows, then start. */
export function OptionsStep({ preview, mapped, consentColumn, options, onOptions, starting, error, onBack, onStart }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const ids = { status: useId(), date: useId(), scope: useId() };
  const consent = options.consent;
  const setConsent = (next: Partial<NonNullable<ImportOptions['consent']>>) => onOptions({ ...options, consent: { status: 'granted', date: '', scope: '', ...consent, ...next } });
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
      <ModeChoice mode={options.mode} onMode={(mode) => onOptions({ ...options, mode })} />
      <fieldset className="choice-group">
        <legend>{t('panel.import.options.consent')}</legend>
        <p className="field-hint">{t('panel.import.options.consentHint')}</p>
        {consentColumn ? (
          <p>{t('panel.import.options.consentFromColumn', { column: consentColumn })}</p>
        ) : (
          <>
            <label className="checkbox-field">
              <input type="radio" name="consent" checked={!consent} onChange={() => onOptions({ ...options, consent: null })} />
              <span className="checkbox-label">{t('panel.import.options.consentNone')}</span>
            </label>
            <label className="checkbox-field">
              <input type="radio" name="consent" checked={!!consent} onChange={() => setConsent({})} />
              <span className="checkbox-label">{t('panel.import.options.consentAll')}</span>
            </label>
            {consent && (
              <div className="consent-for-all">
                <div className="field">
                  <label htmlFor={ids.status}>{t('member.field.consentStatus')}</label>
                  <select id={ids.status} value={consent.status} onChange={(e) => setConsent({ status: e.target.value as ImportConsent['status'] })}>
                    {consentStatuses.map((s) => (
                      <option key={s} value={s}>
                        {t(`member.consentStatus.${s}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={ids.date}>{t('member.field.consentDate')}</label>
                  <input id={ids.date} type="date" value={consent.date} onChange={(e) => setConsent({ date: e.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={ids.scope}>{t('member.field.consentScope')}</label>
                  <input id={ids.scope} value={consent.scope} maxLength={500} onChange={(e) => setConsent({ scope: e.target.value })} />
                </div>
              </div>
            )}
          </>
        )}
      </fieldset>
      <p className="import-summary">
        {t('panel.import.options.summary', { name: preview.fileName, columns: format.count(mapped), size: format.bytes(preview.sizeBytes) })}
      </p>
      <FormError error={error} />
      <WizardActions onBack={onBack} onNext={onStart} nextDisabled={starting} nextLabel={starting ? t('common.working') : t('panel.import.options.start')} />
    </section>
  );
}
