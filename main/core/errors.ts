import type { ErrorCode, Issue } from '@api/result';

/** An error meant for the user: carries a code, a plain message and optionally an i18n key. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { key?: string; params?: Record<string, string | number>; issues?: Issue[] } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class CancelledError extends AppError {
  constructor() {
    super('CANCELLED', 'The job was cancelled; nothing it started was kept.', { key: 'errors.cancelled' });
  }
}

export const notFound = (message: string, key?: string, params?: Record<string, string | number>) =>
  new AppError('NOT_FOUND', message, { key, params });
