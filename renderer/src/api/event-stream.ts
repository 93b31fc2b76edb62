import { createSseParser, type ServerSentEvent } from './sse-parser';

export interface EventStreamOptions {
  url: string;
  headers: Record<string, string>;
  onEvent(event: ServerSentEvent): void;
  /** Each successful (re)connection. */
  onOpen(): void;
  fetch?: typeof fetch;
  /** Reconnection delays: doubling from the first to the longest. */
  backoff?: { firstMs: number; maxMs: number };
}

const DEFAULT_BACKOFF = { firstMs: 500, maxMs: 15_000 };

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Reads Server-Sent Events with fetch rather than EventSource, so the bearer token travels in a
 * header instead of the URL, and reconnects with backoff when the stream drops. Returns close().
 */
export function openEventStream(options: EventStreamOptions): () => void {
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const { firstMs, maxMs } = options.backoff ?? DEFAULT_BACKOFF;
  const controller = new AbortController();
  const { signal } = controller;

  const readOnce = async () => {
    const response = await fetchImpl(options.url, { headers: { Accept: 'text/event-stream', ...options.headers }, signal });
    if (!response.ok || !response.body) throw new Error(`The event stream answered HTTP ${response.status}.`);
    options.onOpen();
    const parser = createSseParser();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      parser.push(value).forEach(options.onEvent);
    }
  };

  const run = async () => {
    let delay = firstMs;
    while (!signal.aborted) {
      const startedAt = Date.now();
      try {
        await readOnce();
      } catch {
        // Dropped or refused: try again below, unless we were closed.
      }
      if (signal.aborted) return;
      // A stream that stayed up for a while was healthy: start the backoff afresh.
      if (Date.now() - startedAt > maxMs) delay = firstMs;
      await sleep(delay, signal);
      delay = Math.min(delay * 2, maxMs);
    }
  };

  void run();
  return () => controller.abort();
}
