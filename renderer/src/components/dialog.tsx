import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from './icons';

export interface DialogProps {
  title: string;
  /** Absent: the dialog cannot be dismissed (Escape and the close button do nothing). */
  onClose?: () => void;
  children: ReactNode;
  /** Wider dialogs for lists. */
  size?: 'normal' | 'wide';
}

/**
 * A modal on the native <dialog>: the browser makes the page behind it inert and keeps focus
 * inside. Mount it to open it; unmount it to close it. Focus goes to the element marked
 * data-autofocus (else the first field) and returns to where it was on close.
 */
export function Dialog({ title, onClose, children, size = 'normal' }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const dismissible = onClose !== undefined;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus], input, select, textarea')?.focus();
    return () => {
      dialog.close();
      if (returnFocus?.isConnected) returnFocus.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose?.();
      }}
      onClose={() => {
        const dialog = ref.current;
        // A late event from an earlier close (React's development double mount): it is open again.
        if (!dialog || dialog.open) return;
        // The browser may close it despite preventDefault (repeated Escape): reopen unless it
        // may be dismissed.
        if (dismissible) onClose();
        else dialog.showModal();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        {dismissible && (
          <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')}>
            <CloseIcon />
          </button>
        )}
      </header>
      {children}
    </dialog>
  );
}
