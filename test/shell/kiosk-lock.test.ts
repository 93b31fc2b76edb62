import { describe, expect, it } from 'vitest';
import { KioskLock, type KioskWindow } from '../../main/shell/kiosk-lock';

/** A window as the lock sees it: kiosk on or off, and the events Electron sends it. */
function fakeWindow() {
  const listeners = { 'leave-full-screen': [] as (() => void)[], close: [] as ((event: { preventDefault(): void }) => void)[] };
  const window = {
    kiosk: false,
    setKiosk(flag: boolean) {
      window.kiosk = flag;
    },
    isDestroyed: () => false,
    on(event: 'leave-full-screen' | 'close', listener: never) {
      (listeners[event] as unknown[]).push(listener);
    },
    /** The user (or the system) took the window out of full screen. */
    leaveFullScreen() {
      window.kiosk = false;
      listeners['leave-full-screen'].forEach((l) => l());
    },
    /** Alt+F4, Cmd+W, the title bar's close button: true when the window may close. */
    close() {
      let prevented = false;
      listeners.close.forEach((l) => l({ preventDefault: () => (prevented = true) }));
      return !prevented;
    },
  };
  return window satisfies KioskWindow;
}

function setUp() {
  const window = fakeWindow();
  const menus: boolean[] = [];
  let now = 1_000_000;
  const lock = new KioskLock({ window: () => window, onChange: (locked) => menus.push(locked), now: () => now });
  lock.guard(window);
  return { window, lock, menus, advance: (ms: number) => (now += ms) };
}

describe('kiosk lock (desktop shell)', () => {
  it('keeps the window full screen and open until the PIN is given', () => {
    const { window, lock, menus } = setUp();
    expect(lock.lock('2468')).toEqual({ ok: true, data: { locked: true } });
    expect(window.kiosk).toBe(true);
    // The menu changes to the kiosk's (no workspace commands) while locked.
    expect(menus).toEqual([true]);

    window.leaveFullScreen();
    expect(window.kiosk).toBe(true);
    expect(window.close()).toBe(false);

    expect(lock.unlock('2468')).toEqual({ ok: true, data: { locked: false } });
    expect(window.kiosk).toBe(false);
    expect(menus).toEqual([true, false]);
    window.leaveFullScreen();
    expect(window.kiosk).toBe(false);
    expect(window.close()).toBe(true);
  });

  it('refuses a wrong PIN with FORBIDDEN and stays locked', () => {
    const { window, lock } = setUp();
    lock.lock('2468');
    expect(lock.unlock('1357')).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'That is not the PIN that started kiosk mode.', key: 'errors.kiosk.wrongPin' },
    });
    expect(window.kiosk).toBe(true);
    expect(window.close()).toBe(false);
  });

  it('after 5 wrong PINs in a row refuses every PIN, the right one too, for 30 seconds', () => {
    const { lock, advance } = setUp();
    lock.lock('2468');
    for (let i = 0; i < 5; i++) expect(lock.unlock('0000')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(lock.unlock('2468')).toEqual({
      ok: false,
      error: { code: 'LIMIT', message: 'Too many wrong PINs. Try again in 30 seconds.', key: 'errors.kiosk.tooManyAttempts', params: { seconds: 30 } },
    });
    advance(20_000);
    expect(lock.unlock('2468')).toMatchObject({ ok: false, error: { code: 'LIMIT', params: { seconds: 10 } } });
    advance(10_000);
    expect(lock.unlock('2468')).toEqual({ ok: true, data: { locked: false } });
  });

  it('refuses a second lock while locked (the first PIN stays), and unlocking an unlocked window is fine', () => {
    const { lock } = setUp();
    expect(lock.unlock('1111')).toEqual({ ok: true, data: { locked: false } });
    lock.lock('2468');
    expect(lock.lock('1111')).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'errors.kiosk.alreadyLocked' } });
    expect(lock.unlock('1111')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(lock.unlock('2468')).toMatchObject({ ok: true });
  });

  it('lets the window close when the application quits (the system shuts down), even while locked', () => {
    const { window, lock } = setUp();
    lock.lock('2468');
    lock.allowQuit();
    expect(window.close()).toBe(true);
  });
});
