import { AppError } from '../errors';

export type SortKeyValue = string | number | null;

/** Where a page ended: the last row's sort key and id, and whether it was among the empty keys (listed last). */
export interface CursorPosition {
  /** Sort field and direction the cursor was made for. */
  sort: string;
  dir: 'asc' | 'desc';
  key: SortKeyValue;
  id: number;
  inEmpty: boolean;
}

/** Opaque to callers: base64url of JSON. */
export function encodeCursor(p: CursorPosition): string {
  return Buffer.from(JSON.stringify({ s: p.sort, d: p.dir, k: p.key, i: p.id, e: p.inEmpty ? 1 : 0 })).toString('base64url');
}

const badCursor = (why: string) =>
  new AppError('VALIDATION', `The cursor cannot be used: ${why}. Start again from the first page.`, {
    key: 'errors.badCursor',
    issues: [{ path: ['cursor'], message: why }],
  });

const isKey = (k: unknown): k is SortKeyValue => k === null || typeof k === 'string' || (typeof k === 'number' && Number.isFinite(k));

export function decodeCursor(cursor: string, sort: string, dir: 'asc' | 'desc'): CursorPosition {
  let c: Record<string, unknown> | null = null;
  try {
    c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    // Reported below with every other malformed cursor.
  }
  if (!c || typeof c !== 'object' || !isKey(c.k) || !Number.isSafeInteger(c.i) || (c.e !== 0 && c.e !== 1) || (c.d !== 'asc' && c.d !== 'desc')) {
    throw badCursor('it is not a cursor from members.list');
  }
  if (c.s !== sort || c.d !== dir) throw badCursor(`it was made for sorting by ${String(c.s)} ${c.d}, not ${sort} ${dir}`);
  return { sort, dir, key: c.k, id: c.i as number, inEmpty: c.e === 1 };
}
