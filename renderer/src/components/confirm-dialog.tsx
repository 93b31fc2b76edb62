import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '@renderer/hooks/use-action';
import { Dialog } from './dialog';
import { FormError } from './form-error';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** A destructive action: the confirm button is red. */
  danger?: boolean;
  /** Runs the action; the dialog stays open with the error if it fails. */
  onConfirm(): Promise<void>;
  onClose(): void;
}

/** Asks before an action that cannot be taken back, says what it does, and shows why it failed. */
export function ConfirmDialog({ title, children, confirmLabel, danger = false, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const action = useAction(onConfirm);
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="dialog-body">
        <div className="dialog-intro">{children}</div>
        <FormError error={action.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </button>
          <button type="button" className={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={action.busy} onClick={() => void action.run()}>
            {action.busy ? t('common.working') : confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
