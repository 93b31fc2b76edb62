import type { OpennessThresholds } from '@model/recruitment/bands';
import type { Connection } from '../db/connection';

export type BandThresholds = Pick<OpennessThresholds, 'p25' | 'p75'>;

/** A reader's answer that stays true until the next commit (e.g. the panel's band thresholds). */
export type ReaderSource<T> = (reader: Connection) => Promise<T>;

/**
 * Keeps a source's answer per reader connection until a write is committed (the reader's PRAGMA
 * data_version changes on any commit by the writer). Only for the reader: a connection's own
 * commits do not change its data_version, so reads inside a write transaction are never cached.
 */
export function cachedUntilWrite<T>(source: ReaderSource<T>): ReaderSource<T> {
  const cache = new WeakMap<Connection, { version: number; value: T }>();
  return async (reader) => {
    const { data_version: version } = (await reader.get<{ data_version: number }>('PRAGMA data_version'))!;
    const hit = cache.get(reader);
    if (hit?.version === version) return hit.value;
    const value = await source(reader);
    cache.set(reader, { version, value });
    return value;
  };
}
