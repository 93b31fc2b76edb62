import type { Connection } from './connection';

const BUSY_TIMEOUT_MS = 5_000;

/**
 * Set on every open of the writer. WAL lets the reader query during writes; synchronous=FULL makes
 * an acknowledged answer survive power loss; secure_delete overwrites erased personal data.
 */
export async function applyWriterPragmas(conn: Connection): Promise<void> {
  conn.configureBusyTimeout(BUSY_TIMEOUT_MS);
  await conn.exec(`
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    PRAGMA foreign_keys = ON;
    PRAGMA secure_delete = ON;
  `);
}

export async function applyReaderPragmas(conn: Connection): Promise<void> {
  conn.configureBusyTimeout(BUSY_TIMEOUT_MS);
  await conn.exec('PRAGMA query_only = ON;');
}
