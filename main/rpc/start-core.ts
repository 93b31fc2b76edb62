import fs from 'node:fs';
import path from 'node:path';
import { scheduleChartWarmUp } from '../core/charts/chart-warm-up';
import { Session, type SessionOptions } from '../core/session';
import { AppSettings } from '../core/settings/app-settings';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';

const DEFAULT_WORKSPACE_NAME = 'demo-community.sqlite';

export interface Core {
  session: Session;
  dispatch: Dispatch;
  /** Cancels jobs and closes the workspace cleanly (releases its lock). */
  shutdown(): Promise<void>;
}

const defaultWorkspacePath = (homeDir: string) => path.join(homeDir, 'workspaces', DEFAULT_WORKSPACE_NAME);

/**
 * The workspace a host opens: the one asked for, else the most recent one that still exists, else
 * the user's default workspace (created on first run as the demo community).
 */
export function chooseWorkspace(homeDir: string, requested: string | null | undefined): string {
  if (requested) return path.resolve(requested);
  return new AppSettings(homeDir).recent.find((r) => fs.existsSync(r.path))?.path ?? defaultWorkspacePath(homeDir);
}

/** Starts the core for a host (the Electron utility process or the browser host) and opens a workspace. */
export async function startCore(
  options: SessionOptions & { workspace?: string | null; demoIfCreated?: boolean },
): Promise<Core & { demoJobId: string | null }> {
  const session = new Session(options);
  const dispatch = createDispatch(createHandlers(session));
  let demoJobId: string | null = null;
  const target = chooseWorkspace(options.homeDir, options.workspace);
  if (fs.existsSync(target)) {
    await session.open(target);
  } else {
    const demo = target === defaultWorkspacePath(options.homeDir) || Boolean(options.demoIfCreated);
    demoJobId = (await session.create(target, demo)).job?.id ?? null;
  }
  scheduleChartWarmUp();
  return { session, dispatch, demoJobId, shutdown: () => session.closeWorkspace() };
}
