import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { ShellLabels } from './shell-labels';

export interface MenuCommands {
  newWorkspace(): void;
  openWorkspace(): void;
  openRecent(workspacePath: string): void;
  saveCopy(): void;
  about(): void;
}

export interface MenuModel {
  labels: ShellLabels;
  commands: MenuCommands;
  /** Recent workspaces that still exist, newest first. */
  recent: { name: string; path: string }[];
  /** Reload and developer tools are for developers only. */
  dev: boolean;
  /** macOS puts Quit and About's siblings into the application menu. */
  mac: boolean;
  /** Kiosk mode: a respondent has the window, so only editing of what they type is left. */
  kiosk: boolean;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

function recentItems({ labels, commands, recent }: MenuModel): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: labels.noRecent, enabled: false }];
  return recent.map((item) => ({ label: `${item.name} (${path.dirname(item.path)})`, click: () => commands.openRecent(item.path) }));
}

/** The application menu as plain data (no electron runtime), so its structure is unit-tested. */
export function menuTemplate(model: MenuModel): MenuItemConstructorOptions[] {
  const { labels, commands, dev, mac, kiosk } = model;
  const file: MenuItemConstructorOptions[] = [
    { label: labels.newWorkspace, accelerator: 'CmdOrCtrl+N', click: () => commands.newWorkspace() },
    { label: labels.openWorkspace, accelerator: 'CmdOrCtrl+O', click: () => commands.openWorkspace() },
    { label: labels.openRecent, submenu: recentItems(model) },
    separator,
    { label: labels.saveCopy, accelerator: 'CmdOrCtrl+Shift+S', click: () => commands.saveCopy() },
    ...(mac ? [] : [separator, { label: labels.quit, role: 'quit' as const }]),
  ];
  const edit: MenuItemConstructorOptions[] = [
    { label: labels.undo, role: 'undo' },
    { label: labels.redo, role: 'redo' },
    separator,
    { label: labels.cut, role: 'cut' },
    { label: labels.copy, role: 'copy' },
    { label: labels.paste, role: 'paste' },
    { label: labels.selectAll, role: 'selectAll' },
  ];
  if (kiosk) return [{ label: labels.edit, submenu: edit }];
  const view: MenuItemConstructorOptions[] = [
    ...(dev ? [{ label: labels.reload, role: 'reload' as const }, { label: labels.toggleDevTools, role: 'toggleDevTools' as const }, separator] : []),
    { label: labels.resetZoom, role: 'resetZoom' },
    { label: labels.zoomIn, role: 'zoomIn' },
    { label: labels.zoomOut, role: 'zoomOut' },
    separator,
    { label: labels.toggleFullScreen, role: 'togglefullscreen' },
  ];
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    { label: labels.file, submenu: file },
    { label: labels.edit, submenu: edit },
    { label: labels.view, submenu: view },
    { label: labels.help, role: 'help', submenu: [{ label: labels.about, click: () => commands.about() }] },
  ];
}
