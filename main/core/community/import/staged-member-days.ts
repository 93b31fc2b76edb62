import fs from 'node:fs';
import { Connection } from '../../db/connection';
import { BUSY_TIMEOUT_MS } from '../../db/pragmas';
import { restorePageCache, setPageCache } from '../../db/page-cache';
import type { Writer } from '../../db/writer';
import { releaseTempPath, reserveTempPath } from '../../files/owned-files';
import { addCountsSql, applyDelta, applyMergedEvents, COLUMNS, COUNT_COLUMNS, createDeltaTables, delta, findSpans, newMemberDays, PREVIOUS_COLUMNS, WORK_CACHE_KIB, type Schemas, type Sql } from './member-days';

/**
 * The scratch file's name on the writer, which has it attached while the rows are staged and again
 * once the events are merged (a file out of time order keeps it attached throughout: nothing is handed over).
 */
const SCRATCH = 'member_day_scratch';
/** The scratch file as the writer sees it, and as the connection beside it does (its main file, with the workspace attached). */
const ON_WRITER: Schemas = { work: SCRATCH, workspace: 'main' };
const BESIDE: Schemas = { work: 'main', workspace: 'workspace' };

/**
 * The staged events counted by member-day, keyed by day first: a chunk of a file in time order then
 * lands on the few pages of its days (keyed by member, as the delta, it lands on pages all over the
 * table, which each chunk's short transaction journals and writes again).
 */
const counted = (s: Schemas) => `${s.work}.member_day_counted`;
/** The new member-days with their previous days, in member_day's key order (rowid). */
const ready = (s: Schemas) => `${s.work}.member_day_ready`;
/** The days they change, each once. */
const changedDays = (s: Schemas) => `${s.work}.member_day_changed`;

/** A scratch file: written by one process, never kept, so neither journalled nor synced. */
const SCRATCH_PRAGMAS = (schema: string) => `PRAGMA ${schema}.journal_mode = OFF; PRAGMA ${schema}.synchronous = OFF; PRAGMA ${schema}.cache_size = -${WORK_CACHE_KIB};`;

/**
 * On the connection beside the writer: the counts sorted into the delta (member order), the spans
 * found on the workspace as last committed (the writer's open transaction has not changed its
 * member-days), the new member-days worked out and sorted into key order, and the days they change.
 * Stops between statements once `stopped` says so (an interrupt reaches only the statement running).
 */
async function prepareBeside(conn: Connection, workspacePath: string, stopped: () => boolean): Promise<void> {
  conn.configureBusyTimeout(BUSY_TIMEOUT_MS);
  await conn.run(`ATTACH ? AS ${BESIDE.workspace}`, [workspacePath]);
  const steps = [
    SCRATCH_PRAGMAS('main'),
    createDeltaTables(BESIDE),
    `INSERT INTO ${delta(BESIDE)} (${COLUMNS}) SELECT ${COLUMNS} FROM ${counted(BESIDE)} ORDER BY member_id, day`,
    findSpans(BESIDE),
    `CREATE TABLE ${ready(BESIDE)} (${COLUMNS}, ${PREVIOUS_COLUMNS})`,
    `INSERT INTO ${ready(BESIDE)} (${COLUMNS}, ${PREVIOUS_COLUMNS}) ${newMemberDays(BESIDE)}`,
    // Read off the counts' key (day first), not found among the delta's member-days by the writer.
    `CREATE TABLE ${changedDays(BESIDE)} (day INTEGER PRIMARY KEY); INSERT INTO ${changedDays(BESIDE)} SELECT DISTINCT day FROM ${counted(BESIDE)}`,
  ];
  for (const sql of steps) {
    if (stopped()) return;
    await conn.exec(sql);
  }
}

/**
 * The member-day upkeep of an activity import. While the file is staged, the writer counts each
 * staged chunk's events into a scratch file beside the workspace (it would otherwise wait for the
 * event loop's checking of the next chunk). Once the import's transaction begins, a second connection
 * turns the counts into the new member-days while the writer merges the events (each keeps a core
 * busy); the writer then takes them in. A file out of time order is counted from the merged events
 * instead, in the writer's TEMP schema.
 */
export class StagedMemberDays {
  private counting = true;
  private attached = false;
  private beside: { conn: Connection; work: Promise<void>; stopped: boolean } | null = null;
  /** The TEMP schema's page cache before the import sized it for the staged rows and the fallback's work tables. */
  private tempCacheBefore: number | null = null;

  private constructor(
    private readonly writer: Writer,
    private readonly file: string,
  ) {}

  /** Makes the scratch file beside the workspace at workspacePath and attaches it to the writer. */
  static async open(writer: Writer, workspacePath: string): Promise<StagedMemberDays> {
    const file = reserveTempPath(workspacePath);
    const days = new StagedMemberDays(writer, file);
    try {
      // The writer opens files without SQLITE_OPEN_CREATE, its attachments too: a connection that may create it makes the (empty) database.
      await (await Connection.open(file, { readonly: false, create: true })).close();
      await writer.outside(async (conn) => {
        await conn.run(`ATTACH ? AS ${SCRATCH}`, [file]);
        days.attached = true;
        await conn.exec(SCRATCH_PRAGMAS(SCRATCH));
      });
      await writer.transaction(async (tx) => {
        days.tempCacheBefore = await setPageCache(tx, WORK_CACHE_KIB, 'temp');
        await tx.exec(`CREATE TABLE ${counted(ON_WRITER)} (day INTEGER, member_id INTEGER, ${COUNT_COLUMNS.join(', ')}, PRIMARY KEY (day, member_id)) WITHOUT ROWID`);
      });
    } catch (err) {
      // The failure is the one to report; what close meets after it would hide it.
      await days.close().catch(() => undefined);
      throw err;
    }
    return days;
  }

  /**
   * SQL counting a staged chunk's events (SQL naming them as activity_event's columns), for the
   * transaction that stages them, while the staged rows keep time order; once they do not, the
   * counts are dropped (the merged events are counted instead).
   */
  countSql(events: string, inTimeOrder: boolean): string {
    if (this.counting && !inTimeOrder) {
      this.counting = false;
      return `DELETE FROM ${counted(ON_WRITER)}`;
    }
    return this.counting ? addCountsSql(counted(ON_WRITER), 'day, member_id', events, 1) : '';
  }

  /** Before the import's transaction: the writer lets go of the scratch file (SQLite detaches only outside a transaction), so the connection beside it can write it. */
  async handOver(): Promise<void> {
    if (!this.counting) return;
    await this.detach();
  }

  /** First thing in the import's transaction: the connection beside the writer starts on the new member-days. */
  async startBeside(workspacePath: string): Promise<void> {
    if (!this.counting) return;
    const conn = await Connection.open(this.file, { readonly: false });
    const beside = { conn, work: Promise.resolve(), stopped: false };
    beside.work = prepareBeside(conn, workspacePath, () => beside.stopped);
    // Awaited by apply or close; a failure met while the writer merges is not unhandled meanwhile.
    beside.work.catch(() => undefined);
    this.beside = beside;
  }

  /** Inside the import's transaction, once its events (the ids from firstId on) are merged: the member-days and rollups kept. */
  async apply(tx: Sql, firstId: number): Promise<void> {
    if (!this.beside) return applyMergedEvents(tx, firstId);
    await this.beside.work;
    await this.closeBeside();
    // SQLite attaches inside a transaction; the scratch file joins it only to be read.
    await tx.run(`ATTACH ? AS ${SCRATCH}`, [this.file]);
    this.attached = true;
    await applyDelta(tx, ON_WRITER, { newDays: `SELECT ${COLUMNS}, ${PREVIOUS_COLUMNS} FROM ${ready(ON_WRITER)} ORDER BY rowid`, changedDays: `SELECT day FROM ${changedDays(ON_WRITER)}` });
  }

  /**
   * After the import's transaction (committed, rolled back or never begun): the connection beside
   * stopped, the scratch file detached and deleted, the TEMP cache put back; each step also when one
   * before it fails (the workspace closed meanwhile, say).
   */
  async close(): Promise<void> {
    try {
      if (this.beside) {
        this.beside.stopped = true;
        this.beside.conn.interrupt();
        await this.beside.work.catch(() => undefined);
        await this.closeBeside();
      }
    } finally {
      try {
        await this.detach();
      } finally {
        fs.rmSync(this.file, { force: true });
        releaseTempPath(this.file);
        const before = this.tempCacheBefore;
        if (before !== null) await this.writer.transaction((tx) => restorePageCache(tx, before, 'temp'));
      }
    }
  }

  private async closeBeside(): Promise<void> {
    const { conn } = this.beside!;
    this.beside = null;
    await conn.close();
  }

  private async detach(): Promise<void> {
    if (!this.attached) return;
    await this.writer.outside((conn) => conn.exec(`DETACH ${SCRATCH}`));
    this.attached = false;
  }
}
