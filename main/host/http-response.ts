import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '@api/result';
import { contentSecurityPolicy } from '../shell/content-security-policy';

/** The renderer's own policy (the desktop app's too), sent with every response (pages, files and JSON alike). */
const SECURITY_HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Other sites may not embed or read these responses, even without CORS.
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** A request the host turns down before (or instead of) reaching the core. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly key?: string,
  ) {
    super(message);
    this.name = 'HttpRefusal';
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

export function sendRefusal(req: IncomingMessage, res: ServerResponse, refusal: HttpRefusal): void {
  // A body left unread is not drained (it may be a huge upload): the connection is closed instead.
  const close: Record<string, string> = req.complete ? {} : { Connection: 'close' };
  const error = { code: refusal.code, message: refusal.message, ...(refusal.key ? { key: refusal.key } : {}) };
  sendJson(res, refusal.status, { ok: false, error }, { ...refusal.headers, ...close });
}
