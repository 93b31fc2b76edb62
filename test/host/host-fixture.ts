import http from 'node:http';
import path from 'node:path';
import { afterEach } from 'vitest';
import { Session } from '../../main/core/session';
import { EventHub } from '../../main/host/event-hub';
import { startBrowserHost, type BrowserHost, type HostLimits } from '../../main/host/server';
import { createDispatch } from '../../main/rpc/dispatch';
import { createHandlers } from '../../main/rpc/handlers';
import { fixedClock } from '../support/fixed';
import { tempDir } from '../support/temp-dir';

export const TOKEN = 'test-token-0123456789abcdef';

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
  json(): unknown;
}

export interface RequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface TestHost {
  host: BrowserHost;
  session: Session;
  hub: EventHub;
  /** The session's home folder, the only folder methods may use. */
  dir: string;
  /** Headers of a well-formed method call. */
  rpcHeaders: Record<string, string>;
  /** A raw HTTP request; Host is 127.0.0.1:<port> unless given. */
  request(urlPath: string, init?: RequestInit): Promise<HttpAnswer>;
  /** POST /rpc/<method> with the token and a JSON body. */
  call(method: string, input: unknown): Promise<HttpAnswer>;
}

/** Sends one request with node:http, which (unlike fetch) lets a test set any Host header. */
function sendRequest(port: number, urlPath: string, init: RequestInit = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: urlPath, method: init.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...init.headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const text = body.toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

const running: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const stop of running.splice(0)) await stop();
});

/**
 * A browser host on a free port over a fresh workspace (real SQLite in a temporary folder), with
 * the session's events feeding the host's hub as in `npm run serve`.
 */
export async function startTestHost(options: { limits?: Partial<HostLimits>; rendererDir?: string } = {}): Promise<TestHost> {
  const dir = tempDir();
  const hub = new EventHub();
  const session = new Session({ host: 'browser', version: 'test', homeDir: dir, allowedDirs: [dir], emit: hub.emit, now: fixedClock() });
  await session.create(path.join(dir, 'workspaces', 'test.sqlite'), false);
  const host = await startBrowserHost({
    dispatch: createDispatch(createHandlers(session), () => undefined),
    hub,
    transfers: session.transfers,
    port: 0,
    token: TOKEN,
    rendererDir: options.rendererDir ?? path.join(dir, 'no-renderer'),
    limits: options.limits,
    log: () => undefined,
  });
  running.push(async () => {
    await host.close();
    await session.closeWorkspace();
    await session.transfers.dispose();
  });
  const rpcHeaders = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
  const request = (urlPath: string, init?: RequestInit) => sendRequest(host.port, urlPath, init);
  return {
    host,
    session,
    hub,
    dir,
    rpcHeaders,
    request,
    call: (method, input) => request(`/rpc/${method}`, { method: 'POST', headers: rpcHeaders, body: JSON.stringify(input) }),
  };
}
