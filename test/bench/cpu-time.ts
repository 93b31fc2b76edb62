import fs from 'node:fs';

/** /proc counts in USER_HZ ticks of 10 ms. */
export const JIFFY_MS = 10;

/**
 * The sum of some fields of a /proc/…/stat line, as ms; null where there is no /proc. Indexes count
 * from the field after the command name (which may hold spaces): 0 is the state, field 3.
 */
export function statTicksMs(file: string, indexes: readonly number[]): number | null {
  try {
    const stat = fs.readFileSync(file, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return indexes.reduce((ticks, i) => ticks + Number(fields[i]), 0) * JIFFY_MS;
  } catch {
    return null;
  }
}

/**
 * CPU time (user + system, ms) of this process's children that have exited and been waited for: the
 * cutime and cstime fields of /proc/self/stat; null where there is no /proc. The difference around
 * a child's run is that child's CPU time (when no other child ends meanwhile), which a machine shared
 * with other work does not inflate the way it inflates wall time.
 */
export const childrenCpuMs = (): number | null => statTicksMs('/proc/self/stat', [13, 14]);

/** CPU time (user + system, ms, every thread: the event loop and SQLite's worker) this process used since `since`. */
export function ownCpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}
