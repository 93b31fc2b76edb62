import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '@renderer/api';

export interface Page<T> {
  rows: T[];
  nextCursor: string | null;
}

export interface PagedList<T> {
  rows: T[];
  /** True while more pages can be read. */
  more: boolean;
  loading: boolean;
  error: ApiError | null;
  loadMore(): void;
}

/**
 * A keyset-paged list (campaign members, contact history): the first page whenever `fetchPage`
 * or `version` changes, further pages on loadMore. Only the latest request's answer is kept.
 */
export function usePagedList<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>, version: number): PagedList<T> {
  const [rows, setRows] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef(0);

  const load = useCallback(
    (after: string | null) => {
      const request = ++latest.current;
      setLoading(true);
      fetchPage(after).then(
        (page) => {
          if (request !== latest.current) return;
          setRows((current) => (after === null ? page.rows : [...current, ...page.rows]));
          setCursor(page.nextCursor);
          setError(null);
          setLoading(false);
        },
        (err: unknown) => {
          if (request !== latest.current) return;
          setError(ApiError.from(err));
          setLoading(false);
        },
      );
    },
    [fetchPage],
  );

  useEffect(() => {
    load(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a request counter, not a DOM ref: answers after unmount are dropped.
    return () => void ++latest.current;
  }, [load, version]);

  return { rows, more: cursor !== null, loading, error, loadMore: () => load(cursor) };
}
