import type { EventName } from '@api/events';
import type { EventSink } from '../core/session';

export type EventListener = (event: EventName, payload: unknown) => void;

/** Fans the session's push events out to every connected event stream. */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  /** Pass this as the Session's emit option. */
  readonly emit: EventSink = (event, payload) => {
    for (const listener of this.listeners) listener(event, payload);
  };

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }
}
