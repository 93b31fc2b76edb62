import type { MemberRow } from '@api/members';

export interface MemberPage {
  rows: MemberRow[];
  nextCursor: string | null;
}

/** Reads one block of the members table: `limit` rows after `cursor` (null: from the start). */
export type FetchBlock = (cursor: string | null, limit: number) => Promise<MemberPage>;

/** The cursor that starts the list at a position (members.cursorAt); pastEnd when the list is shorter. */
export type LocateRow = (position: number) => Promise<{ cursor: string | null; pastEnd: boolean }>;

export interface MemberPagesOptions {
  /** Rows per request (members.list takes at most 500). */
  blockSize?: number;
  /** Blocks whose rows stay in memory; cursors are kept for every block seen. */
  maxBlocks?: number;
  /** Requests for blocks whose cursor is known, at the same time. */
  parallel?: number;
  /** A block at most this far past a known cursor is reached by reading the blocks between; a farther one is located. */
  walkBlocks?: number;
}

export interface MemberPagesStatus {
  /** Rows the list is known to have once its end was reached; null until then. */
  end: number | null;
  /** While a far position is being reached (located, or read up to block by block): that row. */
  walkingTo: number | null;
  /** Row reached by the walk so far. */
  walkedTo: number;
  error: unknown;
}

/**
 * The rows of the members table, read block by block with the keyset cursors of members.list.
 *
 * A block's cursor is known once the block before it has been read; a block a few blocks past a
 * known cursor is reached by reading those in order (each a cheap index range read), a farther one
 * by asking the core for the cursor at its first row (members.cursorAt), so any row of a million is
 * one lookup away. Row data is kept for the most recently used blocks only, cursors for all, so
 * scrolling back re-reads one block. The table asks for the rows it shows with want(); subscribers
 * hear about every change, and once the last one has gone (the query changed) reading stops.
 */
export class MemberPages {
  readonly blockSize: number;
  private readonly maxBlocks: number;
  private readonly parallel: number;
  private readonly walkBlocks: number;
  /** The cursor that reads each block whose cursor is known (null for the first). */
  private readonly cursors = new Map<number, string | null>([[0, null]]);
  /** Block rows in least-recently-used order (Map keeps insertion order). */
  private readonly blocks = new Map<number, MemberRow[]>();
  /** Reads under way, by block: a walk that needs one waits for it rather than read it twice. */
  private readonly loading = new Map<number, Promise<boolean>>();
  private readonly listeners = new Set<() => void>();
  private wanted: { first: number; last: number } = { first: 0, last: 0 };
  private walking = false;
  private walkTarget: number | null = null;
  private state: MemberPagesStatus = { end: null, walkingTo: null, walkedTo: 0, error: null };
  /** Changes with every update, for useSyncExternalStore. */
  version = 0;

  constructor(
    private readonly fetchBlock: FetchBlock,
    private readonly locate: LocateRow,
    options: MemberPagesOptions = {},
  ) {
    this.blockSize = options.blockSize ?? 500;
    this.maxBlocks = Math.max(2, options.maxBlocks ?? 24);
    this.parallel = options.parallel ?? 2;
    this.walkBlocks = options.walkBlocks ?? 4;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get status(): MemberPagesStatus {
    return this.state;
  }

  /** The row at a position of the list, when its block is in memory. */
  row(index: number): MemberRow | undefined {
    return this.blocks.get(Math.floor(index / this.blockSize))?.[index % this.blockSize];
  }

  /** The rows in memory, each with its position (for range selection). */
  *loadedRows(): Generator<[number, MemberRow]> {
    for (const [block, rows] of this.blocks) {
      for (const [i, row] of rows.entries()) yield [block * this.blockSize + i, row];
    }
  }

  /** The table shows rows first…last (inclusive): read what is missing, nearest first. */
  want(first: number, last: number): void {
    this.wanted = { first: Math.max(0, first), last: Math.max(0, last) };
    this.wantedBlocks().forEach((b) => this.touch(b));
    this.pump();
  }

  /** Nobody shows these rows any more (the query changed, the table closed): stop reading. */
  private get closed(): boolean {
    return this.listeners.size === 0;
  }

  /** Reads the wanted blocks again after a failed read. */
  retry(): void {
    this.update({ error: null });
    this.pump();
  }

  /** The blocks holding the wanted rows, up to the end of the list once it is known. */
  private wantedBlocks(): number[] {
    const end = this.state.end;
    const lastRow = end === null ? this.wanted.last : Math.min(this.wanted.last, end - 1);
    if (lastRow < this.wanted.first) return [];
    const first = Math.floor(this.wanted.first / this.blockSize);
    const last = Math.floor(lastRow / this.blockSize);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }

  private touch(block: number): void {
    const rows = this.blocks.get(block);
    if (!rows) return;
    this.blocks.delete(block);
    this.blocks.set(block, rows);
  }

  private pump(): void {
    if (this.closed || this.state.error) return;
    const missing = this.wantedBlocks().filter((b) => !this.blocks.has(b) && !this.loading.has(b));
    for (const block of missing) {
      if (this.loading.size >= this.parallel) break;
      if (this.cursors.has(block)) void this.read(block);
    }
    const unreachable = missing.filter((b) => !this.cursors.has(b));
    this.walkTarget = unreachable.length ? Math.max(...unreachable) : null;
    if (this.walkTarget !== null && !this.walking) void this.walk();
  }

  /** The known cursor nearest before a block. */
  private knownBefore(block: number): number {
    let known = 0;
    for (const b of this.cursors.keys()) if (b <= block && b > known) known = b;
    return known;
  }

  /** Makes the target block's cursor known: located when far, else by reading the blocks before it in order. */
  private async walk(): Promise<void> {
    this.walking = true;
    // The target changes while the scrollbar is dragged; each new one gets one lookup.
    let located: number | null = null;
    try {
      while (!this.closed && !this.state.error && this.walkTarget !== null && !this.cursors.has(this.walkTarget)) {
        const target = this.walkTarget;
        const known = this.knownBefore(target);
        this.update({ walkingTo: target * this.blockSize, walkedTo: known * this.blockSize });
        if (target - known > this.walkBlocks && located !== target) {
          // When the list turns out shorter (members left since the count), reading on finds its end.
          located = target;
          await this.locateBlock(target);
          continue;
        }
        // false: the list ends before the target, or the read failed.
        if (!(await this.read(known))) break;
      }
    } finally {
      this.walking = false;
      if (!this.closed) this.update({ walkingTo: null });
      this.pump();
    }
  }

  /** Asks for the cursor of a block's first row (none when the list is shorter than that). */
  private async locateBlock(block: number): Promise<void> {
    try {
      const { cursor, pastEnd } = await this.locate(block * this.blockSize);
      if (!pastEnd && !this.closed) this.cursors.set(block, cursor);
    } catch (error) {
      if (!this.closed) this.update({ error });
    }
  }

  /** Reads one block whose cursor is known; false when the list ends with it or the read failed. */
  private read(block: number): Promise<boolean> {
    const pending = this.loading.get(block);
    if (pending) return pending;
    const reading = this.readNow(block);
    this.loading.set(block, reading);
    return reading;
  }

  private async readNow(block: number): Promise<boolean> {
    if (!this.cursors.has(block)) return false;
    const cursor = this.cursors.get(block)!;
    try {
      const page = await this.fetchBlock(cursor, this.blockSize);
      if (this.closed) return false;
      this.store(block, page);
      return page.nextCursor !== null;
    } catch (error) {
      if (!this.closed) this.update({ error });
      return false;
    } finally {
      this.loading.delete(block);
      if (!this.closed && !this.walking) this.pump();
    }
  }

  private store(block: number, page: MemberPage): void {
    this.blocks.delete(block);
    this.blocks.set(block, page.rows);
    if (page.nextCursor === null) {
      for (const b of this.cursors.keys()) if (b > block) this.cursors.delete(b);
      this.update({ end: block * this.blockSize + page.rows.length });
    } else {
      this.cursors.set(block + 1, page.nextCursor);
      this.update({});
    }
    this.evict();
  }

  /** Drops the least recently used blocks that are not on screen. */
  private evict(): void {
    const onScreen = new Set(this.wantedBlocks());
    for (const block of this.blocks.keys()) {
      if (this.blocks.size <= this.maxBlocks) break;
      if (!onScreen.has(block)) this.blocks.delete(block);
    }
  }

  private update(patch: Partial<MemberPagesStatus>): void {
    this.state = { ...this.state, ...patch };
    this.version++;
    this.listeners.forEach((listener) => listener());
  }
}
