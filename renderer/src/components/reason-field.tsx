import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A reason is at least this long (the core asks the same). */
const MIN_REASON = 3;

export const reasonTooShort = (reason: string) => reason.trim().length < MIN_REASON;

/** The "why" an audited action asks for (erasure, bulk consent, data cleaning, redeeming points), with its problem beside it when it is refused. */
export function ReasonField({ label, hint, value, onChange, invalid, autoFocus = false }: { label: string; hint: string; value: string; onChange: (reason: string) => void; invalid: boolean; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const problemId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        data-autofocus={autoFocus || undefined}
        rows={2}
        maxLength={500}
        value={value}
        placeholder={hint}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid}
        aria-describedby={invalid ? problemId : undefined}
      />
      {invalid && (
        <p id={problemId} className="field-error">
          {t('common.reasonRequired')}
        </p>
      )}
    </div>
  );
}
