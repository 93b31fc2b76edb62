import type { AnswerValue } from '@model/responses/answer-value';
import { ApiError } from '@renderer/api';

/** One answer as collect.answer takes it: the value given and the time spent on it since the last one sent. */
export interface SavedAnswer {
  questionId: string;
  value: AnswerValue;
  ms: number;
}

export type SaveState = { status: 'saving' | 'saved' } | { status: 'failed'; error: ApiError };

/**
 * The kiosk's answers on their way to collect.answer, which returns only once an answer is durable:
 * one call at a time, in the order given, so a later answer never lands before an earlier one. An
 * answer that waits behind the call in flight is merged with a newer one to the same question (the
 * latest value, the times added), so typing sends at most one call behind the one in flight. A failed
 * answer stops the queue and is kept, to be sent again on retry; nothing is reported saved that the
 * core has not acknowledged.
 */
export class AnswerSaver {
  private readonly waiting: SavedAnswer[] = [];
  private inFlight = false;
  /** Between the first call and the last acknowledgement: 'saving' is said once for the run. */
  private saving = false;
  private failure: ApiError | null = null;
  private flushes: { resolve(): void; reject(err: ApiError): void }[] = [];

  constructor(
    private readonly send: (answer: SavedAnswer) => Promise<unknown>,
    private readonly onState: (state: SaveState) => void,
  ) {}

  save(questionId: string, value: AnswerValue, ms: number): void {
    this.enqueue({ questionId, value, ms });
    this.pump();
  }

  /** After a failure: send the kept answers again. */
  retry(): void {
    this.failure = null;
    this.pump();
  }

  /** Resolves once every answer given so far is acknowledged; rejects with the failure that stopped them. */
  flush(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (!this.inFlight && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => this.flushes.push({ resolve, reject }));
  }

  private enqueue(answer: SavedAnswer, first = false): void {
    const same = this.waiting.find((w) => w.questionId === answer.questionId);
    if (same) {
      // A failed answer put back keeps its place but not its value: the newer one waiting wins.
      if (!first) same.value = answer.value;
      same.ms += answer.ms;
    } else if (first) this.waiting.unshift(answer);
    else this.waiting.push(answer);
  }

  private pump(): void {
    if (this.inFlight || this.failure) return;
    const next = this.waiting.shift();
    if (!next) return;
    if (!this.saving) this.onState({ status: 'saving' });
    this.inFlight = true;
    this.saving = true;
    this.send(next).then(
      () => {
        this.inFlight = false;
        if (this.waiting.length > 0) return this.pump();
        this.saving = false;
        this.onState({ status: 'saved' });
        this.settle((f) => f.resolve());
      },
      (err: unknown) => {
        this.inFlight = false;
        this.saving = false;
        this.enqueue(next, true);
        this.failure = ApiError.from(err);
        this.onState({ status: 'failed', error: this.failure });
        const failure = this.failure;
        this.settle((f) => f.reject(failure));
      },
    );
  }

  private settle(each: (f: { resolve(): void; reject(err: ApiError): void }) => void): void {
    const flushes = this.flushes;
    this.flushes = [];
    flushes.forEach(each);
  }
}
