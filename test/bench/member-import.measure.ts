import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { ColumnMapping, ImportResult } from '../../main/api/member-import';
import type { JobState } from '../../main/api/jobs';
import { startBenchCore } from './bench-core';
import { ownCpuMs } from './cpu-time';
import { measureStall } from './event-loop-stall';
import { sampleRss } from './rss-sampler';

/** jobs.wait answers after at most this long; it is asked again while the job runs. */
const WAIT_MS = 600_000;

/** The generated panel export's columns, each mapped to the member field of the same meaning. */
export const HEADER = ['external_id', 'name', 'email', 'phone', 'country', 'city', 'gender', 'birth_year', 'joined', 'source', 'stage', 'consent'];
const mapping: ColumnMapping[] = [
  { column: 'external_id', target: 'externalId' },
  { column: 'name', target: 'name' },
  { column: 'email', target: 'email' },
  { column: 'phone', target: 'phone' },
  { column: 'country', target: 'country' },
  { column: 'city', target: 'city' },
  { column: 'gender', target: 'gender' },
  { column: 'birth_year', target: 'birthYear' },
  { column: 'joined', target: 'joinedAt' },
  { column: 'source', target: 'sourceChannel' },
  { column: 'stage', target: 'lifecycleStage' },
  { column: 'consent', target: 'consentStatus' },
];

export interface ImportFixture {
  /** Rows in the CSV: the import must insert them all. */
  rows: number;
  /** Where to create the workspace the CSV is imported into (a new file), or the workspace to import into when `existing`. */
  workspace: string;
  /** Import into the panel already at `workspace` instead of a new one. */
  existing?: boolean;
}

/** One import's figures: the members.import.run line. */
export type ImportRun = {
  bench: 'members.import.run';
  ms: number;
  /** CPU time of the whole process (event loop and SQLite's thread) over the same span as ms. */
  cpuMs: number;
  /** The event loop's worst delay, and the phase and progress last reported before it ended. */
  worstStallMs: number;
  worstStallAt: string | null;
  /** CPU time the hypervisor stole during that stall, and the worst stall with the stolen time taken off. */
  worstStallStolenMs: number;
  worstOwnStallMs: number;
  longGcMs: number[];
  peakRssMb: number;
  startRssMb: number;
  /** The worst stall of an idle process running beside the import: the machine's own share. */
  idleNeighbourMs: number;
  /**
   * Wall time per progress phase the job reported (sampled every RSS_SAMPLE_MS): `start` until the
   * first report, then each phase until the next, and the last one until the job ended.
   */
  phasesMs: Record<string, number>;
};

/** Times the phases a job reports, from samples of its last progress. */
function phaseClock(started: number) {
  const phasesMs: Record<string, number> = {};
  let current = 'start';
  let since = started;
  const close = (at: number) => (phasesMs[current] = (phasesMs[current] ?? 0) + at - since);
  return {
    sample(phase: string | null | undefined) {
      if (!phase || phase === current) return;
      const at = performance.now();
      close(at);
      [current, since] = [phase, at];
    },
    end(): Record<string, number> {
      close(performance.now());
      return phasesMs;
    },
  };
}

/**
 * A control: a second, idle Node process watches its own event loop while the import runs. Its
 * worst stall is what the machine alone causes (other load, disk writeback), not the import.
 */
function idleNeighbour(): { stop: () => Promise<number> } {
  const script = `const h = require('node:perf_hooks').monitorEventLoopDelay({ resolution: 10 }); h.enable();
    process.stdin.resume(); process.stdin.on('end', () => { process.stdout.write(String(h.max / 1e6)); process.exit(0); });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  return {
    stop: () =>
      new Promise((resolve, reject) => {
        child.on('error', reject).on('close', () => resolve(Number(out)));
        child.stdin.end();
      }),
  };
}

/**
 * The app's way, end to end: a new workspace (workspace.create, not timed) or an existing one, then members.import of
 * the CSV through the real dispatch, waiting for its job with jobs.wait; RSS sampled and the event
 * loop watched meanwhile.
 */
async function importOnce(csvFile: string, { rows, workspace, existing }: ImportFixture): Promise<Omit<ImportRun, 'idleNeighbourMs'>> {
  const core = await startBenchCore(existing ? { open: workspace } : { create: workspace });
  let phases = phaseClock(performance.now());
  const rss = sampleRss(() => phases.sample(core.lastJob()?.progress?.phase));
  try {
    const where = () => {
      const progress = core.lastJob()?.progress;
      return progress ? `${progress.phase ?? 'starting'} ${progress.done}/${progress.total ?? '?'}` : 'before the job reported progress';
    };
    let cpuMs = 0;
    const { result: ms, ...stalls } = await measureStall(async () => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      phases = phaseClock(started);
      const { jobId } = await core.call<{ jobId: string }>('members.import', { file: { path: csvFile }, mapping, onDuplicate: 'skip' });
      let job = await core.call<JobState>('jobs.wait', { jobId, timeoutMs: WAIT_MS });
      while (job.state === 'running') job = await core.call<JobState>('jobs.wait', { jobId, timeoutMs: WAIT_MS });
      const result = job.result as ImportResult | null;
      if (job.state !== 'succeeded' || result?.inserted !== rows) throw new Error(`Import ended ${job.state}: ${job.error?.message ?? result?.message}`);
      cpuMs = ownCpuMs(cpu);
      return performance.now() - started;
    }, where);
    const phasesMs = Object.fromEntries(Object.entries(phases.end()).map(([phase, phaseMs]) => [phase, Math.round(phaseMs)]));
    return { bench: 'members.import.run', ms, cpuMs, ...stalls, peakRssMb: rss.peakMb(), startRssMb: rss.startMb, phasesMs };
  } finally {
    rss.stop();
    await core.close();
  }
}

/** One import with an idle process beside it, started before the workspace opens and stopped after it closes. */
export async function measureImport(csvFile: string, fixture: ImportFixture): Promise<ImportRun> {
  const neighbour = idleNeighbour();
  try {
    const run = await importOnce(csvFile, fixture);
    return { ...run, idleNeighbourMs: await neighbour.stop() };
  } catch (err) {
    await neighbour.stop();
    throw err;
  }
}
