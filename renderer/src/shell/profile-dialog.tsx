import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';

export interface ProfileDialogProps {
  initialName: string;
  /** First run: the name is required and the dialog cannot be dismissed. */
  firstRun: boolean;
  onSaved: () => void;
  onClose: () => void;
}

/** Asks for the local user's name, which audit entries record. */
export function ProfileDialog({ initialName, firstRun, onSaved, onClose }: ProfileDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const ids = { name: useId(), problem: useId() };
  const [name, setName] = useState(initialName);
  const [showProblem, setShowProblem] = useState(false);
  const empty = name.trim() === '';
  const save = useAction(async () => {
    await api.call('profile.set', { name: name.trim() });
    onSaved();
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowProblem(true);
    if (!empty) void save.run();
  };

  return (
    <Dialog title={firstRun ? t('profile.title') : t('profile.editTitle')} onClose={firstRun ? undefined : onClose}>
      <form className="dialog-body" onSubmit={submit} noValidate>
        <p className="dialog-intro">{t('profile.intro')}</p>
        <div className="field">
          <label htmlFor={ids.name}>{t('profile.name')}</label>
          <input
            id={ids.name}
            data-autofocus
            value={name}
            maxLength={100}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
            aria-invalid={showProblem && empty}
            aria-describedby={showProblem && empty ? ids.problem : undefined}
          />
          {showProblem && empty && (
            <p id={ids.problem} className="field-error">
              {t('profile.required')}
            </p>
          )}
        </div>
        <FormError error={save.error} />
        <div className="dialog-actions">
          {!firstRun && (
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
          )}
          <button type="submit" className="button button-primary" disabled={save.busy}>
            {firstRun ? t('profile.continue') : t('profile.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
