import type { Tx } from './writer';

/**
 * Runs body with a schema's page cache at `kib` KiB (SQLite's default is 2 MiB, far too small for
 * a bulk load: every index page the load touches would be read and written again and again), then
 * puts back the size it had: the pragma outlives the transaction, also a rolled-back one.
 */
export async function withPageCache<T>(tx: Pick<Tx, 'get' | 'run'>, kib: number, body: () => Promise<T>, schema: 'main' | 'temp' = 'main'): Promise<T> {
  const { cache_size: before } = (await tx.get<{ cache_size: number }>(`PRAGMA ${schema}.cache_size`))!;
  await tx.run(`PRAGMA ${schema}.cache_size = -${Math.trunc(kib)}`);
  try {
    return await body();
  } finally {
    await tx.run(`PRAGMA ${schema}.cache_size = ${before}`);
  }
}
