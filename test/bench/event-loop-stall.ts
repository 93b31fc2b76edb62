import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Runs `work` and reports the event loop's worst stall meanwhile (10 ms sampling timer). */
export async function measureStall<T>(work: () => Promise<T>): Promise<{ result: T; worstStallMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  try {
    const result = await work();
    return { result, worstStallMs: histogram.max / 1e6 };
  } finally {
    histogram.disable();
  }
}
