import { useCallback, useState } from 'react';
import { ApiError } from '@renderer/api';

export interface ActionState<A extends unknown[]> {
  run(...args: A): Promise<void>;
  busy: boolean;
  error: ApiError | null;
}

/** A user action that calls the core: busy while it runs, and the error it ended with. */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<void>): ActionState<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(
    async (...args: A) => {
      setBusy(true);
      setError(null);
      try {
        await action(...args);
      } catch (err) {
        setError(ApiError.from(err));
      } finally {
        setBusy(false);
      }
    },
    [action],
  );
  return { run, busy, error };
}
