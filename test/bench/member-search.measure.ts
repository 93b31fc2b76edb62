import type { Measurement } from './measurement';
import { startBenchCore } from './bench-core';
import { timed } from './members-list.measure';

const PAGE = 100;
/** Calls a few milliseconds long vary from call to call: the median of many. */
const CALLS = 41;
const WARM_UP_CALLS = 20;

/**
 * Quick-search terms that hit the generated import (member-import.bench.ts): Latin, Cyrillic and
 * Chinese names (trigram index; 小明 is two characters, so the word index), an email fragment, and a
 * short prefix (the word index only).
 */
const SEARCH_TERMS = ['Müller', 'Дмитрий', '小明', 'example17', 'Ol'] as const;

export interface SearchFixture {
  /** Members in the workspace, for the lines. */
  members: number;
}

/**
 * The members table's calls on a workspace an import filled: for each term, members.count and the
 * first page of members.list with that quick search; then the first page sorted by name. One line
 * per call (median of the timed runs after a first one, once every call has been warmed up), so two
 * builds' imports can be compared on the search indexes each built.
 */
export async function measureMemberSearch(file: string, { members }: SearchFixture): Promise<Measurement[]> {
  const core = await startBenchCore({ open: file });
  try {
    // Every call once warmed (its code compiled by the JIT) before any is timed: otherwise the first
    // measured term also pays for compiling the path all of them share, and the two builds' code differs.
    const searchPage = (search: string) => () => core.call('members.list', { search, limit: PAGE });
    const byNamePage = () => core.call('members.list', { sort: { field: 'name', dir: 'asc' }, limit: PAGE });
    for (let i = 0; i < WARM_UP_CALLS; i++) for (const call of [...SEARCH_TERMS.map(searchPage), byNamePage]) await call();
    const lines: Measurement[] = [];
    for (const search of SEARCH_TERMS) {
      const { total } = await core.call<{ total: number }>('members.count', { search });
      if (total === 0) throw new Error(`Quick search for ${search} found no member: the fixture and the terms disagree`);
      const page = await timed(searchPage(search), CALLS);
      lines.push({ bench: 'members.search.afterImport', search, matches: total, members, ...page });
    }
    lines.push({ bench: 'members.list.byNameAfterImport', members, ...(await timed(byNamePage, CALLS)) });
    return lines;
  } finally {
    await core.close();
  }
}
