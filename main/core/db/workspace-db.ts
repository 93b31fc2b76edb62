import fs from 'node:fs';
import { AppError } from '../errors';
import { statOrNull } from '../files/fs-errors';
import { isSqliteFile } from '../files/sqlite-files';
import { Connection } from './connection';
import { acquireWorkspaceLock, type WorkspaceLock } from './lock';
import { migrate } from './migrate';
import { applyReaderPragmas, applyWriterPragmas } from './pragmas';
import { Writer } from './writer';

/** An open workspace file: the single writer, a read-only reader, and the process lock. */
export interface WorkspaceDb {
  readonly path: string;
  readonly writer: Writer;
  readonly reader: Connection;
  readonly schemaVersion: number;
  /** Set when the last session ended without closing; quick_check passed. */
  readonly recoveredFromCrash: boolean;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Make a new database at path (the safe writer's temporary file; tests). */
  create: boolean;
  now?: () => Date;
  /** Take the lock from an owner that seems alive (the user is sure it is not). */
  takeOver?: boolean;
}

async function checkIntegrity(conn: Connection, path: string): Promise<void> {
  const rows = await conn.all<{ quick_check: string }>('PRAGMA quick_check');
  if (rows.length !== 1 || rows[0]!.quick_check !== 'ok') {
    throw new AppError('CORRUPT', `The workspace ${path} is damaged (${rows.map((r) => r.quick_check).slice(0, 3).join('; ')}). Restore it from a backup copy.`, {
      key: 'errors.workspaceCorrupt',
      params: { path },
    });
  }
}

/**
 * What is at path must be what the caller expects before anything is written beside it (the lock):
 * nothing when creating; otherwise a SQLite database, not a folder, a CSV or an empty file.
 */
async function checkFile(path: string, create: boolean): Promise<void> {
  const stat = await statOrNull(path);
  if (create) {
    if (stat) throw new AppError('CONFLICT', `A file already exists at ${path}. Choose another name.`, { key: 'errors.fileExists', params: { path } });
    return;
  }
  if (!stat) throw new AppError('NOT_FOUND', `There is no workspace at ${path}.`, { key: 'errors.workspaceMissing', params: { path } });
  if (stat.isDirectory()) {
    throw new AppError('VALIDATION', `${path} is a folder, not a workspace file. Choose a .sqlite file inside it.`, { key: 'errors.workspaceIsFolder', params: { path } });
  }
  if (!(await isSqliteFile(path))) {
    throw new AppError('VALIDATION', `${path} is not a workspace file (it is not a SQLite database).`, { key: 'errors.notAWorkspace', params: { path } });
  }
}

export async function openWorkspaceDb(path: string, options: OpenOptions): Promise<WorkspaceDb> {
  await checkFile(path, options.create);
  const lock: WorkspaceLock = acquireWorkspaceLock(path, { now: options.now, takeOver: options.takeOver });
  let conn: Connection | null = null;
  let reader: Connection | null = null;
  try {
    conn = await Connection.open(path, { readonly: false, create: options.create });
    await conn.get('SELECT count(*) FROM sqlite_schema').catch((err: Error) => {
      throw new AppError('VALIDATION', `${path} is not a workspace file (${err.message}).`, { key: 'errors.notAWorkspace', params: { path } });
    });
    await applyWriterPragmas(conn);
    if (lock.wasUnclean) await checkIntegrity(conn, path);
    const writer = new Writer(conn);
    const schemaVersion = await migrate(writer, undefined, options.now);
    reader = await Connection.open(path, { readonly: true });
    await applyReaderPragmas(reader);
    const writerConn = conn;
    const readerConn = reader;
    return {
      path,
      writer,
      reader,
      schemaVersion,
      recoveredFromCrash: lock.wasUnclean,
      async close() {
        await writer.close();
        await readerConn.close();
        await writerConn.exec('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => undefined);
        await writerConn.close();
        lock.release();
      },
    };
  } catch (err) {
    await reader?.close().catch(() => undefined);
    await conn?.close().catch(() => undefined);
    lock.release();
    // A database this call made is removed again; an existing one is never touched.
    if (options.create) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path + suffix, { force: true });
    throw err;
  }
}
