import fs from 'node:fs';

/** /proc counts in USER_HZ ticks of 10 ms. */
const JIFFY_MS = 10;

/**
 * CPU time (user + system, ms) of this process's children that have exited and been waited for: the
 * cutime and cstime fields of /proc/self/stat; null where there is no /proc. The difference around
 * a child's run is that child's CPU time (when no other child ends meanwhile), which a machine shared
 * with other work does not inflate the way it inflates wall time.
 */
export function childrenCpuMs(): number | null {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces) start at the state, field 3; cutime is 16, cstime 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * JIFFY_MS;
  } catch {
    return null;
  }
}

/** CPU time (user + system, ms, every thread: the event loop and SQLite's worker) this process used since `since`. */
export function ownCpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}
