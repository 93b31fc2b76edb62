import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';

/**
 * The researcher's way out of kiosk mode, over the survey: the PIN set at the start leaves it (the
 * response in progress stays a draft to resume); Back returns to the survey (in a browser, to full
 * screen, which only a click may ask for). In the UI's language: it is the researcher's screen.
 */
export function PinScreen({ reason, onBack, onLeave }: { reason: 'exit' | 'left'; onBack(): Promise<void>; onLeave(pin: string): Promise<boolean> }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const inputId = useId();
  const leaving = useAction(async () => {
    setWrong(false);
    if (!(await onLeave(pin))) {
      setWrong(true);
      setPin('');
    }
  });
  const back = useAction(onBack);

  return (
    <Dialog title={t('collect.pin.title')} onClose={() => void back.run()}>
      <form
        className="dialog-body"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void leaving.run();
        }}
      >
        <p className="dialog-intro">{reason === 'left' ? t('collect.pin.fullScreenLeft') : t('collect.pin.intro')}</p>
        <div className="field">
          <label htmlFor={inputId}>{t('collect.pin.label')}</label>
          <input
            id={inputId}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            value={pin}
            aria-invalid={wrong}
            onChange={(e) => setPin(e.target.value)}
            data-autofocus
          />
        </div>
        {wrong && (
          <p className="form-error" role="alert">
            {t('collect.pin.wrong')}
          </p>
        )}
        <FormError error={leaving.error ?? back.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => void back.run()}>
            {t('collect.pin.back')}
          </button>
          <button type="submit" className="button button-danger" disabled={leaving.busy || pin === ''}>
            {t('collect.pin.leave')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
