import { useState } from 'react';
import type { MethodInput } from '@api/index';
import type { QualityFlagKind, ResponseStatus } from '@model/responses/response-kinds';

/** Responses per page. */
export const PAGE_SIZE = 50;

/** The flag filter: every response, any flag, none, or one kind. */
export type FlagFilter = 'any' | 'flagged' | 'unflagged' | QualityFlagKind;

export interface ListFilter {
  status: ResponseStatus[];
  flag: FlagFilter;
}

/** As responses.list lists by default: drafts and complete responses, void ones when asked for. */
const defaultFilter: ListFilter = { status: ['draft', 'complete'], flag: 'any' };

/** The filter as responses.list takes it, for one page (the cursor the previous page gave; null: the first). */
export function listInput(surveyVersionId: string, filter: ListFilter, cursor: string | null): MethodInput<'responses.list'> {
  const { flag } = filter;
  return {
    surveyVersionId,
    status: filter.status,
    flags: flag === 'any' || flag === 'flagged' || flag === 'unflagged' ? null : [flag],
    flagged: flag === 'flagged' ? true : flag === 'unflagged' ? false : null,
    memberId: null,
    cursor,
    limit: PAGE_SIZE,
  };
}

export interface ListQuery {
  filter: ListFilter;
  setFilter(filter: ListFilter): void;
  /** The cursors of the pages read so far, the current one last (null: the first page). */
  cursors: readonly (string | null)[];
  next(cursor: string): void;
  previous(): void;
}

/**
 * What the list shows: the filter (kept when another version is chosen) and the page, which starts
 * again at the first when the filter or the version changes.
 */
export function useListQuery(versionId: string | null): ListQuery {
  const [filter, setFilterState] = useState(defaultFilter);
  const [paging, setPaging] = useState<{ versionId: string | null; cursors: (string | null)[] }>({ versionId, cursors: [null] });
  const cursors = paging.versionId === versionId ? paging.cursors : [null];
  return {
    filter,
    setFilter: (next) => {
      setFilterState(next);
      setPaging({ versionId, cursors: [null] });
    },
    cursors,
    next: (cursor) => setPaging({ versionId, cursors: [...cursors, cursor] }),
    previous: () => setPaging({ versionId, cursors: cursors.length > 1 ? cursors.slice(0, -1) : [null] }),
  };
}
