import type { Tx } from './writer';

type Pragmas = Pick<Tx, 'get' | 'run'>;
type Schema = 'main' | 'temp';

/** Sets a schema's page cache to `kib` KiB and answers the size it had (cache_size's own value), for restorePageCache. */
export async function setPageCache(tx: Pragmas, kib: number, schema: Schema = 'main'): Promise<number> {
  const { cache_size: before } = (await tx.get<{ cache_size: number }>(`PRAGMA ${schema}.cache_size`))!;
  await tx.run(`PRAGMA ${schema}.cache_size = -${Math.trunc(kib)}`);
  return before;
}

/** Puts back the size setPageCache answered. */
export const restorePageCache = (tx: Pragmas, before: number, schema: Schema = 'main') => tx.run(`PRAGMA ${schema}.cache_size = ${before}`);

/**
 * Runs body with a schema's page cache at `kib` KiB (SQLite's default is 2 MiB, far too small for
 * a bulk load: every index page the load touches would be read and written again and again), then
 * puts back the size it had: the pragma outlives the transaction, also a rolled-back one.
 */
export async function withPageCache<T>(tx: Pragmas, kib: number, body: () => Promise<T>, schema: Schema = 'main'): Promise<T> {
  const before = await setPageCache(tx, kib, schema);
  try {
    return await body();
  } finally {
    await restorePageCache(tx, before, schema);
  }
}
