import { useSyncExternalStore } from 'react';
import type { PinDigest } from './pin-digest';

/** How each respondent of a kiosk session is identified (as the survey's identification setting allows). */
export type Identification =
  | { kind: 'anonymous' }
  /** The respondent types their member code on the welcome screen; required unless the survey allows anonymous answers. */
  | { kind: 'code'; required: boolean }
  /** One panel member the researcher chose. */
  | { kind: 'member'; memberId: number };

export interface KioskSession {
  surveyVersionId: string;
  identification: Identification;
  /** The response being answered; null: the welcome screen waits for the next respondent. */
  responseId: string | null;
  /** One response only (a chosen member, a resumed draft): after it the kiosk waits for the researcher. */
  single: boolean;
  /** The respondent's end (complete, or turned away by a full quota), shown until the next respondent starts. */
  ended: { reason: 'complete' | 'quotaFull'; message: string | null } | null;
  /** What holds the window: the desktop shell (which keeps the PIN), or the browser's full screen (the page keeps the PIN's digest). */
  guard: { kind: 'desktop' } | { kind: 'browser'; pin: PinDigest };
}

const STORAGE_KEY = 'workbench.kiosk';

/**
 * The kiosk session of this window, kept in sessionStorage: a reload (or a crashed page the browser
 * reopens) comes back to the kiosk, not to the panel, while a new window or tab starts without one.
 */
function read(): KioskSession | null {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as KioskSession) : null;
  } catch {
    return null;
  }
}

let current = read();
const listeners = new Set<() => void>();

export const kioskSession = {
  get: (): KioskSession | null => current,
  set(session: KioskSession | null): void {
    current = session;
    if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else sessionStorage.removeItem(STORAGE_KEY);
    listeners.forEach((l) => l());
  },
  update(patch: Partial<KioskSession>): void {
    if (current) kioskSession.set({ ...current, ...patch });
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export const useKioskSession = (): KioskSession | null => useSyncExternalStore(kioskSession.subscribe, kioskSession.get);
