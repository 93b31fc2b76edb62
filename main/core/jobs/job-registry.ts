import { randomUUID } from 'node:crypto';
import type { JobState } from '@api/jobs';
import { AppError, CancelledError } from '../errors';

type Json = JobState['result'];

export interface JobContext {
  readonly signal: AbortSignal;
  /** Report progress; events are throttled, the state is always current. */
  progress(done: number, total?: number | null, phase?: string | null): void;
  /** Yield to the event loop between chunks, and stop here if the job was cancelled. */
  checkpoint(): Promise<void>;
}

export type JobBody = (ctx: JobContext) => Promise<Json>;

interface Entry {
  state: JobState;
  controller: AbortController;
  settled: Promise<void>;
  /** Run when the body has ended, before the end is reported (e.g. deleting the upload an import read). */
  cleanups: ((state: JobState) => Promise<void>)[];
}

const PROGRESS_EVENT_INTERVAL_MS = 100;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Long work (imports, exports, merges, demo generation) as cancellable jobs with progress. */
export class JobRegistry {
  private readonly jobs = new Map<string, Entry>();

  constructor(
    private readonly emit: (state: JobState) => void,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = randomUUID,
  ) {}

  start(kind: string, body: JobBody): JobState {
    const controller = new AbortController();
    const state: JobState = {
      id: this.newId(),
      kind,
      state: 'running',
      progress: { done: 0, total: null, phase: null },
      startedAt: this.now().toISOString(),
      finishedAt: null,
      result: null,
      error: null,
    };
    let lastEmit = 0;
    const ctx: JobContext = {
      signal: controller.signal,
      progress: (done, total, phase) => {
        state.progress = {
          done,
          total: total === undefined ? state.progress.total : total,
          phase: phase === undefined ? state.progress.phase : phase,
        };
        const t = this.now().getTime();
        if (t - lastEmit >= PROGRESS_EVENT_INTERVAL_MS) {
          lastEmit = t;
          this.emit(structuredClone(state));
        }
      },
      checkpoint: async () => {
        await yieldToEventLoop();
        if (controller.signal.aborted) throw new CancelledError();
      },
    };
    const cleanups: Entry['cleanups'] = [];
    const settled = Promise.resolve()
      .then(() => body(ctx))
      .then(
        (result) => {
          if (controller.signal.aborted) throw new CancelledError();
          state.state = 'succeeded';
          state.result = result;
        },
      )
      .catch((err: unknown) => {
        if (err instanceof CancelledError || controller.signal.aborted) {
          state.state = 'cancelled';
          state.error = { code: 'CANCELLED', message: new CancelledError().message };
        } else {
          state.state = 'failed';
          state.error =
            err instanceof AppError
              ? { code: err.code, message: err.message }
              : { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };
        }
      })
      .then(async () => {
        // A cleanup added while another runs is run too.
        for (let cleanup = cleanups.shift(); cleanup; cleanup = cleanups.shift()) await cleanup(structuredClone(state)).catch(() => undefined);
        state.finishedAt = this.now().toISOString();
        this.emit(structuredClone(state));
      });
    this.jobs.set(state.id, { state, controller, settled, cleanups });
    this.emit(structuredClone(state));
    return structuredClone(state);
  }

  private entry(jobId: string): Entry {
    const entry = this.jobs.get(jobId);
    if (!entry) throw new AppError('NOT_FOUND', `There is no job ${jobId}.`, { key: 'errors.jobMissing', params: { jobId } });
    return entry;
  }

  get(jobId: string): JobState {
    return structuredClone(this.entry(jobId).state);
  }

  async wait(jobId: string, timeoutMs: number): Promise<JobState> {
    const entry = this.entry(jobId);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([entry.settled, timeout]);
    clearTimeout(timer);
    return structuredClone(entry.state);
  }

  /** Cancels and waits until the job has rolled back, so the answer is its final state. */
  async cancel(jobId: string): Promise<JobState> {
    const entry = this.entry(jobId);
    entry.controller.abort();
    await entry.settled;
    return structuredClone(entry.state);
  }

  /**
   * Runs cleanup once the job's body has ended, before jobs.wait or an event reports the end; at
   * once when it has ended already. A failing cleanup does not change the job's outcome.
   */
  whenEnded(jobId: string, cleanup: (state: JobState) => Promise<void>): Promise<void> {
    const entry = this.entry(jobId);
    if (entry.state.finishedAt === null) {
      entry.cleanups.push(cleanup);
      return entry.settled;
    }
    return cleanup(structuredClone(entry.state)).catch(() => undefined);
  }

  private running(): Entry[] {
    return [...this.jobs.values()].filter((e) => e.state.state === 'running');
  }

  get anyRunning(): boolean {
    return this.running().length > 0;
  }

  /** Resolves when no job is running (jobs started meanwhile are waited for too). */
  async whenIdle(): Promise<void> {
    for (let running = this.running(); running.length > 0; running = this.running()) await Promise.all(running.map((e) => e.settled));
  }

  /** Replaces the results of finished jobs (erasure removes personal data from them). */
  rewriteResults(rewrite: (result: Json, jobId: string) => Json): void {
    for (const { state } of this.jobs.values()) if (state.state !== 'running') state.result = rewrite(state.result, state.id);
  }

  list(): JobState[] {
    return [...this.jobs.values()].map((e) => structuredClone(e.state)).reverse();
  }

  /** Cancels everything still running (used when the workspace closes). */
  async cancelAll(): Promise<void> {
    await Promise.all(this.running().map((e) => this.cancel(e.state.id)));
  }
}
