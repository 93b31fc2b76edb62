import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ownerGone } from './process-owner';

/**
 * Files the workbench writes for a while and must not leave behind: temporary files of the safe
 * writer, uploads and rejected-row files. Their names carry the id of the process that writes them,
 * so a later start can tell a killed process's leftovers from files another running workbench (the
 * desktop app beside the browser host, sharing the user-data folder) still uses.
 */

const TEMP_NAME = /^\..*\.(\d+)-[0-9a-f]{8}\.icw-tmp(?:-wal|-shm|-journal|\.lock)?$/;
const SIDECAR = /(?:-wal|-shm|-journal|\.lock)$/;
/** Temporary files being written by this process right now. */
const writing = new Set<string>();

/** A hidden name beside target for its temporary file: .<name>.<pid>-<random>.icw-tmp */
export function reserveTempPath(target: string): string {
  const temp = path.join(path.dirname(target), `.${path.basename(target).slice(0, 100)}.${process.pid}-${randomBytes(4).toString('hex')}.icw-tmp`);
  writing.add(temp);
  return temp;
}

export const releaseTempPath = (temp: string) => writing.delete(temp);

/** <pid>.<uuid><extension> in the app's own folders. */
export const scratchFileName = (extension: string) => `${process.pid}.${randomUUID()}${extension}`;

const scratchName = (extension: string) => new RegExp(`^(?:(\\d+)\\.)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}${extension.replace('.', '\\.')}$`);

function sweep(dir: string, stale: (name: string, file: string) => boolean): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      if (stale(name, file)) {
        fs.rmSync(file, { force: true });
        removed.push(file);
      }
    } catch {
      // Gone meanwhile or not removable: the next sweep tries again.
    }
  }
  return removed;
}

const writtenAtMs = (file: string) => fs.statSync(file).mtimeMs;

/** Removes the temporary files a killed or failed write left in dir (not those still being written). */
export function sweepTempFiles(dir: string): string[] {
  return sweep(dir, (name, file) => {
    const match = TEMP_NAME.exec(name);
    if (!match) return false;
    const pid = Number(match[1]);
    if (pid === process.pid) return !writing.has(file.replace(SIDECAR, ''));
    return ownerGone({ pid, writtenAtMs: writtenAtMs(file) });
  });
}

/**
 * Removes scratch files (uploads, rejected rows) whose process has ended; they are reachable only
 * through ids that process held in memory. Names without a process id come from older versions.
 */
export function sweepScratchFiles(dir: string, extension: string): string[] {
  const pattern = scratchName(extension);
  return sweep(dir, (name, file) => {
    const match = pattern.exec(name);
    if (!match) return false;
    if (match[1] === undefined) return true;
    const pid = Number(match[1]);
    return pid !== process.pid && ownerGone({ pid, writtenAtMs: writtenAtMs(file) });
  });
}

/** Appends text to a scratch file of the app's own folders (never a caller's path); create makes it, refusing one already there. */
export async function appendScratchFile(filePath: string, text: string, create: boolean): Promise<void> {
  if (create) await fs.promises.mkdir(path.dirname(filePath), { recursive: true });
  await fs.promises.appendFile(filePath, text, { flag: create ? 'wx' : 'a' });
}
