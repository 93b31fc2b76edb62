import fs from 'node:fs';
import path from 'node:path';
import { Session, type SessionOptions } from '../core/session';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';

export const DEFAULT_WORKSPACE_NAME = 'demo-community.sqlite';

export interface Core {
  session: Session;
  dispatch: Dispatch;
  /** Cancels jobs and closes the workspace cleanly (releases its lock). */
  shutdown(): Promise<void>;
}

/**
 * Starts the core for a host (the Electron utility process or the browser host) and opens a
 * workspace: the one asked for, else the most recent one that still exists, else the user's
 * default workspace, which is created on first run as the demo community.
 */
export async function startCore(
  options: SessionOptions & { workspace?: string | null; demoIfCreated?: boolean },
): Promise<Core & { demoJobId: string | null }> {
  const session = new Session(options);
  const dispatch = createDispatch(createHandlers(session));
  let demoJobId: string | null = null;
  const requested = options.workspace ? path.resolve(options.workspace) : null;
  const recent = session.settings.recent.find((r) => fs.existsSync(r.path))?.path ?? null;
  const target = requested ?? recent ?? path.join(session.workspacesDir, DEFAULT_WORKSPACE_NAME);
  if (fs.existsSync(target)) {
    await session.open(target);
  } else {
    const demo = requested ? Boolean(options.demoIfCreated) : true;
    demoJobId = (await session.create(target, demo)).job?.id ?? null;
  }
  return { session, dispatch, demoJobId, shutdown: () => session.closeWorkspace() };
}
