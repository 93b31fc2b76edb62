/**
 * Messages between the main process and the core's utilityProcess (main/rpc/core-process.ts).
 * Shared by both sides, so this module must never import electron.
 */
import type { EventName, EventPayload, Result, RpcError } from '@api/index';

/** Environment variables through which the main process configures the core. */
export const CORE_ENV = { homeDir: 'WORKBENCH_HOME', version: 'WORKBENCH_VERSION' } as const;

/**
 * V8 flags for every process that runs the core. A larger young generation lets an import's short-lived
 * rows die young instead of being copied out: a large activity import's reading takes a sixth less time.
 * 32 MB, not 64: at 64 the million-member import peaked at 407 MB (target 400). The browser host's
 * launchers (package.json's `serve`, start.mjs) pass the same; a test keeps them in step.
 */
export const CORE_NODE_FLAGS = ['--max-semi-space-size=32'];

export type CoreCall = { id: number; method: string; input: unknown };
/** Main → core. */
export type CoreRequest = CoreCall | { shutdown: true };

export type CoreEvent = { event: EventName; payload: EventPayload<EventName> };
/** Core → main. `startupError`: the usual workspace could not be opened, so the core runs without one. */
export type CoreMessage = { id: number; result: Result<unknown> } | CoreEvent | { startupError: RpcError };
