import path from 'node:path';
import type { WorkbenchBridge } from '../../main/api/bridge';
import { call } from './call';
import { testSession } from './workspace';

/**
 * A real core in this process for the renderer tests: a session with a new workspace in a
 * temporary folder, reached through the bridge the Electron preload exposes (calls answered by the
 * real dispatch). The renderer tests load this module by path (test/renderer/support/core-window.tsx),
 * so its Node imports stay out of the renderer's type project; it is checked with the node project.
 * `allowedDirs: null` lets it read and write anywhere (a file another core wrote), as the desktop app.
 */
export async function startCoreBridge(options: { allowedDirs?: 'home' | null } = {}): Promise<{ bridge: WorkbenchBridge; close(): Promise<void> }> {
  const t = testSession(options);
  await call(t.dispatch, 'workspace.create', { path: path.join(t.dir, 'renderer.sqlite'), demo: false });
  return {
    // Push events are hints (the state is read with methods): these tests need none.
    bridge: { call: (method, input) => t.dispatch(method, input), on: () => () => undefined },
    close: () => t.session.closeWorkspace(),
  };
}
