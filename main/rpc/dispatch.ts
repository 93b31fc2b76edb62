import { z } from 'zod';
import { isMethodName, methods, type Result } from '@api/index';
import { AppError } from '../core/errors';
import type { Handlers } from './handlers';

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

const toIssues = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }));

const describeIssues = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`).join('; ');

/**
 * The single entry for every caller (IPC, HTTP, tests). Unknown method and invalid input are
 * answered before a handler runs, so they never write. Never throws: every outcome is a Result.
 */
export function createDispatch(handlers: Handlers, log: (err: unknown) => void = console.error): Dispatch {
  return async (method, rawInput) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: `Unknown method "${method}".`, key: 'errors.unknownMethod', params: { method } } };
    }
    const spec = methods[method];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'VALIDATION', message: `Invalid input for ${method}: ${describeIssues(parsed.error)}`, issues: toIssues(parsed.error) },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      return { ok: true, data: await handler(parsed.data) };
    } catch (err) {
      if (err instanceof AppError) {
        return { ok: false, error: { code: err.code, message: err.message, ...err.extra } };
      }
      log(err);
      return { ok: false, error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) } };
    }
  };
}

