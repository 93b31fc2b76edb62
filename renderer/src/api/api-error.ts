import type { ErrorCode, Issue, RpcError } from '@api/result';

/** A failed call: the core's Result error, so the UI can branch on the code and translate by key. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly key: string | undefined;
  readonly params: Record<string, string | number> | undefined;
  readonly issues: Issue[] | undefined;

  constructor(error: RpcError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.key = error.key;
    this.params = error.params;
    this.issues = error.issues;
  }

  /** Anything thrown (a bug, a failed fetch) as an ApiError, so the UI handles one kind of error. */
  static from(err: unknown): ApiError {
    if (err instanceof ApiError) return err;
    return new ApiError({ code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) });
  }
}
