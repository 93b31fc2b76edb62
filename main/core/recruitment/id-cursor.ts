import { AppError } from '../errors';

/** Keyset cursors of recruitment lists are the last row's integer id. */
export function parseIdCursor(cursor: string | null): number | null {
  if (cursor === null) return null;
  if (!/^\d{1,15}$/.test(cursor)) {
    throw new AppError('VALIDATION', `cursor: "${cursor}" is not a cursor this list gave out; pass nextCursor from the previous page, or null for the first.`, {
      key: 'errors.badCursor',
      issues: [{ path: ['cursor'], message: 'expected nextCursor from the previous page' }],
    });
  }
  return Number(cursor);
}
