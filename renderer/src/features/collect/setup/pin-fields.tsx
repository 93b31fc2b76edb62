import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { kioskPin } from '@api/kiosk';

export interface PinEntry {
  pin: string;
  repeat: string;
}

/** What is wrong with the PIN as entered (the contract's rule), or null. */
export function pinProblem({ pin, repeat }: PinEntry): 'pinInvalid' | 'pinMismatch' | null {
  if (!kioskPin.safeParse(pin).success) return 'pinInvalid';
  return pin === repeat ? null : 'pinMismatch';
}

/** The PIN that will leave kiosk mode, typed twice; its problem shows once the researcher tried to start. */
export function PinFields({ entry, onChange, checked }: { entry: PinEntry; onChange(entry: PinEntry): void; checked: boolean }) {
  const { t } = useTranslation();
  const pinId = useId();
  const repeatId = useId();
  const hintId = useId();
  const errorId = useId();
  const problem = checked ? pinProblem(entry) : null;
  const common = { type: 'password', inputMode: 'numeric', autoComplete: 'new-password', maxLength: 8 } as const;
  return (
    <div className="collect-pin">
      <div className="field">
        <label htmlFor={pinId}>{t('collect.setup.pin')}</label>
        <input
          id={pinId}
          {...common}
          value={entry.pin}
          aria-invalid={problem === 'pinInvalid'}
          aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
          onChange={(e) => onChange({ ...entry, pin: e.target.value })}
        />
        <p className="field-hint" id={hintId}>
          {t('collect.setup.pinHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={repeatId}>{t('collect.setup.pinRepeat')}</label>
        <input id={repeatId} {...common} value={entry.repeat} aria-invalid={problem === 'pinMismatch'} onChange={(e) => onChange({ ...entry, repeat: e.target.value })} />
      </div>
      {problem && (
        <p className="field-error" id={errorId} role="alert">
          {t(`collect.setup.${problem}`)}
        </p>
      )}
    </div>
  );
}
