import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';

/** Electron's file dialogs, as the shell's modules use them; tests pass a fake. */
export interface NativeDialogs {
  open(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  save(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath: string }>;
}

/** The dialogs, modal to the workbench window when it is open. */
export function windowDialogs(window: () => BrowserWindow | null): NativeDialogs {
  return {
    open(options) {
      const parent = window();
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
    save(options) {
      const parent = window();
      // The dialog asks before replacing a file on every platform (Linux needs it said), so the core may be told replace: true.
      const asking: SaveDialogOptions = { ...options, properties: [...(options.properties ?? []), 'showOverwriteConfirmation'] };
      return parent ? dialog.showSaveDialog(parent, asking) : dialog.showSaveDialog(asking);
    },
  };
}
