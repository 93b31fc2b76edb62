import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '@renderer/api';

export interface AsyncState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  /** Loads again; the current data stays on screen until the answer arrives. */
  reload(): void;
}

/**
 * Runs an async load when its dependencies change and on reload(). Only the latest answer is
 * kept, so a slow earlier one can never overwrite a newer one.
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const latest = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what load depends on, as with useEffect.
  const stableLoad = useCallback(load, deps);

  const reload = useCallback(() => {
    const request = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    stableLoad().then(
      (data) => request === latest.current && setState({ data, error: null, loading: false }),
      (err: unknown) => request === latest.current && setState({ data: null, error: ApiError.from(err), loading: false }),
    );
  }, [stableLoad]);

  useEffect(() => {
    reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a request counter, not a DOM ref: answers after unmount (or after the deps changed) are dropped.
    return () => void ++latest.current;
  }, [reload]);

  return { ...state, reload };
}
