/** Electron entry: lifecycle only. Everything else lives in main/shell (desktop) and the core process. */
import { app, dialog } from 'electron';
import { registerAppScheme } from './shell/app-scheme';
import { PRODUCT_NAME } from './shell/shell-labels';
import { WorkbenchShell } from './shell/workbench-shell';

if (!app.requestSingleInstanceLock()) {
  // The first instance receives 'second-instance' and shows its window; this one has nothing to do.
  app.quit();
} else {
  let shell: WorkbenchShell | null = null;
  // Schemes can only be given privileges before the app is ready.
  registerAppScheme();

  app.on('second-instance', () => shell?.showWindow());
  // macOS keeps the app running without windows; clicking the dock icon brings one back.
  app.on('activate', () => shell?.showWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', (event) => {
    if (!shell || shell.stopped) return;
    // Quit only after the core has closed the workspace, so its lock is released.
    event.preventDefault();
    void shell.shutdown().then(() => app.quit());
  });

  app
    .whenReady()
    .then(() => {
      shell = new WorkbenchShell();
    })
    .catch((err: unknown) => {
      dialog.showErrorBox(PRODUCT_NAME, err instanceof Error ? (err.stack ?? err.message) : String(err));
      app.exit(1);
    });
}
