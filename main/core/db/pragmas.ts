import type { Connection } from './connection';

/** How long a connection waits for another one's lock before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

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

/**
 * The reader's page cache holds up to 64 MiB (SQLite's default is 2 MiB): a crosstab walks one
 * question's answers and their responses in two covering indexes (about 15 MB at 100,000 responses),
 * which then stay cached between calls instead of being read from the file again each time. Pages are
 * cached only as they are read.
 */
const READER_CACHE_KIB = 64 * 1024;
/**
 * The reader maps the workspace file (up to 2 GiB, SQLite's own cap), so a page the cache does not
 * hold but the OS does is read without a system call: the health dashboard of a segment reads tens of
 * thousands of member rows scattered over a million-member table, which its cache cannot keep. Only
 * reads use the map; the writer writes through its own connection as before.
 */
const READER_MMAP_BYTES = 2 * 1024 ** 3;

/**
 * The reader is opened read-only (SQLITE_OPEN_READONLY refuses any write to the workspace file), not
 * query_only, which would also refuse TEMP tables: a crosstab by segments keeps its respondents'
 * segment flags in one (core/analysis/respondent-flags.ts), held in memory.
 */
export async function applyReaderPragmas(conn: Connection): Promise<void> {
  conn.configureBusyTimeout(BUSY_TIMEOUT_MS);
  await conn.exec(`PRAGMA temp_store = MEMORY; PRAGMA cache_size = -${READER_CACHE_KIB}; PRAGMA mmap_size = ${READER_MMAP_BYTES};`);
}
