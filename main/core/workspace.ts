import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceInfo } from '@api/workspace';
import { Connection } from './db/connection';
import { openWorkspaceDb, type WorkspaceDb } from './db/workspace-db';
import { safeWrite, type Written } from './files/safe-writer';

const fileSize = (p: string) => (fs.existsSync(p) ? fs.statSync(p).size : 0);

/** One open workspace file and the services that work on it. */
export class Workspace {
  private constructor(readonly db: WorkspaceDb) {}

  static async open(filePath: string, options: { create: boolean; now?: () => Date; takeOver?: boolean }): Promise<Workspace> {
    return new Workspace(await openWorkspaceDb(filePath, options));
  }

  /**
   * Makes a new, empty workspace file through the safe writer (built and migrated in a temporary
   * file, then renamed), never onto an existing file or beside a workspace's -wal, -shm or .lock.
   */
  static async create(filePath: string, options: { now?: () => Date; protect: readonly string[] }): Promise<Workspace> {
    const fill = async (tempPath: string) => (await openWorkspaceDb(tempPath, { create: true, now: options.now })).close();
    await safeWrite(filePath, { fill }, { protect: options.protect });
    return Workspace.open(filePath, { create: false, now: options.now });
  }

  get path(): string {
    return this.db.path;
  }

  async info(): Promise<WorkspaceInfo> {
    const counts = await this.db.reader.get<WorkspaceInfo['counts']>(`SELECT
      (SELECT count(*) FROM member WHERE erased_at IS NULL) AS members,
      (SELECT count(*) FROM survey) AS surveys,
      (SELECT count(*) FROM response WHERE status <> 'void') AS responses`);
    const lifecycle = await this.db.reader.all<{ stage: string; members: number }>(
      `SELECT lifecycle_stage AS stage, count(*) AS members FROM member
       WHERE erased_at IS NULL AND lifecycle_stage IS NOT NULL GROUP BY lifecycle_stage`,
    );
    return {
      path: this.path,
      name: path.basename(this.path, '.sqlite'),
      schemaVersion: this.db.schemaVersion,
      sizeBytes: fileSize(this.path) + fileSize(`${this.path}-wal`),
      counts: counts!,
      lifecycle,
    };
  }

  /**
   * A consistent copy made by SQLite itself, safe while the workspace is in use: VACUUM INTO a
   * temporary file beside the target, flushed, then renamed (the safe writer).
   */
  backup(target: string, options: { replace: boolean }): Promise<Written> {
    const fill = async (tempPath: string) => {
      // Its own read-only connection: VACUUM INTO reads a snapshot, so writers are not held up,
      // and the shared reader, opened read-only, keeps to its queries.
      const conn = await Connection.open(this.path, { readonly: true });
      try {
        await conn.run('VACUUM INTO ?', [tempPath]);
      } finally {
        await conn.close();
      }
    };
    return safeWrite(target, { fill }, { replace: options.replace, protect: [this.path] });
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
