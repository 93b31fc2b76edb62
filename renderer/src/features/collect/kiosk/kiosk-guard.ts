import type { ApiClient } from '@renderer/api';
import { ApiError } from '@renderer/api';
import type { KioskSession } from './kiosk-session';
import { pinDigest, pinMatches } from './pin-digest';

type Held = KioskSession['guard'];

/**
 * What holds the window for the respondent, per host. The desktop shell keeps its window full
 * screen until kiosk.unlock gets the PIN; in a browser the page asks for full screen itself and,
 * since the user can always leave it (Escape), shows the PIN screen over the survey when they do.
 */
export interface KioskGuard {
  /** Goes full screen; call it from the researcher's click, which the browser needs. Answers what the session keeps (in a browser, the PIN's digest). */
  engage(pin: string): Promise<Held>;
  /** Ends kiosk mode when the PIN is right (false when it is not); the shell may refuse for a while after wrong PINs (LIMIT). */
  release(pin: string, held: Held): Promise<boolean>;
  /** Calls back when the respondent leaves full screen by themselves; answers the unsubscribe. */
  watch(onLeft: () => void): () => void;
  /** Whether the window is held now (after a reload the browser has left full screen). */
  held(): boolean;
  /** Full screen again after it was left (from a click). */
  reenter(): Promise<void>;
}

export function desktopGuard(api: ApiClient): KioskGuard {
  return {
    async engage(pin) {
      await api.call('kiosk.lock', { pin });
      return { kind: 'desktop' };
    },
    async release(pin) {
      try {
        await api.call('kiosk.unlock', { pin });
        return true;
      } catch (err) {
        if (ApiError.from(err).code === 'FORBIDDEN') return false;
        throw err;
      }
    },
    watch: () => () => undefined,
    held: () => true,
    reenter: async () => undefined,
  };
}

export function browserGuard(doc: Document = document): KioskGuard {
  const full = () => doc.fullscreenElement !== null;
  return {
    async engage(pin) {
      // First, while the click still counts as the user's gesture.
      await doc.documentElement.requestFullscreen();
      return { kind: 'browser', pin: await pinDigest(pin) };
    },
    async release(pin, held) {
      if (held.kind === 'browser' && !(await pinMatches(pin, held.pin))) return false;
      if (full()) await doc.exitFullscreen();
      return true;
    },
    watch(onLeft) {
      const changed = () => {
        if (!full()) onLeft();
      };
      doc.addEventListener('fullscreenchange', changed);
      return () => doc.removeEventListener('fullscreenchange', changed);
    },
    held: full,
    reenter: () => doc.documentElement.requestFullscreen(),
  };
}

/** The guard that holds this session's window. */
export const guardOf = (held: Held, api: ApiClient): KioskGuard => (held.kind === 'desktop' ? desktopGuard(api) : browserGuard());
