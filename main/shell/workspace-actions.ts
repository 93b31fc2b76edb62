import path from 'node:path';
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Result } from '@api/index';
import type { CoreProcess } from './core-process-client';
import { windowDialogs, type NativeDialogs } from './native-dialogs';
import type { ShellLabels } from './shell-labels';
import { defaultCopyPath, withWorkspaceExtension } from './workspace-files';

export interface ActionContext {
  core: CoreProcess;
  labels: ShellLabels;
  window(): BrowserWindow | null;
}

const NEW_WORKSPACE_NAME = 'community.sqlite';

async function askSavePath(dialogs: NativeDialogs, options: SaveDialogOptions): Promise<string | null> {
  const { canceled, filePath } = await dialogs.save(options);
  return canceled || !filePath ? null : withWorkspaceExtension(filePath);
}

async function askOpenPath(dialogs: NativeDialogs, options: OpenDialogOptions): Promise<string | null> {
  const { canceled, filePaths } = await dialogs.open(options);
  return canceled ? null : (filePaths[0] ?? null);
}

/** The core's message is specific (which file, what went wrong), so it is shown as it is. */
function reportFailure(title: string, result: Result<unknown>): void {
  if (!result.ok) dialog.showErrorBox(title, result.error.message);
}

/** The File menu's workspace commands: a native dialog, then the same core methods the renderer uses. */
export function workspaceActions(context: ActionContext) {
  const { core, labels } = context;
  const dialogs = windowDialogs(context.window);
  const filters = [{ name: labels.workspaceFiles, extensions: ['sqlite'] }];
  const workspacesDir = async () => {
    const info = await core.request('app.info', {});
    return info.ok ? info.data.workspacesDir : undefined;
  };

  return {
    async newWorkspace(): Promise<void> {
      const dir = await workspacesDir();
      const target = await askSavePath(dialogs, {
        title: labels.newWorkspaceTitle,
        defaultPath: dir && path.join(dir, NEW_WORKSPACE_NAME),
        filters,
      });
      if (target) reportFailure(labels.createFailed, await core.request('workspace.create', { path: target, demo: false }));
    },

    async openWorkspace(): Promise<void> {
      const target = await askOpenPath(dialogs, { title: labels.openWorkspaceTitle, defaultPath: await workspacesDir(), filters, properties: ['openFile'] });
      if (target) reportFailure(labels.openFailed, await core.request('workspace.open', { path: target }));
    },

    async openRecent(workspacePath: string): Promise<void> {
      reportFailure(labels.openFailed, await core.request('workspace.open', { path: workspacePath }));
    },

    async saveCopy(): Promise<void> {
      const current = await core.request('workspace.info', {});
      if (!current.ok) return reportFailure(labels.saveCopyFailed, current);
      const target = await askSavePath(dialogs, { title: labels.saveCopyTitle, defaultPath: defaultCopyPath(current.data.path), filters });
      // The save dialog has asked before replacing a file.
      if (target) reportFailure(labels.saveCopyFailed, await core.request('workspace.backup', { path: target, replace: true }));
    },
  };
}
