import type { Result, RpcError } from '@api/index';

/** A failed Result, built here rather than with @api's helpers, which would pull the zod contract into the main process. */
export const failure = (error: RpcError): Result<never> => ({ ok: false, error });

/** Calls sent to the core process and not answered yet, matched to their replies by request id. */
export class PendingCalls {
  private nextId = 1;
  private readonly waiting = new Map<number, (result: Result<unknown>) => void>();

  /** Registers a call; send the id with the request and await `reply`. */
  open(): { id: number; reply: Promise<Result<unknown>> } {
    const id = this.nextId++;
    const reply = new Promise<Result<unknown>>((resolve) => this.waiting.set(id, resolve));
    return { id, reply };
  }

  /** Delivers a reply; false when no call waits for that id (e.g. it was already failed). */
  settle(id: number, result: Result<unknown>): boolean {
    const resolve = this.waiting.get(id);
    if (!resolve) return false;
    this.waiting.delete(id);
    resolve(result);
    return true;
  }

  /** Answers every waiting call with the same error, e.g. when the core process stopped. */
  failAll(error: RpcError): void {
    for (const id of [...this.waiting.keys()]) this.settle(id, failure(error));
  }

  get size(): number {
    return this.waiting.size;
  }
}
