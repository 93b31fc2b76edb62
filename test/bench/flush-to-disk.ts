import fs from 'node:fs';

/**
 * Writes the files' pages out (fsync), so that a timed step does not share the disk with the
 * writeback of what an earlier step wrote: a gigabyte-sized copy still being written back slowed
 * an import by a third. Files that do not exist (a WAL already checkpointed away) are skipped.
 */
export function flushToDisk(...files: string[]): void {
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    const fd = fs.openSync(file, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  }
}
