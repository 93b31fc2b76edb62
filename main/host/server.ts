import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TransferStore } from '../core/files/transfer-store';
import type { Dispatch } from '../rpc/dispatch';
import type { EventHub } from './event-hub';
import { eventsRoute } from './events-route';
import { HttpRefusal, sendRefusal, setSecurityHeaders } from './http-response';
import { createRequestGuard } from './request-guard';
import type { ApiRoute, Route } from './route';
import { RPC_PREFIX, rpcRoute } from './rpc-route';
import { staticRoute } from './static-route';
import { DOWNLOAD_PREFIX, downloadRoute, uploadRoute } from './transfer-routes';

/** The only address the host listens on: other machines and other interfaces cannot reach it. */
const LOOPBACK = '127.0.0.1';

export interface HostLimits {
  /** Largest JSON body of a method call. */
  rpcBodyBytes: number;
  uploadBytes: number;
  sseKeepAliveMs: number;
}

const DEFAULT_LIMITS: HostLimits = {
  rpcBodyBytes: 1024 * 1024,
  uploadBytes: 1024 * 1024 * 1024,
  sseKeepAliveMs: 15_000,
};

export interface BrowserHostOptions {
  dispatch: Dispatch;
  hub: EventHub;
  transfers: TransferStore;
  /** 0 picks a free port. */
  port: number;
  token: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  limits?: Partial<HostLimits>;
  /** Where unexpected server errors are reported. */
  log?: (err: unknown) => void;
}

export interface BrowserHost {
  port: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The address to open: the origin with the token in the hash, which never reaches a server log. */
  url: string;
  close(): Promise<void>;
}

/** The API by path prefix; every other path names a file of the built renderer. */
function createRoutes(options: BrowserHostOptions, limits: HostLimits): { api: ApiRoute[]; files: Route } {
  return {
    api: [
      { matches: (p) => p.startsWith(RPC_PREFIX), methods: ['POST'], needsToken: true, handle: rpcRoute(options.dispatch, limits.rpcBodyBytes) },
      { matches: (p) => p === '/events', methods: ['GET'], needsToken: true, handle: eventsRoute(options.hub, limits.sseKeepAliveMs) },
      { matches: (p) => p === '/upload', methods: ['POST'], needsToken: true, handle: uploadRoute(options.transfers, limits.uploadBytes) },
      { matches: (p) => p.startsWith(DOWNLOAD_PREFIX), methods: ['GET'], needsToken: false, handle: downloadRoute(options.transfers) },
    ],
    files: { methods: ['GET', 'HEAD'], needsToken: false, handle: staticRoute(options.rendererDir) },
  };
}

/** A method the path does not take (OPTIONS included, so no CORS preflight ever succeeds) is 405. */
function checkMethod(route: Route, req: IncomingMessage, urlPath: string): void {
  if (!route.methods.includes(req.method ?? '')) {
    throw new HttpRefusal(405, 'VALIDATION', `${req.method ?? '?'} is not allowed on ${urlPath}; use ${route.methods.join(' or ')}.`, {
      Allow: route.methods.join(', '),
    });
  }
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port }, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Serves the workbench over HTTP on 127.0.0.1 for a browser on the same machine. */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? console.error;
  const { api, files } = createRoutes(options, limits);
  const server = http.createServer();
  const port = await listen(server, options.port);
  const guard = createRequestGuard(port, options.token);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res);
    try {
      guard.checkHostAndOrigin(req);
      const urlPath = (req.url ?? '').split('?')[0]!;
      if (!urlPath.startsWith('/')) throw new HttpRefusal(400, 'VALIDATION', 'The request target must be a path.');
      const route = api.find((r) => r.matches(urlPath)) ?? files;
      checkMethod(route, req, urlPath);
      if (route.needsToken) guard.checkToken(req);
      await route.handle(req, res, urlPath);
    } catch (err) {
      if (res.headersSent) {
        // Mid-stream there is no status left to send: cut the response so it cannot look complete.
        res.destroy();
      } else if (err instanceof HttpRefusal) {
        sendRefusal(req, res, err);
      } else {
        log(err);
        sendRefusal(req, res, new HttpRefusal(500, 'INTERNAL', err instanceof Error ? err.message : String(err)));
      }
    }
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => void handle(req, res));

  const origin = `http://${LOOPBACK}:${port}`;
  return {
    port,
    origin,
    url: `${origin}/#token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Event streams and idle keep-alive connections would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
