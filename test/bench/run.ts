import { printLines, runCli } from './cli';
import { prepareBuilds, type Builds } from './measure-builds';
import type { Measurement } from './measurement';

interface Bench {
  run(): Promise<Measurement[]>;
  /** The same measurements, this tree against a baseline commit's (see compare.ts). */
  compare?(builds: Builds): Promise<Measurement[]>;
}

/**
 * `npm run bench [name…] [--baseline=<rev>]`: runs every test/bench/*.bench.ts (or those whose file
 * name contains one of the names) one after another. Each prints one JSON line per measurement on
 * stdout; progress goes to stderr. With a baseline (the flag, or BENCH_BASELINE) the benches that
 * can compare do, against that revision; the others are left out.
 */
const benchmarks = import.meta.glob<Bench>('./*.bench.ts', { eager: true });

/** `--baseline=<rev>` or `--baseline <rev>`, else BENCH_BASELINE; the other arguments are name filters. */
function parseArgs(args: string[]): { filters: string[]; baseline: string | null } {
  const filters: string[] = [];
  let baseline = process.env.BENCH_BASELINE || null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--baseline') baseline = args[++i] ?? null;
    else if (arg.startsWith('--baseline=')) baseline = arg.slice('--baseline='.length);
    else filters.push(arg);
  }
  return { filters, baseline };
}

runCli(async (args) => {
  const { filters, baseline } = parseArgs(args);
  const chosen = Object.entries(benchmarks).filter(([file]) => filters.length === 0 || filters.some((name) => file.includes(name)));
  if (chosen.length === 0) throw new Error(`No benchmark matches ${filters.join(', ')}`);
  if (!baseline) {
    for (const [, bench] of chosen) printLines(await bench.run());
    return;
  }
  const comparing = chosen.filter(([file, bench]) => bench.compare || void process.stderr.write(`[bench] ${file} cannot compare with a baseline: left out\n`));
  if (comparing.length === 0) {
    const able = Object.entries(benchmarks).filter(([, bench]) => bench.compare).map(([file]) => file);
    throw new Error(`None of the chosen benchmarks compares with a baseline; these do: ${able.join(', ')}`);
  }
  const builds = await prepareBuilds(baseline);
  try {
    for (const [, bench] of comparing) printLines(await bench.compare!(builds));
  } finally {
    builds.remove();
  }
});
