import fs from 'node:fs';
import { AppError } from '../errors';
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
  create: boolean;
  now?: () => Date;
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

export async function openWorkspaceDb(path: string, options: OpenOptions): Promise<WorkspaceDb> {
  const exists = fs.existsSync(path);
  if (options.create && exists) {
    throw new AppError('CONFLICT', `A file already exists at ${path}. Choose another name.`, { key: 'errors.fileExists', params: { path } });
  }
  if (!options.create && !exists) {
    throw new AppError('NOT_FOUND', `There is no workspace at ${path}.`, { key: 'errors.workspaceMissing', params: { path } });
  }
  const lock: WorkspaceLock = acquireWorkspaceLock(path, options.now);
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
    if (options.create) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path + suffix, { force: true });
    throw err;
  }
}
