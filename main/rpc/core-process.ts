/**
 * The core as Electron runs it: a utilityProcess forked by the main process (main/shell/core-process-client.ts),
 * so parsing, statistics or a slow query never freeze the window. Plain Node: it never imports electron;
 * it talks to the main process through the parentPort that Electron adds to `process`.
 */
import type { RpcError } from '@api/index';
import { AppError } from '../core/errors';
import { Session, type SessionOptions } from '../core/session';
import { CORE_ENV, type CoreCall, type CoreMessage, type CoreRequest } from '../shell/core-protocol';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { startCore } from './start-core';

/** The part of Electron's ParentPort the core uses, typed here so the core needs no electron types. */
interface ParentPort {
  on(event: 'message', listener: (message: { data: CoreRequest }) => void): void;
  postMessage(message: CoreMessage): void;
}

interface ServingCore {
  dispatch: Dispatch;
  shutdown(): Promise<void>;
}

function parentPortOf(proc: NodeJS.Process): ParentPort {
  const port: unknown = Reflect.get(proc, 'parentPort');
  if (!port) throw new Error('core-process runs only inside an Electron utilityProcess (process.parentPort is missing).');
  return port as ParentPort;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`core-process needs ${name} from the main process.`);
  return value;
}

const toRpcError = (err: unknown): RpcError =>
  err instanceof AppError
    ? { code: err.code, message: err.message, ...err.extra }
    : { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };

const isCall = (request: CoreRequest): request is CoreCall => 'method' in request && typeof request.method === 'string';

/**
 * Opens the usual workspace; if that fails (e.g. it is open in the browser host), keeps a core with no
 * workspace so the user can still create or open one from the File menu.
 */
async function startServing(options: SessionOptions, port: ParentPort): Promise<ServingCore> {
  try {
    return await startCore(options);
  } catch (err) {
    port.postMessage({ startupError: toRpcError(err) });
    const session = new Session(options);
    return { dispatch: createDispatch(createHandlers(session)), shutdown: () => session.closeWorkspace() };
  }
}

function main(): void {
  const port = parentPortOf(process);
  const core = startServing(
    {
      host: 'electron',
      version: requiredEnv(CORE_ENV.version),
      homeDir: requiredEnv(CORE_ENV.homeDir),
      // Paths come from native dialogs, so any folder the user picks is allowed.
      allowedDirs: null,
      emit: (event, payload) => port.postMessage({ event, payload }),
    },
    port,
  );

  port.on('message', ({ data: request }) => {
    if (isCall(request)) {
      // Every call gets an answer, even when the core could not start at all.
      void core
        .then((c) => c.dispatch(request.method, request.input))
        .catch((err: unknown) => ({ ok: false as const, error: toRpcError(err) }))
        .then((result) => port.postMessage({ id: request.id, result }));
    } else if ('shutdown' in request) {
      // Closing the workspace releases its lock; the process exit is the main process's acknowledgement.
      void core
        .then((c) => c.shutdown())
        .catch((err: unknown) => console.error('Closing the workspace failed:', err))
        .finally(() => process.exit(0));
    }
  });
}

main();
