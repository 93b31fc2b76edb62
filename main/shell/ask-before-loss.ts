import type { MessageBoxSyncOptions, SaveDialogOptions } from 'electron';
import type { ShellLabels } from './shell-labels';

/** A save dialog that asks before replacing a file on every platform (Linux needs it said), so the core may be told replace: true. */
export const askingBeforeReplace = (options: SaveDialogOptions): SaveDialogOptions => ({
  ...options,
  properties: [...(options.properties ?? []).filter((p) => p !== 'showOverwriteConfirmation'), 'showOverwriteConfirmation'],
});

/**
 * A page with unsaved edits cancels unloading (beforeunload); Electron would then silently refuse to
 * close or reload, so ask the way a browser does: Stay (the default, and Escape) keeps the page,
 * Discard changes lets it go.
 */
export function leaveGuard(labels: ShellLabels, ask: (options: MessageBoxSyncOptions) => number) {
  return (event: { preventDefault(): void }) => {
    const choice = ask({
      type: 'question',
      buttons: [labels.stay, labels.leave],
      defaultId: 0,
      cancelId: 0,
      title: labels.leaveTitle,
      message: labels.leaveTitle,
      detail: labels.leaveBody,
    });
    if (choice === 1) event.preventDefault();
  };
}
