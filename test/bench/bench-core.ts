import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { JobState } from '../../main/api/jobs';
import { Session } from '../../main/core/session';
import { createDispatch } from '../../main/rpc/dispatch';
import { createHandlers } from '../../main/rpc/handlers';

/**
 * The core as a host drives it: a Session, the real dispatch (zod parsing included) and methods by
 * their names in main/api. Measurements touch the core only through this, so the same bench code
 * also runs against another commit's core (see compare.ts), whatever that core's internals are.
 */
export interface BenchCore {
  /** A method call that throws on an error result. */
  call<T>(method: string, input: object): Promise<T>;
  /** The last job.progress event (they come at most every 100 ms): what a job was doing lately. */
  lastJob(): JobState | null;
  /** Closes the workspace (cancelling jobs, releasing its lock) and removes the session's home folder. */
  close(): Promise<void>;
}

/** Starts a session in a fresh home folder and opens (or creates, with workspace.create) a workspace file. */
export async function startBenchCore(workspace: { open: string } | { create: string }, now?: () => Date): Promise<BenchCore> {
  const homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icw-bench-home-'));
  let lastJob: JobState | null = null;
  const session = new Session({
    host: 'electron',
    version: 'bench',
    homeDir,
    allowedDirs: null,
    now,
    emit: (event, payload) => {
      if (event === 'job.progress') lastJob = payload as JobState;
    },
  });
  const dispatch = createDispatch(createHandlers(session));
  const call = async <T>(method: string, input: object): Promise<T> => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.data as T;
  };
  const close = async () => {
    await session.closeWorkspace();
    fs.rmSync(homeDir, { recursive: true, force: true });
  };
  try {
    if ('open' in workspace) await call('workspace.open', { path: workspace.open });
    else await call('workspace.create', { path: workspace.create });
  } catch (err) {
    await close();
    throw err;
  }
  return { call, lastJob: () => lastJob, close };
}

/** A new, empty workspace file, as the app makes one (its migrations applied). */
export async function createWorkspace(file: string): Promise<void> {
  await (await startBenchCore({ create: file })).close();
}

/** Deletes a workspace file and what SQLite and the lock leave beside it. */
export function removeWorkspace(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '.lock']) fs.rmSync(file + suffix, { force: true });
}
