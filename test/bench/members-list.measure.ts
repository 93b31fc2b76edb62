import { performance } from 'node:perf_hooks';
import type { MemberRow } from '../../main/api/members';
import { startBenchCore, type BenchCore } from './bench-core';
import { ownCpuMs } from './cpu-time';
import type { Measurement } from './measurement';
import { median, round } from './stats';

/** The clock of the generated panel: its join dates and the session that reads it. */
export const NOW = new Date('2026-01-15T09:00:00.000Z');
/** The generator's tags: 1 is on three members in four (the filter below), 2 on about one in five. */
export const PANEL_TAG_ID = 1;
const OTHER_TAG_ID = 2;
export const RUNS = 9;
const PAGE = 100;
const LIST_TARGET_MS = 50;
const SEARCH_TARGET_MS = 100;
const SEARCH = '王伟';

/** What the generator knows about the panel that the measurement checks its answers against. */
export interface MembersListFixture {
  members: number;
  /** A position deep in the tag-filtered list sorted by openness, and the id of the member there. */
  deep: { position: number; memberId: number };
}

type Page = { rows: MemberRow[]; nextCursor: string | null };

/** Median of `runs` timed calls (RUNS unless said) after a first one (which also warms caches; its time is reported as firstMs). */
export async function timed(call: () => Promise<unknown>, runs = RUNS): Promise<{ medianMs: number; firstMs: number; runsMs: number[]; cpuMsPerCall: number }> {
  // From a collected heap: otherwise a collection cycle begun by an earlier measurement slows every
  // call of whichever measurement it lands on (incremental marking), and where it lands differs
  // between two builds whose heaps differ.
  globalThis.gc?.();
  let started = performance.now();
  await call();
  const firstMs = round(performance.now() - started, 2);
  const runsMs: number[] = [];
  const cpuSince = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    await call();
    runsMs.push(performance.now() - started);
  }
  // CPU per call (every thread of this process), which a machine shared with other work inflates less than wall time.
  const cpuMsPerCall = round(ownCpuMs(cpuSince) / runs, 3);
  return { medianMs: round(median(runsMs), 2), firstMs, runsMs: runsMs.map((ms) => round(ms, 2)), cpuMsPerCall };
}

async function measure({ call }: BenchCore, { members, deep }: MembersListFixture): Promise<Measurement[]> {
  const filter = { field: 'tag', op: 'has', value: PANEL_TAG_ID };
  const sort = { field: 'openness', dir: 'desc' };
  const firstPage = await timed(() => call<Page>('members.list', { filter, sort, limit: PAGE }));

  // The table's jump to a far row (scrollbar dragged there), and the page a client holds after paging that far.
  const { cursor } = await call<{ cursor: string | null }>('members.cursorAt', { filter, sort, position: deep.position });
  const page = await call<Page>('members.list', { filter, sort, cursor, limit: PAGE });
  if (page.rows[0]?.id !== deep.memberId || page.rows.length !== PAGE) {
    throw new Error(`The page at position ${deep.position} (members.cursorAt, then members.list) does not start with member ${deep.memberId}`);
  }
  const deepPage = await timed(() => call<Page>('members.list', { filter, sort, cursor, limit: PAGE }));
  const jump = await timed(() => call('members.cursorAt', { filter, sort, position: deep.position }));

  const { total: matches } = await call<{ total: number }>('members.count', { search: SEARCH });
  const search = await timed(() => call<Page>('members.list', { search: SEARCH, limit: PAGE }));
  // Not targets; they show what the table's other calls cost on a large panel.
  const searchSorted = await timed(() => call<Page>('members.list', { search: SEARCH, filter, sort, limit: PAGE }));
  const count = await timed(() => call('members.count', { filter }));
  const tags = await timed(() => call('tags.list', {}));
  // firstMs includes computing the panel's openness thresholds, which later calls reuse until a write.
  const get = await timed(() => call('members.get', { memberId: deep.memberId }));
  const once = async <T>(method: string, input: object) => {
    const started = performance.now();
    const data = await call<T>(method, input);
    return { ms: round(performance.now() - started), data };
  };
  const apply = await once<{ changed: number }>('tags.apply', { tag: OTHER_TAG_ID, filter });
  const undo = await once<{ reverted: number }>('tags.undo', {});

  const common = { members, runs: RUNS };
  const where = { filter: 'tag', sort: 'openness desc' };
  return [
    { bench: 'members.list.firstPage', ...common, rows: PAGE, ...where, ...firstPage, target: LIST_TARGET_MS, pass: firstPage.medianMs < LIST_TARGET_MS },
    { bench: 'members.list.deepPage', ...common, rows: PAGE, depth: deep.position, ...where, ...deepPage, target: LIST_TARGET_MS, pass: deepPage.medianMs < LIST_TARGET_MS },
    { bench: 'members.cursorAt.deep', ...common, position: deep.position, ...where, ...jump },
    { bench: 'members.list.searchChinese2', ...common, search: SEARCH, matches, ...search, target: SEARCH_TARGET_MS, pass: search.medianMs < SEARCH_TARGET_MS },
    { bench: 'members.list.searchTagSortedByOpenness', ...common, search: SEARCH, ...searchSorted },
    { bench: 'members.count.tag', ...common, ...count },
    { bench: 'tags.list', ...common, ...tags },
    { bench: 'members.get', ...common, ...get },
    { bench: 'tags.apply.wholeFilter', members, changed: apply.data.changed, ms: apply.ms },
    { bench: 'tags.undo.wholeFilter', members, reverted: undo.data.reverted, ms: undo.ms },
  ];
}

/**
 * members.list (first page and a deep page), members.cursorAt, quick search and the table's other
 * calls on a generated panel, all through the public dispatch. One line per call; timed calls
 * carry medianMs, the two bulk writes at the end ms.
 */
export async function measureMembersList(file: string, fixture: MembersListFixture): Promise<Measurement[]> {
  const core = await startBenchCore({ open: file }, () => NOW);
  try {
    return await measure(core, fixture);
  } finally {
    await core.close();
  }
}
