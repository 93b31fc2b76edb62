/** A fixed clock that advances one second per reading, so timestamps are distinct and repeatable. */
export function fixedClock(start = '2026-01-15T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}

/** Sequential ids: job-1, job-2, … */
export function fixedIds(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
