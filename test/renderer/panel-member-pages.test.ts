import { describe, expect, it } from 'vitest';
import type { MemberRow } from '@api/members';
import { MemberPages, type FetchBlock, type LocateRow } from '@renderer/features/panel/members/member-pages';

const row = (id: number): MemberRow => ({
  id,
  code: `M-${id}`,
  uid: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  name: `Member ${id}`,
  email: null,
  country: null,
  language: null,
  city: null,
  gender: null,
  birthYear: null,
  joinedAt: null,
  lifecycleStage: null,
  consentStatus: 'unknown',
  doNotContact: false,
  notContactable: 'noConsent',
  tags: [],
  openness: null,
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A members.list over ids 1…total with cursors "after:<id>", and its members.cursorAt, recording every request. */
function fakeList(initialTotal: number) {
  let total = initialTotal;
  const requests: (string | null)[] = [];
  let failNext = false;
  // An answer takes a turn of the event loop, as one over IPC or HTTP does; it may fail once.
  const answer = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (failNext) {
      failNext = false;
      throw new Error('disk on fire');
    }
  };
  const fetchBlock: FetchBlock = async (cursor, limit) => {
    requests.push(cursor);
    await answer();
    const after = cursor === null ? 0 : Number(cursor.slice('after:'.length));
    const rows = Array.from({ length: Math.max(0, Math.min(limit, total - after)) }, (_, i) => row(after + i + 1));
    const last = rows.at(-1);
    return { rows, nextCursor: last && last.id < total ? `after:${last.id}` : null };
  };
  const locate: LocateRow = async (position) => {
    requests.push(`locate:${position}`);
    await answer();
    if (position >= total) return { cursor: null, pastEnd: true };
    return { cursor: position === 0 ? null : `after:${position}`, pastEnd: false };
  };
  return { fetchBlock, locate, requests, failOnce: () => (failNext = true), shrinkTo: (n: number) => (total = n) };
}

async function until(check: () => boolean) {
  for (let i = 0; i < 5000 && !check(); i++) await settle();
  expect(check()).toBe(true);
}

function watched(pages: MemberPages) {
  const unsubscribe = pages.subscribe(() => undefined);
  return unsubscribe;
}

describe('MemberPages', () => {
  it('reads the blocks on screen, and nothing else', async () => {
    const list = fakeList(1000);
    const pages = new MemberPages(list.fetchBlock, list.locate, { blockSize: 100 });
    watched(pages);
    pages.want(0, 30);
    await until(() => pages.row(30) !== undefined);
    expect(pages.row(0)?.id).toBe(1);
    expect(pages.row(99)?.id).toBe(100);
    expect(pages.row(100)).toBeUndefined();
    expect(list.requests).toEqual([null]);
  });

  it('reaches a far row with one lookup of its block\'s cursor, then reads only what is on screen', async () => {
    const list = fakeList(10_000);
    const pages = new MemberPages(list.fetchBlock, list.locate, { blockSize: 100, maxBlocks: 4 });
    watched(pages);
    pages.want(0, 20);
    await until(() => pages.row(0) !== undefined);
    pages.want(5_430, 5_460);
    await until(() => pages.row(5_460) !== undefined);
    expect(pages.row(5_430)?.id).toBe(5_431);
    // Block 54 holds rows 5,400–5,499: its cursor is asked for, then it is read.
    expect(list.requests).toEqual([null, 'locate:5400', 'after:5400']);
    expect(pages.status.walkingTo).toBeNull();
    // Scrolling on from there follows the cursors; back to the start uses the one kept.
    pages.want(5_490, 5_520);
    await until(() => pages.row(5_520) !== undefined);
    expect(list.requests.slice(3)).toEqual(['after:5500']);
  });

  it('looks up each new far target while the scrollbar is dragged, and reads only where it stops', async () => {
    const list = fakeList(100_000);
    const pages = new MemberPages(list.fetchBlock, list.locate, { blockSize: 100 });
    watched(pages);
    pages.want(0, 20);
    await until(() => pages.row(0) !== undefined);
    pages.want(30_000, 30_020);
    await until(() => list.requests.includes('locate:30000'));
    pages.want(70_000, 70_020);
    await until(() => pages.row(70_020) !== undefined);
    expect(list.requests).toEqual([null, 'locate:30000', 'locate:70000', 'after:70000']);
  });

  it('reads the few blocks between a known cursor and a near one in order, without a lookup', async () => {
    const list = fakeList(10_000);
    const pages = new MemberPages(list.fetchBlock, list.locate, { blockSize: 100, walkBlocks: 4 });
    watched(pages);
    pages.want(0, 20);
    await until(() => pages.row(0) !== undefined);
    pages.want(350, 360);
    await until(() => pages.row(360) !== undefined);
    expect(list.requests).toEqual([null, 'after:100', 'after:200', 'after:300']);
  });

  it('finds the end by reading on when the list turned out shorter than the count', async () => {
    const list = fakeList(10_000);
    const pages = new MemberPages(list.fetchBlock, list.locate, { blockSize: 100, walkBlocks: 2 });
    watched(pages);
    pages.want(0, 20);
    await until(() => pages.row(0) !== undefined);
    list.shrinkTo(450);
    pages.want(900, 950);
    await until(() => pages.status.end !== null);
    expect(pages.status.end).toBe(450);
    expect(list.requests).toEqual([null, 'locate:900', 'after:100', 'after:200', 'after:300', 'after:400']);
    expect(pages.row(449)?.id).toBe(450);
  });

  it('shows a failed lookup and goes on after retry()', async () => {
    const list = fakeList(10_000);
    const pages = new MemberPages(list.fetchBlock, list.locate, { blockSize: 100 });
    watched(pages);
    pages.want(0, 20);
    await until(() => pages.row(0) !== undefined);
    list.failOnce();
    pages.want(8_000, 8_010);
    await until(() => pages.status.error !== null);
    pages.retry();
    await until(() => pages.row(8_010) !== undefined);
    expect(pages.row(8_000)?.id).toBe(8_001);
    expect(pages.status.error).toBeNull();
  });

  it('keeps only a bounded number of blocks in memory, and reads an evicted one again from its kept cursor', async () => {
    const list = fakeList(2_000);
    // Walking (no lookups) reads every block on the way, which is what fills the memory.
    const pages = new MemberPages(list.fetchBlock, list.locate, { blockSize: 100, maxBlocks: 3, walkBlocks: 100 });
    watched(pages);
    pages.want(1_500, 1_520);
    await until(() => pages.row(1_500) !== undefined);
    expect([...pages.loadedRows()].length).toBe(300);
    expect(pages.row(0)).toBeUndefined();
    const before = list.requests.length;
    pages.want(0, 20);
    await until(() => pages.row(0) !== undefined);
    expect(list.requests.slice(before)).toEqual([null]);
  });

  it('learns where the list ends and never reads past it', async () => {
    const list = fakeList(250);
    const pages = new MemberPages(list.fetchBlock, list.locate, { blockSize: 100 });
    watched(pages);
    pages.want(180, 400);
    await until(() => pages.status.end !== null && pages.row(249) !== undefined);
    expect(pages.status.end).toBe(250);
    expect(list.requests).toEqual([null, 'after:100', 'after:200']);
    pages.want(240, 400);
    await settle();
    expect(list.requests).toHaveLength(3);
  });

  it('stops at a failed read and goes on after retry()', async () => {
    const list = fakeList(500);
    const pages = new MemberPages(list.fetchBlock, list.locate, { blockSize: 100 });
    watched(pages);
    list.failOnce();
    pages.want(0, 10);
    await until(() => pages.status.error !== null);
    expect((pages.status.error as Error).message).toBe('disk on fire');
    pages.retry();
    await until(() => pages.row(0) !== undefined);
    expect(pages.status.error).toBeNull();
  });

  it('stops walking once nobody watches (the query changed)', async () => {
    const list = fakeList(100_000);
    const pages = new MemberPages(list.fetchBlock, list.locate, { blockSize: 100, walkBlocks: 10_000 });
    const unsubscribe = watched(pages);
    pages.want(90_000, 90_010);
    await until(() => list.requests.length >= 3);
    unsubscribe();
    const seen = list.requests.length;
    await settle();
    await settle();
    expect(list.requests.length).toBeLessThanOrEqual(seen + 1);
    expect(pages.row(90_000)).toBeUndefined();
  });
});
