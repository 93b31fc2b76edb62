import fs from 'node:fs';
import os from 'node:os';
import { AppError } from '../errors';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface WorkspaceLock {
  /** True when the previous owner died without closing (a stale lock was taken over). */
  readonly wasUnclean: boolean;
  release(): void;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readOwner = (lockPath: string): LockOwner | null => {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
};

/**
 * One process per workspace: a lock file beside the workspace names its owner. A lock whose owner
 * is gone means the last session ended uncleanly, which the caller answers with a quick_check.
 */
export function acquireWorkspaceLock(workspacePath: string, now: () => Date = () => new Date()): WorkspaceLock {
  const lockPath = `${workspacePath}.lock`;
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: now().toISOString() };
  let wasUnclean = false;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(owner), { flag: 'wx' });
      return {
        wasUnclean,
        release: () => {
          if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const current = readOwner(lockPath);
      if (current && (current.host !== owner.host || isAlive(current.pid))) {
        const who =
          current.host !== owner.host ? `a workbench on ${current.host}` : current.pid === process.pid ? 'this workbench' : `another program (process ${current.pid})`;
        throw new AppError('LOCKED', `This workspace is already open in ${who} since ${current.since}. Close it there, or open a copy.`, {
          key: 'errors.workspaceLocked',
          params: { pid: current.pid, since: current.since },
        });
      }
      fs.rmSync(lockPath, { force: true });
      wasUnclean = true;
    }
  }
  throw new AppError('LOCKED', 'Could not take the workspace lock; another program keeps recreating it.');
}
