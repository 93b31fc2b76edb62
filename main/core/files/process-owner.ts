import fs from 'node:fs';
import os from 'node:os';

/**
 * Who owns a lock or a scratch file, and whether that owner still runs. A process id alone is not
 * enough: ids are reused, and after a restart a low one (even 1) belongs to some other process.
 */

/** Files written this long before the computer started cannot belong to a running process (clock slack). */
const BOOT_SLACK_MS = 60_000;

const readProc = (file: string): string | null => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/**
 * When process pid started, as a string that no later process with the same id shares: on Linux the
 * boot id and the start time in clock ticks since boot (/proc/<pid>/stat field 22), which stay exact
 * where the boot time in /proc/stat drifts with clock adjustments. null where /proc is missing.
 */
function processStart(pid: number): string | null {
  const bootId = readProc('/proc/sys/kernel/random/boot_id')?.trim();
  const stat = readProc(`/proc/${pid}/stat`);
  if (!bootId || !stat) return null;
  // Field 2 is the command name in parentheses and may hold spaces: count from the last ')'.
  const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  return ticks && /^\d+$/.test(ticks) ? `${bootId}/${ticks}` : null;
}

const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const bootTimeMs = () => Date.now() - os.uptime() * 1000;

export interface Owner {
  pid: number;
  /** processStart() of the owner when it wrote the file; null or absent when unknown. */
  start?: string | null;
  /** When the file was written (its mtime). */
  writtenAtMs: number;
}

/**
 * True when the owner on this computer has surely ended: its process is gone, or the process now
 * holding its id started at another time, or the file was written before the computer last started.
 */
export function ownerGone(owner: Owner): boolean {
  if (!Number.isSafeInteger(owner.pid) || owner.pid <= 0 || !isProcessAlive(owner.pid)) return true;
  if (owner.writtenAtMs < bootTimeMs() - BOOT_SLACK_MS) return true;
  if (!owner.start) return false;
  const now = processStart(owner.pid);
  return now !== null && now !== owner.start;
}

let ownStart: string | null | undefined;

/** processStart() of this process, read once. */
export const ownProcessStart = (): string | null => (ownStart === undefined ? (ownStart = processStart(process.pid)) : ownStart);
