import fs from 'node:fs';
import { JIFFY_MS, statTicksMs } from './cpu-time';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';

/** Garbage collections longer than this are listed beside the worst stall (they stop the event loop too). */
const LONG_GC_MS = 50;
const TICK_MS = 10;

/**
 * CPU time the hypervisor took from this virtual machine so far (the "steal" column of /proc/stat,
 * all CPUs), in ms; 0 where there is no /proc. A stall that much steal explains is the machine's,
 * not the work's.
 */
function stolenMs(): number {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
    return Number(fields[8] ?? 0) * JIFFY_MS;
  } catch {
    return 0;
  }
}

/**
 * CPU time this process's main thread (the event loop's) has used so far, in ms, from
 * /proc/self/task/<pid>/stat (utime + stime, 10 ms ticks); 0 where there is no /proc. During a stall
 * it tells the work holding the loop from waiting for a core that other processes had.
 */
const mainThreadCpuMs = (): number => statTicksMs(`/proc/self/task/${process.pid}/stat`, [11, 12]) ?? 0;

export interface StallReport<T> {
  result: T;
  /** The event loop's worst delay (10 ms sampling histogram). */
  worstStallMs: number;
  /** What `describe` said when the worst stall ended (e.g. the job's phase and progress). */
  worstStallAt: string | null;
  /** CPU time stolen by the hypervisor during that stall (ms, all CPUs). */
  worstStallStolenMs: number;
  /** The worst stall once the time stolen during each stall is taken off: what the work itself held the loop for. */
  worstOwnStallMs: number;
  /** The most CPU time the main thread used within one stall (10 ms ticks): the work's own hold on the loop, whatever other processes took the cores meanwhile. */
  worstStallCpuMs: number;
  /** Garbage-collection pauses over LONG_GC_MS, in ms. */
  longGcMs: number[];
}

/** Runs `work` and reports the event loop's worst stall meanwhile, where it happened, and long GC pauses. */
export async function measureStall<T>(work: () => Promise<T>, describe: () => string = () => ''): Promise<StallReport<T>> {
  const histogram = monitorEventLoopDelay({ resolution: TICK_MS });
  const longGcMs: number[] = [];
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.duration > LONG_GC_MS) longGcMs.push(Math.round(entry.duration));
  });
  let last = performance.now();
  let lastStolen = stolenMs();
  let lastCpu = mainThreadCpuMs();
  let worstStallCpuMs = 0;
  let worstGap = 0;
  let worstStallAt: string | null = null;
  let worstStallStolenMs = 0;
  let worstOwnStallMs = 0;
  // A tick that comes late ends a stall: note what the work was doing then, and what was stolen meanwhile.
  const ticker = setInterval(() => {
    const now = performance.now();
    const stolen = stolenMs();
    const gap = now - last - TICK_MS;
    const stolenDuring = stolen - lastStolen;
    const cpu = mainThreadCpuMs();
    if (gap > TICK_MS) worstStallCpuMs = Math.max(worstStallCpuMs, cpu - lastCpu);
    last = now;
    lastStolen = stolen;
    lastCpu = cpu;
    worstOwnStallMs = Math.max(worstOwnStallMs, gap - stolenDuring);
    if (gap > worstGap) {
      worstGap = gap;
      worstStallAt = describe();
      worstStallStolenMs = stolenDuring;
    }
  }, TICK_MS);
  histogram.enable();
  gc.observe({ entryTypes: ['gc'] });
  try {
    const result = await work();
    return { result, worstStallMs: histogram.max / 1e6, worstStallAt, worstStallStolenMs, worstOwnStallMs, worstStallCpuMs, longGcMs };
  } finally {
    histogram.disable();
    gc.disconnect();
    clearInterval(ticker);
  }
}
