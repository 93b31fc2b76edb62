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
 * stdout; progress goes to stderr. Only the chosen files are loaded, so a measurement (e.g. an
 * import's peak memory in a child process) does not carry the other benches' modules. With a baseline (the flag, or BENCH_BASELINE) the benches that
 * can compare do, against that revision; the others are left out.
 */
const loaders = import.meta.glob<Bench>('./*.bench.ts');

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
  const names = Object.keys(loaders).filter((file) => filters.length === 0 || filters.some((name) => file.includes(name)));
  if (names.length === 0) throw new Error(`No benchmark matches ${filters.join(', ')}`);
  const chosen = await Promise.all(names.map(async (file): Promise<[string, Bench]> => [file, await loaders[file]!()]));
  if (!baseline) {
    for (const [, bench] of chosen) printLines(await bench.run());
    return;
  }
  const comparing = chosen.filter(([file, bench]) => bench.compare || void process.stderr.write(`[bench] ${file} cannot compare with a baseline: left out\n`));
  if (comparing.length === 0) {
    const all = await Promise.all(Object.entries(loaders).map(async ([file, load]) => [file, await load()] as const));
    const able = all.filter(([, bench]) => bench.compare).map(([file]) => file);
    throw new Error(`None of the chosen benchmarks compares with a baseline; these do: ${able.join(', ')}`);
  }
  const builds = await prepareBuilds(baseline);
  try {
    for (const [, bench] of comparing) printLines(await bench.compare!(builds));
  } finally {
    builds.remove();
  }
});
