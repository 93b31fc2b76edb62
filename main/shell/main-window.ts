import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { leaveGuard } from './ask-before-loss';
import { rendererEntryUrl, type RendererSource } from './renderer-policy';
import { guardWebContents } from './renderer-security';
import { PRODUCT_NAME, type ShellLabels } from './shell-labels';

/** The built renderer (served through app://), or electron-vite's dev server when `electron-vite dev` runs us. */
export function rendererSource(): RendererSource {
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  return !app.isPackaged && devUrl ? { kind: 'devServer', url: devUrl } : { kind: 'files', dir: path.join(__dirname, '../renderer') };
}

export function createMainWindow(source: RendererSource, labels: ShellLabels): BrowserWindow {
  const window = new BrowserWindow({
    title: PRODUCT_NAME,
    icon: path.join(app.getAppPath(), 'resources/icons/icon.png'),
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  guardWebContents(window.webContents, source);
  window.webContents.on('will-prevent-unload', leaveGuard(labels, (options) => dialog.showMessageBoxSync(window, options)));
  window.once('ready-to-show', () => window.show());
  window.loadURL(rendererEntryUrl(source)).catch((err: unknown) => {
    // Without a page 'ready-to-show' never comes; say why instead of leaving the user with nothing.
    dialog.showErrorBox(labels.pageFailed, err instanceof Error ? err.message : String(err));
    window.show();
  });
  return window;
}
