import { app, dialog, Menu, session, type BrowserWindow } from 'electron';
import { serveRenderer } from './app-scheme';
import type { CoreEvent } from './core-protocol';
import { CoreProcess } from './core-process-client';
import { installIpcRelay, sendEventToWindow } from './ipc-relay';
import { KioskLock } from './kiosk-lock';
import { createMainWindow, rendererSource } from './main-window';
import { menuTemplate, type MenuModel } from './menu-template';
import { hardenSession } from './renderer-security';
import { aboutDetail, PRODUCT_NAME, shellLabels } from './shell-labels';
import { workspaceActions } from './workspace-actions';

/** The desktop app once Electron is ready: core process, window, IPC relay and menu, wired together. */
export class WorkbenchShell {
  private window: BrowserWindow | null = null;
  private readonly source = rendererSource();
  private readonly labels = shellLabels(app.getLocale());
  private readonly core = new CoreProcess({
    onEvent: (event) => this.onCoreEvent(event),
    onStartupError: (error) => dialog.showErrorBox(this.labels.startupFailed, error.message),
    onCrash: (exitCode, willRestart) =>
      dialog.showErrorBox(this.labels.coreStopped, `${willRestart ? this.labels.coreRestarted : this.labels.coreGaveUp} (exit code ${exitCode})`),
  });
  private readonly actions = workspaceActions({ core: this.core, labels: this.labels, window: () => this.window });
  private recent: MenuModel['recent'] = [];
  /** While a respondent has the window (kiosk.lock until kiosk.unlock), the menu shrinks to Edit. */
  private readonly kiosk = new KioskLock({ window: () => this.window, onChange: () => this.setMenu(this.recent) });

  constructor() {
    // Before the first page loads, so it is covered by the CSP and permission rules from the start.
    hardenSession(session.defaultSession);
    serveRenderer(session.defaultSession, this.source);
    installIpcRelay(this.core, () => this.window, this.source, this.labels, this.kiosk);
    // A quit the system asks for (shutdown, logout) is not held up by kiosk mode; the draft is kept.
    app.on('before-quit', () => this.kiosk.allowQuit());
    // Our menu at once (Electron's default one offers developer tools); the recent list follows from the core.
    this.setMenu([]);
    void this.refreshMenu();
    this.showWindow();
  }

  /** Brings the window to the front, creating it if it was closed (second launch, macOS dock click). */
  showWindow(): void {
    if (!this.window) {
      this.window = createMainWindow(this.source, this.labels);
      this.kiosk.guard(this.window);
      this.window.on('closed', () => (this.window = null));
      return;
    }
    if (this.window.isMinimized()) this.window.restore();
    this.window.focus();
  }

  get stopped(): boolean {
    return this.core.stopped;
  }

  /** Lets the core close the workspace, which releases its lock for the next opener. */
  shutdown(): Promise<void> {
    return this.core.shutdown();
  }

  private onCoreEvent(event: CoreEvent): void {
    sendEventToWindow(this.window, event);
    // The recent list changed; the renderer reloads itself on the same event.
    if (event.event === 'workspace.changed') void this.refreshMenu();
  }

  private async refreshMenu(): Promise<void> {
    const recent = await this.core.request('workspace.recent', {});
    if (recent.ok) this.setMenu(recent.data.items.filter((item) => item.exists));
  }

  private setMenu(recent: MenuModel['recent']): void {
    this.recent = recent;
    const template = menuTemplate({
      labels: this.labels,
      recent,
      dev: !app.isPackaged,
      mac: process.platform === 'darwin',
      kiosk: this.kiosk.locked,
      commands: {
        newWorkspace: () => void this.actions.newWorkspace(),
        openWorkspace: () => void this.actions.openWorkspace(),
        openRecent: (workspacePath) => void this.actions.openRecent(workspacePath),
        saveCopy: () => void this.actions.saveCopy(),
        about: () => void this.showAbout(),
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  private async showAbout(): Promise<void> {
    const options = { type: 'info' as const, title: this.labels.about, message: PRODUCT_NAME, detail: aboutDetail(this.labels, app.getVersion()) };
    await (this.window ? dialog.showMessageBox(this.window, options) : dialog.showMessageBox(options));
  }
}
