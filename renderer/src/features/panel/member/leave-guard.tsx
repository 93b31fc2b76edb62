import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@renderer/components/dialog';

export interface LeaveGuard {
  /** The question to render while a navigation is held. */
  dialog: ReactNode;
  /** Lets the page's own navigation through (after saving or deleting). */
  release(): void;
}

/**
 * Keeps unsaved edits from being lost. While `dirty`: closing or reloading the window asks first
 * (beforeunload), and leaving the page by a link, the nav bar or Back is held while a dialog asks
 * whether to discard the changes.
 */
export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const { t } = useTranslation();
  const [pending, setPending] = useState<string | null>(null);
  const released = useRef(false);

  useEffect(() => {
    if (!dirty) return;
    const here = window.location.hash;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (released.current) return;
      event.preventDefault();
      // Older engines ask only when returnValue is set.
      event.returnValue = '';
    };
    // A link to another page (the nav bar, Back to the list): held before the address changes.
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
      const target = link?.getAttribute('href');
      if (released.current || !target || target === here || event.defaultPrevented) return;
      event.preventDefault();
      setPending(target);
    };
    // Any other change of address (Back, Forward, typed): put back before React renders the new route.
    // popstate comes before hashchange; the router reads the address on hashchange, and Chromium runs
    // the router's earlier listener first even against a capturing one, which would unmount this page.
    const onAddressChange = () => {
      const target = window.location.hash;
      if (released.current || target === here) return;
      window.history.replaceState(window.history.state, '', here);
      setPending(target);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    window.addEventListener('popstate', onAddressChange);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', onAddressChange);
    };
  }, [dirty]);

  const release = useCallback(() => {
    released.current = true;
  }, []);

  const dialog = pending !== null && (
    <Dialog title={t('panel.leave.title')} onClose={() => setPending(null)}>
      <div className="dialog-body">
        <p className="dialog-intro">{t('panel.leave.body')}</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setPending(null)} data-autofocus>
            {t('panel.leave.stay')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              released.current = true;
              setPending(null);
              window.location.hash = pending;
            }}
          >
            {t('panel.leave.discard')}
          </button>
        </div>
      </div>
    </Dialog>
  );
  return { dialog, release };
}
