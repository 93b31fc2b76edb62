import type { ErrorCode } from '@api/result';
import type { Dispatch } from '../rpc/dispatch';
import { sendJson } from './http-response';
import { readJsonBody } from './request-body';
import type { RouteHandler } from './route';

export const RPC_PREFIX = '/rpc/';

/** HTTP status for a failed Result; the body is the Result either way. */
const STATUS_FOR_ERROR: Record<ErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  // A domain limit (e.g. survey length) on a well-formed request; body size is refused as 413 earlier.
  LIMIT: 422,
  LOCKED: 423,
  CANCELLED: 409,
  CORRUPT: 500,
  // This host lacks the feature (native dialogs in the browser host); the message names the alternative.
  NOT_AVAILABLE: 501,
  INTERNAL: 500,
};

/** POST /rpc/<method> with a JSON body: the same dispatch the Electron IPC relay calls. */
export function rpcRoute(dispatch: Dispatch, maxBodyBytes: number): RouteHandler {
  return async (req, res, urlPath) => {
    const input = await readJsonBody(req, maxBodyBytes);
    const result = await dispatch(urlPath.slice(RPC_PREFIX.length), input);
    sendJson(res, result.ok ? 200 : STATUS_FOR_ERROR[result.error.code], result);
  };
}
