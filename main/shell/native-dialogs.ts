import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { askingBeforeReplace } from './ask-before-loss';

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
      const asking = askingBeforeReplace(options);
      return parent ? dialog.showSaveDialog(parent, asking) : dialog.showSaveDialog(asking);
    },
  };
}
