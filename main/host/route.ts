import type { IncomingMessage, ServerResponse } from 'node:http';

/** urlPath is the request path without the query string, still percent-encoded. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, urlPath: string) => Promise<void>;

export interface Route {
  methods: readonly string[];
  /** Static files and one-time download links cannot carry a header: a browser navigates to them. */
  needsToken: boolean;
  handle: RouteHandler;
}

export interface ApiRoute extends Route {
  matches(urlPath: string): boolean;
}
