import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { AppError } from '../errors';
import { writeFailure } from '../files/fs-errors';
import { ownerGone, ownProcessStart } from '../files/process-owner';

interface LockOwner {
  pid: number;
  host: string;
  /** When the owner opened the workspace (its clock), for the message. */
  since: string;
  /** processStart() of the owner: tells a reused process id from the owner. Absent in older locks. */
  start?: string | null;
  /** Random per opening: only the opener that holds the lock removes it. */
  instance?: string;
}

export interface WorkspaceLock {
  /** True when the previous owner died without closing (a stale lock was taken over). */
  readonly wasUnclean: boolean;
  release(): void;
}

export interface LockOptions {
  now?: () => Date;
  /** Take the lock even from an owner that seems alive: the user is sure it is not (e.g. a copied folder). */
  takeOver?: boolean;
}

const readLock = (lockPath: string): { owner: LockOwner; writtenAtMs: number } | null => {
  try {
    return { owner: JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockOwner, writtenAtMs: fs.statSync(lockPath).mtimeMs };
  } catch {
    return null;
  }
};

function lockedError(current: LockOwner): AppError {
  const who = current.host !== os.hostname() ? `a workbench on ${current.host}` : current.pid === process.pid ? 'this workbench' : `another program (process ${current.pid})`;
  return new AppError(
    'LOCKED',
    `This workspace is already open in ${who} since ${current.since}. Close it there, or open a copy. If you are sure it is open nowhere (for example after a crash or a restart), take it over (Take over in the Open dialog, or workspace.open with takeOver: true).`,
    { key: 'errors.workspaceLocked', params: { pid: current.pid, host: current.host, since: current.since } },
  );
}

/**
 * One process per workspace: a lock file beside the workspace names its owner (process id, start
 * time, host, a random instance id). A lock whose owner is gone, even if its process id now belongs
 * to another process, means the last session ended uncleanly, which the caller answers with a
 * quick_check. A lock from another computer is never judged from here: the user may take it over.
 */
export function acquireWorkspaceLock(workspacePath: string, options: LockOptions = {}): WorkspaceLock {
  const lockPath = `${workspacePath}.lock`;
  const now = options.now ?? (() => new Date());
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: now().toISOString(), start: ownProcessStart(), instance: randomUUID() };
  let wasUnclean = false;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(owner), { flag: 'wx' });
      return {
        wasUnclean,
        release: () => {
          if (readLock(lockPath)?.owner.instance === owner.instance) fs.rmSync(lockPath, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw writeFailure(err, lockPath);
      const current = readLock(lockPath);
      const alive = current && (current.owner.host !== owner.host || !ownerGone({ ...current.owner, writtenAtMs: current.writtenAtMs }));
      if (alive && !options.takeOver) throw lockedError(current.owner);
      fs.rmSync(lockPath, { force: true });
      wasUnclean = true;
    }
  }
  throw new AppError('LOCKED', 'Could not take the workspace lock; another program keeps recreating it.');
}
