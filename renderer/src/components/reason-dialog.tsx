import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@renderer/api';
import { useAction } from '@renderer/hooks/use-action';
import { Dialog } from './dialog';
import { FormError } from './form-error';
import { ReasonField, reasonTooShort } from './reason-field';

export interface ReasonDialogProps {
  title: string;
  intro: ReactNode;
  /** Fields and notes above the reason, told whether submitting was tried (to show their problems then). */
  children?: (tried: boolean) => ReactNode;
  reasonLabel: string;
  reasonHint: string;
  confirmLabel: string;
  /** A destructive action: the confirm button is red. */
  danger?: boolean;
  size?: 'normal' | 'wide';
  /** The fields above the reason can be sent; submitting waits until they can. */
  ready?: boolean;
  /** Runs the action with the trimmed reason; the dialog stays open with the core's error if it fails. */
  onSubmit(reason: string): Promise<void>;
  onClose(): void;
}

/**
 * An audited action that asks why (erasure, data cleaning, redeeming points): the reason is
 * required, its problem shown beside it; any other refusal from the core is shown above the buttons.
 */
export function ReasonDialog({ title, intro, children, reasonLabel, reasonHint, confirmLabel, danger = false, size, ready = true, onSubmit, onClose }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const tooShort = reasonTooShort(reason);
  const action = useAction(() => onSubmit(reason.trim()));
  const reasonIssue = action.error instanceof ApiError && action.error.issues?.some((i) => i.path[0] === 'reason') === true;

  return (
    <Dialog title={title} onClose={onClose} size={size}>
      <form
        className="dialog-body"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!tooShort && ready) void action.run();
        }}
      >
        <div className="dialog-intro">{intro}</div>
        {children?.(tried)}
        <ReasonField label={reasonLabel} hint={reasonHint} value={reason} onChange={setReason} invalid={(tried && tooShort) || reasonIssue} />
        {!reasonIssue && <FormError error={action.error} />}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={action.busy}>
            {action.busy ? t('common.working') : confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
