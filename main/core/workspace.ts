import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceInfo } from '@api/workspace';
import { AppError } from './errors';
import { Connection } from './db/connection';
import { openWorkspaceDb, type WorkspaceDb } from './db/workspace-db';

const fileSize = (p: string) => (fs.existsSync(p) ? fs.statSync(p).size : 0);

/** One open workspace file and the services that work on it. */
export class Workspace {
  private constructor(readonly db: WorkspaceDb) {}

  static async open(filePath: string, options: { create: boolean; now?: () => Date }): Promise<Workspace> {
    return new Workspace(await openWorkspaceDb(filePath, options));
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

  /** A consistent copy made by SQLite itself, safe while the workspace is in use. */
  async backup(target: string): Promise<{ path: string; sizeBytes: number }> {
    if (fs.existsSync(target)) {
      throw new AppError('CONFLICT', `A file already exists at ${target}. Choose another name.`, { key: 'errors.fileExists', params: { path: target } });
    }
    // Its own read-only connection: VACUUM INTO reads a snapshot, so writers are not held up,
    // and the shared reader stays query_only (which refuses VACUUM INTO).
    const conn = await Connection.open(this.path, { readonly: true });
    try {
      await conn.run('VACUUM INTO ?', [target]);
    } finally {
      await conn.close();
    }
    return { path: target, sizeBytes: fileSize(target) };
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
