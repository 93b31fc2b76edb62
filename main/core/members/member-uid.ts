/**
 * A random UUID (version 4) drawn by SQLite, for INSERT … SELECT of many members at once (the import):
 * the member_uid_insert trigger (migration 0009) gives one to any other insert that brings none.
 */
export const MEMBER_UID_SQL = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
  || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;
