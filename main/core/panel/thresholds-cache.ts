import type { Connection } from '../db/connection';
import type { BandThresholds, OpennessThresholdsSource } from './panel-context';

/**
 * Keeps a thresholds source's answer per reader connection until a write is committed (the reader's
 * PRAGMA data_version changes on any commit by the writer). Thresholds take a pass over every score,
 * about a second on a million members, while a member's page or a band filter needs them each time.
 */
export function cachedUntilWrite(source: OpennessThresholdsSource): OpennessThresholdsSource {
  const cache = new WeakMap<Connection, { version: number; value: BandThresholds | null }>();
  return async (reader) => {
    const { data_version: version } = (await reader.get<{ data_version: number }>('PRAGMA data_version'))!;
    const hit = cache.get(reader);
    if (hit?.version === version) return hit.value;
    const value = await source(reader);
    cache.set(reader, { version, value });
    return value;
  };
}
