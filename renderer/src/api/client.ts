import type { EventName, EventPayload, MethodInput, MethodName, MethodOutput } from '@api/index';
import { ApiError } from './api-error';
import type { Transport } from './transport';

/** The contract's methods and events, typed from main/api. */
export interface ApiClient {
  /** Resolves with the method's output, or rejects with an ApiError carrying the core's error. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Subscribes to a push event (a hint: read the state with a method); returns the unsubscribe. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  onResync(listener: () => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await transport.call(method, input);
    if (!result.ok) throw new ApiError(result.error);
    // The core parsed the input and its handler is typed against this method's output schema.
    return result.data as MethodOutput<M>;
  }

  function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return transport.on(event, (payload) => listener(payload as EventPayload<E>));
  }

  return { call, on, onResync: (listener) => transport.onResync(listener) };
}
