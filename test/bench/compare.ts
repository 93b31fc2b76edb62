import type { Builds, MeasureBuild } from './measure-builds';
import type { Measurement } from './measurement';
import { median, round } from './stats';

/** Issue 8's rule: medians of 5 alternating runs in the same invocation, current within 10 % of the baseline. */
const COMPARE_RUNS = 5;
const COMPARE_TARGET = 1.1;

/**
 * Runs `once` COMPARE_RUNS times for each build, alternately (current, baseline, current, …), each
 * run a child process of its own on its own copy of the fixture; `afterPair` follows each pair.
 */
export async function alternate<T>(
  builds: Builds,
  once: (build: MeasureBuild, run: number) => Promise<T>,
  afterPair: (run: number) => Promise<void> = async () => undefined,
): Promise<{ current: T[]; baseline: T[] }> {
  const runs = { current: [] as T[], baseline: [] as T[] };
  for (let i = 1; i <= COMPARE_RUNS; i++) {
    for (const build of [builds.current, builds.baseline]) runs[build.side].push(await once(build, i));
    await afterPair(i);
  }
  return runs;
}

/**
 * One comparison line: the medians of the current and the baseline runs, their ratio
 * (current / baseline; above 1 is slower or bigger) and whether it is within COMPARE_TARGET.
 */
export function compareLine(
  builds: Builds,
  line: { bench: string; measure: string; unit: string },
  current: readonly number[],
  baseline: readonly number[],
  extra: Omit<Measurement, 'bench'> = {},
): Measurement {
  const [c, b] = [median(current), median(baseline)];
  const ratio = b > 0 ? c / b : c > 0 ? Number.POSITIVE_INFINITY : 1;
  return {
    ...line,
    current: round(c, 2),
    baseline: round(b, 2),
    ratio: round(ratio, 3),
    target: COMPARE_TARGET,
    withinTarget: ratio <= COMPARE_TARGET,
    currentRuns: current.map((v) => round(v, 2)),
    baselineRuns: baseline.map((v) => round(v, 2)),
    ...extra,
    currentSha: builds.current.sha.slice(0, 12),
    baselineRev: builds.rev,
    baselineSha: builds.baseline.sha.slice(0, 12),
    baselineBenchFiles: builds.baseline.benchFiles,
  };
}
