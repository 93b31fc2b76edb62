import { z } from 'zod';
import { jobState } from './jobs';

/** Push events. They are hints: the state behind them can always be read with a method. */
export const events = {
  'job.progress': jobState,
  'workspace.changed': z.object({ path: z.string() }),
};
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
