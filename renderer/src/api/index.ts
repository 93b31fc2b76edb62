import type { WorkbenchBridge } from '@api/bridge';
import { createApiClient, type ApiClient } from './client';
import { createHttpTransport } from './http-transport';
import { takeSessionToken } from './session-token';
import { bridgeTransport } from './transport';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the browser host serves the page. */
    workbench?: WorkbenchBridge;
  }
}

export type Connection = { client: ApiClient; tokenMissing: false } | { client: null; tokenMissing: true };

let connection: Connection | null = null;

/**
 * Chooses the transport once, at start-up, before the router reads the URL hash (where the
 * browser host's token arrives).
 */
export function connect(): Connection {
  if (connection) return connection;
  if (window.workbench) {
    connection = { client: createApiClient(bridgeTransport(window.workbench)), tokenMissing: false };
  } else {
    const token = takeSessionToken();
    connection = token
      ? { client: createApiClient(createHttpTransport({ token })), tokenMissing: false }
      : { client: null, tokenMissing: true };
  }
  return connection;
}

export { ApiError } from './api-error';
export type { ApiClient } from './client';
