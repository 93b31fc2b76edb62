import type { EventName, EventPayload, MethodInput, MethodName, MethodOutput } from '@api/index';
import { ApiError, type ApiClient } from '@renderer/api';

export type FakeHandlers = { [M in MethodName]?: (input: MethodInput<M>) => MethodOutput<M> };

/** An ApiClient answering from handlers the test can swap, with events the test emits. */
export function fakeClient(handlers: FakeHandlers) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: { method: MethodName; input: unknown }[] = [];

  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    calls.push({ method, input });
    const handler = handlers[method] as ((input: MethodInput<M>) => MethodOutput<M>) | undefined;
    if (!handler) throw new ApiError({ code: 'NOT_FOUND', message: `The fake has no ${method}.` });
    return handler(input);
  }

  function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    const untyped = listener as (payload: unknown) => void;
    set.add(untyped);
    return () => set.delete(untyped);
  }

  const client: ApiClient = { call, on, onResync: () => () => undefined };
  return {
    client,
    handlers,
    calls,
    callsOf: (method: MethodName) => calls.filter((c) => c.method === method),
    emit<E extends EventName>(event: E, payload: EventPayload<E>) {
      listeners.get(event)?.forEach((listener) => listener(payload));
    },
  };
}
