import sqlite3 from 'sqlite3';

export type SqlValue = string | number | bigint | null | Buffer;
export type Params = readonly SqlValue[] | Record<string, SqlValue>;
export interface RunResult {
  lastID: number;
  changes: number;
}

/** A prepared statement, reused for repeated statements such as full insert batches. */
export class Statement {
  constructor(private readonly stmt: sqlite3.Statement) {}

  run(params: Params = []): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      this.stmt.run(params, function (this: sqlite3.RunResult, err: Error | null) {
        if (err) reject(err);
        else resolve({ lastID: this.lastID, changes: this.changes });
      });
    });
  }

  /** Every row, e.g. of an UPDATE … RETURNING (run to its end, so the statement is done before the commit). */
  all<T>(params: Params = []): Promise<T[]> {
    return new Promise((resolve, reject) => {
      this.stmt.all(params, (err: Error | null, rows: T[]) => (err ? reject(err) : resolve(rows)));
    });
  }

  finalize(): Promise<void> {
    return new Promise((resolve) => this.stmt.finalize(() => resolve()));
  }
}

/** Promise wrapper over one node-sqlite3 connection. Write access goes through Writer only. */
export class Connection {
  private constructor(
    private readonly db: sqlite3.Database,
    readonly path: string,
    readonly readonly: boolean,
  ) {}

  static open(path: string, options: { readonly: boolean; create?: boolean }): Promise<Connection> {
    const mode = options.readonly
      ? sqlite3.OPEN_READONLY
      : sqlite3.OPEN_READWRITE | (options.create ? sqlite3.OPEN_CREATE : 0);
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(path, mode | sqlite3.OPEN_FULLMUTEX, (err) => {
        if (err) reject(err);
        else resolve(new Connection(db, path, options.readonly));
      });
    });
  }

  run(sql: string, params: Params = []): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      this.db.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
        if (err) reject(err);
        else resolve({ lastID: this.lastID, changes: this.changes });
      });
    });
  }

  get<T>(sql: string, params: Params = []): Promise<T | undefined> {
    return new Promise((resolve, reject) => {
      this.db.get(sql, params, (err: Error | null, row: T | undefined) => (err ? reject(err) : resolve(row)));
    });
  }

  all<T>(sql: string, params: Params = []): Promise<T[]> {
    return new Promise((resolve, reject) => {
      this.db.all(sql, params, (err: Error | null, rows: T[]) => (err ? reject(err) : resolve(rows)));
    });
  }

  /** Several statements without parameters (migrations, pragmas). */
  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (err) => (err ? reject(err) : resolve())));
  }

  prepare(sql: string): Promise<Statement> {
    return new Promise((resolve, reject) => {
      const stmt = this.db.prepare(sql, (err) => (err ? reject(err) : resolve(new Statement(stmt))));
    });
  }

  configureBusyTimeout(ms: number): void {
    this.db.configure('busyTimeout', ms);
  }

  /** Stops the statement running now (it fails with SQLITE_INTERRUPT), e.g. work beside a cancelled job. */
  interrupt(): void {
    this.db.interrupt();
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }
}
