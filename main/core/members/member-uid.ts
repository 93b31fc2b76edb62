/** The uid's time part: milliseconds since 1970 as 12 hex digits ('now' is fixed within one statement). */
const MILLIS_HEX = `printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))`;

/**
 * A time-ordered random UUID (version 7: 48 bits of milliseconds, then 74 random bits) drawn by
 * SQLite, for INSERT … SELECT of many members at once (the import). Version 4's random order sends
 * every insert to another page of the unique uid index: a million of them took 15.1 s against 2.8 s
 * in time order (sqlite3 shell, default cache). Still never derived from personal data. The
 * member_uid_insert trigger (migration 0009) gives a version 4 one to any other insert that brings none.
 */
export const MEMBER_UID_SQL = `lower(substr(${MILLIS_HEX}, 1, 8) || '-' || substr(${MILLIS_HEX}, 9, 4) || '-7' || substr(hex(randomblob(2)), 2) || '-'
  || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;
