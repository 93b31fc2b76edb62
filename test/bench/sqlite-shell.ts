import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { childrenCpuMs } from './cpu-time';

/**
 * Runs the sqlite3 command-line shell on `file` with `script` on stdin and returns its wall time,
 * from spawn to exit (so it includes opening, the work, commit and closing, as a user would see).
 * Anything on stderr is an error: the shell reports failed .import rows there and carries on.
 */
export function runSqliteShell(file: string, script: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('sqlite3', ['-batch', file], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0 || stderr) reject(new Error(`sqlite3 exited with ${code}: ${stderr.slice(0, 500)}`));
      else resolve(ms);
    });
    child.stdin.end(script);
  });
}

/** runSqliteShell, with the shell's CPU time (user + system, ms; null where /proc is missing) beside its wall time. */
export async function timeSqliteShell(file: string, script: string): Promise<{ ms: number; cpuMs: number | null }> {
  const before = childrenCpuMs();
  const ms = await runSqliteShell(file, script);
  const after = childrenCpuMs();
  return { ms, cpuMs: before === null || after === null ? null : after - before };
}
