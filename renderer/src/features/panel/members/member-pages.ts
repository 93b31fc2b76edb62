import type { MemberRow } from '@api/members';

export interface MemberPage {
  rows: MemberRow[];
  nextCursor: string | null;
}

/** Reads one block of the members table: `limit` rows after `cursor` (null: from the start). */
export type FetchBlock = (cursor: string | null, limit: number) => Promise<MemberPage>;

export interface MemberPagesOptions {
  /** Rows per request (members.list takes at most 500). */
  blockSize?: number;
  /** Blocks whose rows stay in memory; cursors are kept for every block seen. */
  maxBlocks?: number;
  /** Requests for blocks whose cursor is known, at the same time. */
  parallel?: number;
}

export interface MemberPagesStatus {
  /** Rows the list is known to have once its end was reached; null until then. */
  end: number | null;
  /** While blocks are read one after another to reach a far position: the row being read up to. */
  walkingTo: number | null;
  /** Row reached by the walk so far. */
  walkedTo: number;
  error: unknown;
}

/**
 * The rows of the members table, read block by block with the keyset cursors of members.list.
 *
 * A block's cursor is only known once the block before it has been read, so a far position is
 * reached by walking the blocks in order (each one a cheap index range read); row data is kept for
 * the most recently used blocks only, cursors for all, so scrolling back re-reads one block. The
 * table asks for the rows it shows with want(); subscribers hear about every change, and once the
 * last one has gone (the query changed) reading stops.
 */
export class MemberPages {
  readonly blockSize: number;
  private readonly maxBlocks: number;
  private readonly parallel: number;
  /** cursors[b]: the cursor that reads block b (null for the first); undefined: not known yet. */
  private readonly cursors: (string | null | undefined)[] = [null];
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
    options: MemberPagesOptions = {},
  ) {
    this.blockSize = options.blockSize ?? 500;
    this.maxBlocks = Math.max(2, options.maxBlocks ?? 24);
    this.parallel = options.parallel ?? 2;
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
      if (this.cursors[block] !== undefined) void this.read(block);
    }
    const unreachable = missing.filter((b) => this.cursors[b] === undefined);
    this.walkTarget = unreachable.length ? Math.max(...unreachable) : null;
    if (this.walkTarget !== null && !this.walking) void this.walk();
  }

  /** Reads blocks in order from the last known cursor until the wanted one's cursor is known. */
  private async walk(): Promise<void> {
    this.walking = true;
    try {
      while (!this.closed && !this.state.error && this.walkTarget !== null && this.cursors[this.walkTarget] === undefined) {
        const known = this.cursors.length - 1;
        // The last known block was read and had no successor: the list ends before the target.
        if (this.state.end !== null) break;
        this.update({ walkingTo: this.walkTarget * this.blockSize, walkedTo: known * this.blockSize });
        if (!(await this.read(known))) break;
      }
    } finally {
      this.walking = false;
      if (!this.closed) this.update({ walkingTo: null });
      this.pump();
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
    const cursor = this.cursors[block];
    if (cursor === undefined) return false;
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
      this.cursors.length = block + 1;
      this.update({ end: block * this.blockSize + page.rows.length });
    } else {
      this.cursors[block + 1] = page.nextCursor;
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
