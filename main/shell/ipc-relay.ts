import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { CoreEvent } from './core-protocol';
import type { CoreProcess } from './core-process-client';
import type { KioskLock } from './kiosk-lock';
import { windowDialogs } from './native-dialogs';
import { failure } from './pending-calls';
import { isRendererUrl, type RendererSource } from './renderer-policy';
import type { ShellLabels } from './shell-labels';
import { shellMethods } from './shell-methods';

/** Channel names; preload/index.ts uses the same two strings. */
const RPC_CHANNEL = 'rpc';
const EVENT_CHANNEL = 'event';

/** Only the top frame of our own window, showing our own renderer, may call the core. */
function isFromWorkbenchWindow(event: IpcMainInvokeEvent, window: BrowserWindow | null, source: RendererSource): boolean {
  const frame = event.senderFrame;
  return (
    window !== null &&
    !window.isDestroyed() &&
    event.sender.id === window.webContents.id &&
    frame !== null &&
    frame.parent === null &&
    isRendererUrl(frame.url, source)
  );
}

/**
 * Relays the renderer's `workbench.call(method, input)` and returns its Result: native dialogs
 * (parented to the window) and kiosk mode are answered here; everything else by the core process.
 */
export function installIpcRelay(core: CoreProcess, window: () => BrowserWindow | null, source: RendererSource, labels: ShellLabels, kiosk: KioskLock): void {
  const call = shellMethods({ dialogs: windowDialogs(window), labels, forward: (method, input) => core.call(method, input), kiosk });
  ipcMain.handle(RPC_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isFromWorkbenchWindow(event, window(), source)) {
      return failure({ code: 'FORBIDDEN', message: 'Only the workbench window may call the workbench core.' });
    }
    if (typeof method !== 'string') return failure({ code: 'VALIDATION', message: 'The method name must be a string.' });
    return call(method, input);
  });
}

/** Passes a core event to the renderer, where `workbench.on(name, listener)` picks it up. */
export function sendEventToWindow(window: BrowserWindow | null, { event, payload }: CoreEvent): void {
  if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event, payload);
}
