import { AppError } from '../errors';

const DAY_MS = 86_400_000;
/** The period when the call names none: the 90 days up to today. */
const DEFAULT_DAYS = 90;

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Milliseconds at the start (00:00 UTC) of an ISO day. */
const startOf = (day: string) => Date.parse(`${day}T00:00:00Z`);
export const addDays = (day: string, days: number) => dayOf(startOf(day) + days * DAY_MS);

/** A period of whole UTC days, both ends included, with its bounds in seconds for SQL ([start, end)). */
export interface ResolvedPeriod {
  from: string;
  to: string;
  days: number;
  start: number;
  end: number;
}

/**
 * The period a call asks for: to defaults to today (by the call's clock), from to the 89 days before
 * to; from after to (only a from given can be) is VALIDATION naming both days.
 */
export function healthPeriod(request: { from?: string; to?: string }, now: Date): ResolvedPeriod {
  const to = request.to ?? dayOf(now.getTime());
  const from = request.from ?? addDays(to, 1 - DEFAULT_DAYS);
  if (from > to) {
    throw new AppError('VALIDATION', `The period starts on ${from}, after it ends on ${to}: choose a start on or before the end.`, {
      key: 'errors.healthPeriodReversed',
      params: { from, to },
      issues: [{ path: ['from'], message: `expected a day on or before ${to}` }],
    });
  }
  const start = startOf(from) / 1000;
  const end = startOf(to) / 1000 + DAY_MS / 1000;
  return { from, to, days: Math.round((end - start) / (DAY_MS / 1000)), start, end };
}
