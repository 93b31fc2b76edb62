import type { Result } from '@api/result';
import { openEventStream, type EventStreamOptions } from './event-stream';
import type { ServerSentEvent } from './sse-parser';
import type { Transport } from './transport';

export interface HttpTransportOptions {
  token: string;
  /** Origin of the browser host; the page's own by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Reconnection delays of the event stream. */
  backoff?: EventStreamOptions['backoff'];
}

const isResult = (value: unknown): value is Result<unknown> => {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value;
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null;
};

async function readResult(response: Response): Promise<Result<unknown>> {
  try {
    const body: unknown = await response.json();
    if (isResult(body)) return body;
  } catch {
    // Not JSON: answered below like any other unexpected body.
  }
  return {
    ok: false,
    error: {
      code: 'INTERNAL',
      message: `The workbench sent an unexpected answer (HTTP ${response.status}).`,
      key: 'errors.badResponse',
      params: { status: response.status },
    },
  };
}

/** Calls and events over HTTP to the browser host: POST /rpc/<method>, GET /events (SSE). */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const baseUrl = options.baseUrl ?? '';
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const auth = { Authorization: `Bearer ${options.token}` };
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const resyncListeners = new Set<() => void>();
  let closeStream: (() => void) | null = null;

  const deliver = ({ event, data }: ServerSentEvent) => {
    const targets = listeners.get(event);
    if (!targets) return;
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      console.warn(`Ignored the "${event}" event: its data is not JSON.`);
      return;
    }
    for (const listener of targets) listener(payload);
  };

  // One stream for all listeners, open while anyone listens.
  const updateStream = () => {
    const wanted = resyncListeners.size > 0 || [...listeners.values()].some((set) => set.size > 0);
    if (wanted && !closeStream) {
      closeStream = openEventStream({
        url: `${baseUrl}/events`,
        headers: auth,
        fetch: fetchImpl,
        backoff: options.backoff,
        onEvent: deliver,
        onOpen: () => resyncListeners.forEach((listener) => listener()),
      });
    } else if (!wanted && closeStream) {
      closeStream();
      closeStream = null;
    }
  };

  const subscribe = <T>(set: Set<T>, listener: T) => {
    set.add(listener);
    updateStream();
    return () => {
      set.delete(listener);
      updateStream();
    };
  };

  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await fetchImpl(`${baseUrl}/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch (err) {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: `The workbench cannot be reached: ${err instanceof Error ? err.message : String(err)}`,
            key: 'errors.hostUnreachable',
          },
        };
      }
      // Errors come with a non-200 status but still as a Result.
      return readResult(response);
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      return subscribe(set, listener);
    },
    onResync: (listener) => subscribe(resyncListeners, listener),
  };
}
