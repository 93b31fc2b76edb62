/** How often the resident set size is sampled: often enough to catch a chunk's peak. */
export const RSS_SAMPLE_MS = 25;

export interface RssSampler {
  /** The resident set size when sampling began, in MB. */
  readonly startMb: number;
  /** The highest sample so far, in MB. */
  peakMb(): number;
  stop(): void;
}

/**
 * Samples this process's resident set size (V8's heap, SQLite's page caches and everything else)
 * every RSS_SAMPLE_MS until stopped, calling `alsoEach` at each sample; collects garbage first where
 * the bench runs with --expose-gc. The start is what the process already held: the peak includes it.
 */
export function sampleRss(alsoEach?: () => void): RssSampler {
  globalThis.gc?.();
  const start = process.memoryUsage.rss();
  let peak = start;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
    alsoEach?.();
  }, RSS_SAMPLE_MS);
  return { startMb: start / 1024 / 1024, peakMb: () => peak / 1024 / 1024, stop: () => clearInterval(sampler) };
}
