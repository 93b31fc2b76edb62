import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delayMs` (at once on the first render). The
 * designer checks its rules and saves on the settled definition, so a keystroke only pays for the
 * live estimate: checking a 200-question survey takes tens of milliseconds, too long for every key.
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
