import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Result } from '@api/index';
import { failure } from './pending-calls';

/** What the lock needs of Electron's BrowserWindow; tests pass a fake. */
export interface KioskWindow {
  setKiosk(flag: boolean): void;
  isDestroyed(): boolean;
  on(event: 'leave-full-screen', listener: () => void): void;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): void;
}

/** Wrong PINs in a row before the lock stops listening for a while: a 4-digit PIN is not guessed by trying. */
const MAX_WRONG = 5;
const WAIT_MS = 30_000;

const digest = (salt: Buffer, pin: string) => createHash('sha256').update(salt).update(pin, 'utf8').digest();

/**
 * Kiosk mode of the desktop window (kiosk.lock / kiosk.unlock): while locked the window stays full
 * screen (leaving it puts it back), cannot be closed and has only the Edit menu, so a respondent
 * cannot reach the panel; only the PIN the researcher set ends it. The PIN is kept as a salted
 * digest, compared in constant time.
 */
export class KioskLock {
  private pin: { salt: Buffer; digest: Buffer } | null = null;
  private wrong = 0;
  private waitUntil = 0;
  private quitting = false;
  private readonly now: () => number;

  constructor(private readonly deps: { window: () => KioskWindow | null; onChange(locked: boolean): void; now?: () => number }) {
    this.now = deps.now ?? Date.now;
  }

  get locked(): boolean {
    return this.pin !== null;
  }

  /** Watches a (new) window: it stays full screen and open while locked. */
  guard(window: KioskWindow): void {
    window.on('leave-full-screen', () => {
      if (this.locked && !window.isDestroyed()) window.setKiosk(true);
    });
    window.on('close', (event) => {
      if (this.locked && !this.quitting) event.preventDefault();
    });
  }

  /** The application is quitting (the system shuts down, the user logs out): the window may close. */
  allowQuit(): void {
    this.quitting = true;
  }

  lock(pin: string): Result<{ locked: true }> {
    if (this.locked) return failure({ code: 'CONFLICT', message: 'Kiosk mode is already on; give its PIN to end it first.', key: 'errors.kiosk.alreadyLocked' });
    const salt = randomBytes(16);
    this.pin = { salt, digest: digest(salt, pin) };
    this.wrong = 0;
    this.apply(true);
    return { ok: true, data: { locked: true } };
  }

  unlock(pin: string): Result<{ locked: false }> {
    if (!this.pin) return { ok: true, data: { locked: false } };
    const waitMs = this.waitUntil - this.now();
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      return failure({ code: 'LIMIT', message: `Too many wrong PINs. Try again in ${seconds} seconds.`, key: 'errors.kiosk.tooManyAttempts', params: { seconds } });
    }
    if (!timingSafeEqual(digest(this.pin.salt, pin), this.pin.digest)) {
      if (++this.wrong >= MAX_WRONG) {
        this.wrong = 0;
        this.waitUntil = this.now() + WAIT_MS;
      }
      return failure({ code: 'FORBIDDEN', message: 'That is not the PIN that started kiosk mode.', key: 'errors.kiosk.wrongPin' });
    }
    this.pin = null;
    this.wrong = 0;
    this.apply(false);
    return { ok: true, data: { locked: false } };
  }

  private apply(locked: boolean): void {
    const window = this.deps.window();
    if (window && !window.isDestroyed()) window.setKiosk(locked);
    this.deps.onChange(locked);
  }
}
