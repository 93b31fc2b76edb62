import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, CancelledError } from '../errors';
import { statOrNull, writeFailure } from './fs-errors';
import { releaseTempPath, reserveTempPath, sweepTempFiles } from './owned-files';
import { refuseWorkspaceTarget, WORKSPACE_SIDECARS } from './sqlite-files';

/**
 * What to write: bytes, a stream (exports and bundles run to hundreds of MB), a copy of a file the
 * app made, or a producer that creates the file at the path it is given (VACUUM INTO).
 */
export type WriteSource = { bytes: string | Uint8Array } | { stream: Readable } | { copyOf: string } | { fill(tempPath: string): Promise<void> };

export interface WriteOptions {
  /** Replace a file already at the target (the user was asked). Never a workspace. */
  replace?: boolean;
  /** Paths to treat as workspaces even before they have a SQLite header: the open workspace. */
  protect?: readonly string[];
  signal?: AbortSignal;
}

export interface Written {
  path: string;
  sizeBytes: number;
}

/** Links fail with these where the file system has no hard links; then an existence check stands in. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EINVAL']);

const fileExists = (target: string) =>
  new AppError('CONFLICT', `A file already exists at ${target}. Choose another name.`, {
    key: 'errors.fileExists',
    params: { path: target },
  });

async function checkTarget(target: string, options: WriteOptions): Promise<void> {
  const stat = await statOrNull(target);
  if (stat?.isDirectory()) {
    throw new AppError('VALIDATION', `${target} is a folder. Give a file name inside it.`, { key: 'errors.pathIsFolder', params: { path: target } });
  }
  await refuseWorkspaceTarget(target, options.protect ?? []);
  if (stat && !options.replace) throw fileExists(target);
}

/** Writes the temporary file and flushes it to disk (fsync) before it may take the target's name. */
async function produce(temp: string, source: WriteSource, signal: AbortSignal | undefined): Promise<void> {
  if ('bytes' in source) return fs.promises.writeFile(temp, source.bytes, { flag: 'wx', flush: true, signal });
  if ('stream' in source) return pipeline(source.stream, fs.createWriteStream(temp, { flags: 'wx', flush: true }), { signal });
  if ('fill' in source) await source.fill(temp);
  else await fs.promises.copyFile(source.copyOf, temp, fs.constants.COPYFILE_EXCL);
  const handle = await fs.promises.open(temp, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Moves the finished temporary file to its name; without replace, never over a file that appeared meanwhile. */
async function moveIntoPlace(temp: string, target: string, replace: boolean): Promise<void> {
  if (replace) return fs.promises.rename(temp, target);
  try {
    await fs.promises.link(temp, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw fileExists(target);
    if (!NO_LINKS.has(code)) throw err;
    if (fs.existsSync(target)) throw fileExists(target);
    return fs.promises.rename(temp, target);
  }
  await fs.promises.rm(temp, { force: true });
}

/** Makes the rename itself durable; folders cannot be synced on Windows, where renames are journaled. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await fs.promises.open(dir, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

/**
 * The one way the core writes a file at a path a caller chose. The content goes to a temporary file
 * in the target folder, is flushed to disk, and is then renamed into place, so a failed, cancelled
 * or killed write leaves nothing under the target name (and its temporary file is swept at the next
 * start). It never writes over a workspace (the open one, any SQLite database, or the -wal, -shm,
 * -journal and .lock beside one), and replaces an existing file only with replace: true.
 */
export async function safeWrite(target: string, source: WriteSource, options: WriteOptions = {}): Promise<Written> {
  const absolute = path.resolve(target);
  await checkTarget(absolute, options);
  const dir = path.dirname(absolute);
  let temp: string | null = null;
  try {
    await fs.promises.mkdir(dir, { recursive: true });
    sweepTempFiles(dir);
    temp = reserveTempPath(absolute);
    await produce(temp, source, options.signal);
    if (options.signal?.aborted) throw new CancelledError();
    await moveIntoPlace(temp, absolute, options.replace ?? false);
    await syncFolder(dir);
    return { path: absolute, sizeBytes: (await fs.promises.stat(absolute)).size };
  } catch (err) {
    if (options.signal?.aborted) throw new CancelledError();
    throw writeFailure(err, absolute);
  } finally {
    if (temp) {
      // With the files a producer such as SQLite may have made beside it.
      await Promise.all(['', ...WORKSPACE_SIDECARS].map((suffix) => fs.promises.rm(temp + suffix, { force: true })));
      releaseTempPath(temp);
    }
  }
}
