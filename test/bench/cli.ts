import type { Measurement } from './measurement';

/** Writes measurements to stdout, one JSON line each (progress goes to stderr). */
export function printLines(lines: readonly Measurement[]): void {
  for (const line of lines) process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** Runs a CLI's main with its arguments; an error goes to stderr and sets a failing exit code. */
export function runCli(main: (args: string[]) => Promise<void>): void {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
