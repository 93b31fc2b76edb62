import { useCallback, useMemo, useRef, useState } from 'react';
import type { MemberSort, SavedView } from '@api/members';
import type { Filter } from '@model/filter/filter';
import type { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { useAsync } from '@renderer/hooks/use-async';
import { defaultColumns, isMemberColumnId, type MemberColumnId } from './member-columns';
import { MemberPages } from './member-pages';
import { noSelection, type Selection } from './selection';

export interface MembersQuery {
  filter: Filter | null;
  /** The quick search as sent (already debounced); '' for none. */
  search: string;
  sort: MemberSort | null;
}

const listQuery = ({ filter, search, sort }: MembersQuery) => ({ filter, search: search || null, sort });

const COLUMNS_KEY = 'workbench.panel.columns';

function storedColumns(): MemberColumnId[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null');
    if (Array.isArray(stored) && stored.every((c) => typeof c === 'string')) {
      const known = stored.filter(isMemberColumnId);
      if (known.length) return known;
    }
  } catch {
    // Unreadable: the defaults below.
  }
  return [...defaultColumns];
}

/** The columns of a saved view, or the defaults when it names none we know. */
function viewColumns(view: SavedView): MemberColumnId[] {
  const known = view.columns.filter(isMemberColumnId);
  return known.length ? known : [...defaultColumns];
}

export interface MembersBrowser {
  query: MembersQuery;
  setQuery(update: (query: MembersQuery) => MembersQuery): void;
  columns: MemberColumnId[];
  setColumns(columns: MemberColumnId[]): void;
  /** The saved view last loaded or saved, whose settings the table started from. */
  view: SavedView | null;
  applyView(view: SavedView | null): void;
  /** Every member again: no filter, no quick search, and so no saved view either. */
  clearSearchAndFilter(): void;
  selection: Selection;
  setSelection(selection: Selection): void;
  pages: MemberPages;
  /** members.count for the query; null while it is being counted. */
  total: number | null;
  countError: ApiError | null;
  /** Reads the rows and the count again (after an edit, an import or a bulk action). */
  refresh(): void;
  /** Where the table was scrolled to, so coming back from a member finds the same place. */
  scrollTop: { current: number };
}

/**
 * The members table's state: query (filter, quick search, sort), columns, saved view, selection and
 * the rows read so far. It lives above the panel's pages, so opening a member and coming back keeps
 * the place in the table.
 */
export function useMembersBrowser(): MembersBrowser {
  const api = useApi();
  const [query, setQueryState] = useState<MembersQuery>({ filter: null, search: '', sort: null });
  const [columns, setColumnsState] = useState<MemberColumnId[]>(storedColumns);
  const [view, setView] = useState<SavedView | null>(null);
  const [selection, setSelection] = useState<Selection>(noSelection);
  const [generation, setGeneration] = useState(0);
  const scrollTop = useRef(0);

  const pages = useMemo(
    () =>
      new MemberPages(
        (cursor, limit) => api.call('members.list', { ...listQuery(query), cursor, limit }),
        (position) => api.call('members.cursorAt', { ...listQuery(query), position }),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- generation: a refresh reads everything again.
    [api, query, generation],
  );
  const count = useAsync(() => api.call('members.count', { filter: query.filter, search: query.search || null }), [api, query, generation]);

  const current = useRef(query);
  const setQuery = useCallback((update: (query: MembersQuery) => MembersQuery) => {
    const next = update(current.current);
    if (next === current.current) return;
    current.current = next;
    setQueryState(next);
    // Another set of members: the old selection and scroll position mean nothing there.
    setSelection(noSelection);
    scrollTop.current = 0;
  }, []);

  const setColumns = useCallback((next: MemberColumnId[]) => {
    setColumnsState(next);
    localStorage.setItem(COLUMNS_KEY, JSON.stringify(next));
  }, []);

  const applyView = useCallback(
    (next: SavedView | null) => {
      setView(next);
      if (!next) return;
      setQuery(() => ({ filter: next.filter, search: next.search ?? '', sort: next.sort }));
      setColumns(viewColumns(next));
    },
    [setQuery, setColumns],
  );

  const clearSearchAndFilter = useCallback(() => {
    setView(null);
    setQuery((q) => ({ ...q, filter: null, search: '' }));
  }, [setQuery]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  return {
    query,
    setQuery,
    columns,
    setColumns,
    view,
    applyView,
    clearSearchAndFilter,
    selection,
    setSelection,
    pages,
    // While a new count runs, the old one would describe other members.
    total: count.loading ? null : (count.data?.total ?? null),
    countError: count.error,
    refresh,
    scrollTop,
  };
}
