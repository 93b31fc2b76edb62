import path from 'node:path';
import { app, utilityProcess, type UtilityProcess } from 'electron';
import type { MethodInput, MethodName, MethodOutput, Result, RpcError } from '@api/index';
import { CORE_ENV, CORE_NODE_FLAGS, type CoreEvent, type CoreMessage, type CoreRequest } from './core-protocol';
import { failure, PendingCalls } from './pending-calls';

/** How long the core may take to close the workspace before it is killed (its lock is then taken over on next start). */
const SHUTDOWN_TIMEOUT_MS = 10_000;
/** A core that keeps dying is not restarted forever. */
const MAX_RESTARTS = 3;

export interface CoreListeners {
  onEvent(event: CoreEvent): void;
  onStartupError(error: RpcError): void;
  onCrash(exitCode: number, willRestart: boolean): void;
}

/**
 * The main process's handle on the core, which runs in a utilityProcess (out/main/core.js, built from
 * main/rpc/core-process.ts). Calls carry a request id and are answered by id; events are passed on.
 */
export class CoreProcess {
  private readonly pending = new PendingCalls();
  private child: UtilityProcess;
  private running = false;
  private restarts = 0;
  private stopping: Promise<void> | null = null;

  constructor(private readonly listeners: CoreListeners) {
    this.child = this.fork();
  }

  /** Relays one call; the answer is always a Result, also when the core is not running. */
  call(method: string, input: unknown): Promise<Result<unknown>> {
    if (!this.running || this.stopping) return Promise.resolve(failure({ code: 'INTERNAL', message: 'The workbench core is not running.' }));
    const { id, reply } = this.pending.open();
    this.post({ id, method, input });
    return reply;
  }

  /** A typed call, for the shell's own requests (menu actions). */
  request<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
    // Handlers are typed against the contract, so a successful answer carries the method's output.
    return this.call(method, input) as Promise<Result<MethodOutput<M>>>;
  }

  get stopped(): boolean {
    return !this.running && this.stopping !== null;
  }

  /** Asks the core to close the workspace (releasing its lock) and waits for it to exit. */
  shutdown(): Promise<void> {
    this.stopping ??= new Promise<void>((resolve) => {
      if (!this.running) return resolve();
      const timer = setTimeout(() => this.child.kill(), SHUTDOWN_TIMEOUT_MS);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      this.post({ shutdown: true });
    });
    return this.stopping;
  }

  private fork(): UtilityProcess {
    const child = utilityProcess.fork(path.join(__dirname, 'core.js'), [], {
      serviceName: 'Insight Community Workbench core',
      execArgv: CORE_NODE_FLAGS,
      env: { ...process.env, [CORE_ENV.homeDir]: app.getPath('userData'), [CORE_ENV.version]: app.getVersion() },
    });
    this.running = true;
    child.on('message', (message: CoreMessage) => this.receive(message));
    child.once('exit', (code) => this.exited(code));
    return child;
  }

  private post(request: CoreRequest): void {
    this.child.postMessage(request);
  }

  private receive(message: CoreMessage): void {
    if ('result' in message) this.pending.settle(message.id, message.result);
    else if ('event' in message) this.listeners.onEvent(message);
    else this.listeners.onStartupError(message.startupError);
  }

  private exited(code: number): void {
    this.running = false;
    this.pending.failAll({ code: 'INTERNAL', message: `The workbench core stopped (exit code ${code}) before answering.` });
    if (this.stopping) return;
    const willRestart = this.restarts < MAX_RESTARTS;
    // Restart before telling the user: the error box may block the main process until it is closed.
    if (willRestart) {
      this.restarts++;
      this.child = this.fork();
    }
    this.listeners.onCrash(code, willRestart);
  }
}
