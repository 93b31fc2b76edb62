import { AsyncLocalStorage } from 'node:async_hooks';
import type { Connection, Params, RunResult, Statement } from './connection';

/** What a transaction body may do: statements on the writer connection, inside the open transaction. */
export interface Tx {
  run(sql: string, params?: Params): Promise<RunResult>;
  get<T>(sql: string, params?: Params): Promise<T | undefined>;
  all<T>(sql: string, params?: Params): Promise<T[]>;
  exec(sql: string): Promise<void>;
  /** A statement prepared once per writer and reused across transactions. */
  cached(sql: string): Promise<Statement>;
}

/** What a read needs: the reader connection, or the open write transaction for a consistent read. */
export type Queryable = Pick<Tx, 'all' | 'get'>;

/**
 * The single writer: every write of the workspace goes through this queue, so transactions never
 * interleave (node-sqlite3's serialize() does not cover async code between statements). A
 * transaction opened inside another one (same async context) becomes a savepoint instead of
 * waiting on the queue behind itself.
 */
export class Writer {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly inside = new AsyncLocalStorage<number>();
  private readonly statements = new Map<string, Promise<Statement>>();
  private closed = false;

  constructor(readonly conn: Connection) {}

  transaction<T>(body: (tx: Tx) => Promise<T>): Promise<T> {
    const depth = this.inside.getStore();
    if (depth !== undefined) return this.savepoint(depth + 1, body);
    const run = this.tail.then(() => this.topLevel(body));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs work on the writer connection in the queue but outside any transaction, for statements
   * SQLite refuses inside one (e.g. PRAGMA wal_checkpoint). Not for writes: those use transaction() or execTransaction().
   */
  outside<T>(body: (conn: Connection) => Promise<T>): Promise<T> {
    if (this.inside.getStore() !== undefined) throw new Error('writer.outside() cannot run inside a transaction.');
    const run = this.tail.then(() => {
      if (this.closed) throw new Error('The workspace is closed.');
      return body(this.conn);
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs statements without parameters (`sql`) as one transaction in ONE call to SQLite, all or none:
   * the writer's thread runs them back to back, where transaction() waits for the event loop after
   * each statement (an import checking rows on the event loop kept its staging writes waiting about
   * half their time).
   */
  execTransaction(sql: string): Promise<void> {
    return this.outside(async (conn) => {
      try {
        await conn.exec(`BEGIN IMMEDIATE;\n${sql};\nCOMMIT;`);
      } catch (err) {
        // A statement failed with the transaction open (or COMMIT did): nothing of it is kept.
        await conn.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  private async topLevel<T>(body: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('The workspace is closed.');
    await this.conn.run('BEGIN IMMEDIATE');
    try {
      const result = await this.inside.run(0, () => body(this.tx));
      await this.conn.run('COMMIT');
      return result;
    } catch (err) {
      await this.conn.run('ROLLBACK').catch(() => undefined);
      throw err;
    }
  }

  private async savepoint<T>(depth: number, body: (tx: Tx) => Promise<T>): Promise<T> {
    const name = `sp${depth}`;
    await this.conn.run(`SAVEPOINT ${name}`);
    try {
      const result = await this.inside.run(depth, () => body(this.tx));
      await this.conn.run(`RELEASE ${name}`);
      return result;
    } catch (err) {
      await this.conn.run(`ROLLBACK TO ${name}`);
      await this.conn.run(`RELEASE ${name}`);
      throw err;
    }
  }

  private readonly tx: Tx = {
    run: (sql, params) => this.conn.run(sql, params),
    get: (sql, params) => this.conn.get(sql, params),
    all: (sql, params) => this.conn.all(sql, params),
    exec: (sql) => this.conn.exec(sql),
    cached: (sql) => {
      let stmt = this.statements.get(sql);
      if (!stmt) {
        stmt = this.conn.prepare(sql);
        this.statements.set(sql, stmt);
      }
      return stmt;
    },
  };

  /** Waits for queued transactions, then finalizes cached statements. */
  async close(): Promise<void> {
    await this.tail;
    this.closed = true;
    for (const stmt of this.statements.values()) await (await stmt).finalize();
    this.statements.clear();
  }
}
