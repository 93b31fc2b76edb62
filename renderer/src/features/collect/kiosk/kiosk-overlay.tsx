import { useEffect, useRef, useState } from 'react';
import { KioskScreen } from './kiosk-screen';
import { useKioskSession } from './kiosk-session';

/**
 * The kiosk, over whatever page the address names, for as long as this window has a kiosk session
 * (a reload comes back to it). It is a modal <dialog> filling the window: the browser makes the app
 * behind it inert, so neither the keyboard nor a screen reader reaches the panel.
 */
export function KioskOverlay() {
  const session = useKioskSession();
  return session ? <KioskFrame /> : null;
}

function KioskFrame() {
  const ref = useRef<HTMLDialogElement>(null);
  // The screen inside mounts once the frame is open, so a dialog it opens at once (the PIN screen
  // after a reload) goes on top of the frame, not under it.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    setOpen(true);
    return () => dialog.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="kiosk"
      onCancel={(event) => event.preventDefault()}
      // The browser may close a modal despite preventDefault (Escape pressed twice): it opens again.
      onClose={() => ref.current?.isConnected && !ref.current.open && ref.current.showModal()}
    >
      {open && <KioskScreen />}
    </dialog>
  );
}
