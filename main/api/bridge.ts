import type { Result } from './result';

/** What the preload exposes as window.workbench (Electron); the browser host offers the same over HTTP. */
export interface WorkbenchBridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribe to a push event; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}
