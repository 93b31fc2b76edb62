import type { Measurement } from './measurement';

/**
 * `npm run bench [name…]`: runs every test/bench/*.bench.ts (or those whose file name contains one
 * of the names) one after another. Each prints one JSON line per measurement on stdout; progress
 * goes to stderr.
 */
const benchmarks = import.meta.glob<{ run: () => Promise<Measurement[]> }>('./*.bench.ts', { eager: true });

async function main(filters: string[]): Promise<void> {
  const chosen = Object.entries(benchmarks).filter(([file]) => filters.length === 0 || filters.some((name) => file.includes(name)));
  if (chosen.length === 0) throw new Error(`No benchmark matches ${filters.join(', ')}`);
  for (const [, bench] of chosen) {
    for (const measurement of await bench.run()) process.stdout.write(`${JSON.stringify(measurement)}\n`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
