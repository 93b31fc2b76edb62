import type { WorkbenchBridge } from '@api/bridge';

/** How calls and events travel: the Electron preload bridge, or HTTP to the browser host. */
export interface Transport extends WorkbenchBridge {
  /**
   * Called whenever the event stream (re)connects: events sent while it was down are lost, so
   * whoever shows state should read it again.
   */
  onResync(listener: () => void): () => void;
}

/** The preload bridge never drops events, so it never asks for a resync. */
export const bridgeTransport = (bridge: WorkbenchBridge): Transport => ({
  call: (method, input) => bridge.call(method, input),
  on: (event, listener) => bridge.on(event, listener),
  onResync: () => () => undefined,
});
