import type { EventHub } from './event-hub';
import type { RouteHandler } from './route';

/** A client that stops reading is dropped rather than buffered without end; it can re-read state. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/**
 * GET /events: the session's push events as Server-Sent Events. Clients read it with fetch, so
 * the bearer token travels in a header. Comments keep idle connections (and proxies) awake.
 */
export function eventsRoute(hub: EventHub, keepAliveMs: number): RouteHandler {
  return async (_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no',
    });
    const send = (text: string) => {
      if (res.writableLength > MAX_BUFFERED_BYTES) res.destroy();
      else res.write(text);
    };
    // Sent at once so the client's fetch resolves before the first event.
    send(': connected\n\n');
    const unsubscribe = hub.subscribe((event, payload) => send(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`));
    const keepAlive = setInterval(() => send(': keep-alive\n\n'), keepAliveMs);
    res.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  };
}
