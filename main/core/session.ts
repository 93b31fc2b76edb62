import fs from 'node:fs';
import path from 'node:path';
import type { FileRef } from '@api/common';
import type { EventName, EventPayload } from '@api/events';
import type { JobState } from '@api/jobs';
import { AppError } from './errors';
import { TransferStore } from './files/transfer-store';
import { JobRegistry } from './jobs/job-registry';
import { AppSettings } from './settings/app-settings';
import { Workspace } from './workspace';
import { generateDemoCommunity, DEMO_SEED } from './demo/generate-demo';

export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface SessionOptions {
  host: 'electron' | 'browser';
  version: string;
  /** The user-data folder: settings, and workspaces under workspaces/. */
  homeDir: string;
  /**
   * Folders whose files methods may name. null: any path (Electron, where paths come from native
   * dialogs). The browser host passes the workspace folder and each --allow-dir.
   */
  allowedDirs: string[] | null;
  emit: EventSink;
  now?: () => Date;
}

const isInside = (dir: string, target: string) => {
  const rel = path.relative(dir, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** Resolves symlinks of the part that exists, so a link cannot lead out of an allowed folder. */
const realResolve = (p: string): string => {
  const abs = path.resolve(p);
  if (fs.existsSync(abs)) return fs.realpathSync(abs);
  const parent = path.dirname(abs);
  return parent === abs ? abs : path.join(realResolve(parent), path.basename(abs));
};

/** The state of one running workbench: the open workspace, settings, jobs and file policy. */
export class Session {
  readonly settings: AppSettings;
  readonly jobs: JobRegistry;
  /** Uploaded files and one-time downloads (browser host). */
  readonly transfers: TransferStore;
  readonly now: () => Date;
  private current: Workspace | null = null;
  private readonly allowed: string[] | null;

  constructor(readonly options: SessionOptions) {
    this.now = options.now ?? (() => new Date());
    this.settings = new AppSettings(options.homeDir);
    this.jobs = new JobRegistry((state: JobState) => options.emit('job.progress', state), this.now);
    this.transfers = new TransferStore(path.join(options.homeDir, 'transfers'));
    this.allowed = options.allowedDirs && options.allowedDirs.map((d) => realResolve(d));
    fs.mkdirSync(this.workspacesDir, { recursive: true });
  }

  get workspacesDir(): string {
    return path.join(this.options.homeDir, 'workspaces');
  }

  get allowedDirs(): string[] | null {
    return this.allowed;
  }

  /** Checks a path from a method's input against the folders this host may use. */
  checkPath(p: string): string {
    const abs = realResolve(p);
    if (this.allowed && !this.allowed.some((dir) => isInside(dir, abs))) {
      throw new AppError('FORBIDDEN', `${p} is outside the folders this workbench may use (${this.allowed.join(', ')}). Start it with --allow-dir to add a folder.`, {
        key: 'errors.pathNotAllowed',
        params: { path: p },
      });
    }
    return abs;
  }

  /** The file a method's input names: a { path } that passes checkPath, or an earlier upload. */
  resolveFile(ref: FileRef): string {
    return 'path' in ref ? this.checkPath(ref.path) : this.transfers.upload(ref.uploadId).path;
  }

  get workspace(): Workspace {
    if (!this.current) throw new AppError('NOT_FOUND', 'No workspace is open. Create or open one from the File menu.', { key: 'errors.noWorkspace' });
    return this.current;
  }

  get hasWorkspace(): boolean {
    return this.current !== null;
  }

  async open(filePath: string): Promise<Workspace> {
    return this.switchTo(this.checkPath(filePath), false);
  }

  /** Creates a workspace and, for a demo, starts the job that fills it. */
  async create(filePath: string, demo: boolean): Promise<{ workspace: Workspace; job: JobState | null }> {
    const workspace = await this.switchTo(this.checkPath(filePath), true);
    const job = demo
      ? this.jobs.start('workspace.demo', async (ctx) => {
          const counts = await generateDemoCommunity(workspace.db, ctx, { seed: DEMO_SEED, now: this.now() });
          this.options.emit('workspace.changed', { path: workspace.path });
          return counts;
        })
      : null;
    return { workspace, job };
  }

  private async switchTo(filePath: string, create: boolean): Promise<Workspace> {
    if (this.current?.path === filePath && !create) return this.current;
    fs.mkdirSync(path.dirname(filePath), { recursive: true });
    // Open the new one first: if that fails, the current workspace stays open.
    const next = await Workspace.open(filePath, { create, now: this.now });
    await this.closeWorkspace();
    this.current = next;
    this.settings.addRecent(filePath, this.now().toISOString());
    this.options.emit('workspace.changed', { path: filePath });
    return next;
  }

  async closeWorkspace(): Promise<void> {
    if (!this.current) return;
    await this.jobs.cancelAll();
    const closing = this.current;
    this.current = null;
    await closing.close();
  }
}
