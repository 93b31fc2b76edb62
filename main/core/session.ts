import fs from 'node:fs';
import path from 'node:path';
import type { FileRef } from '@api/common';
import type { EventName, EventPayload } from '@api/events';
import type { JobState } from '@api/jobs';
import { AppError } from './errors';
import { sweepTempFiles } from './files/owned-files';
import { safeWrite, type WriteSource, type Written } from './files/safe-writer';
import { TransferStore } from './files/transfer-store';
import { JobRegistry } from './jobs/job-registry';
import { ExportJobs } from './export/export-jobs';
import { ResponseImports } from './collection/response-import/import-service';
import { CommunityImports } from './community/import/import-service';
import { ErasedValues, RejectedRowsFiles } from './files/csv-import/rejected-rows';
import { MemberImports } from './panel/import/import-service';
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
  /** The rejected rows every import job (members, responses) keeps. */
  readonly rejectedRows: RejectedRowsFiles;
  /** Member import jobs. */
  readonly imports: MemberImports;
  /** Import jobs of responses collected elsewhere. */
  readonly responseImports: ResponseImports;
  /** Import jobs of transactions and activity events. */
  readonly communityImports: CommunityImports;
  /** CSV export jobs, and the files they keep for download. */
  readonly exports: ExportJobs;
  readonly now: () => Date;
  private current: Workspace | null = null;
  private readonly allowed: string[] | null;

  constructor(readonly options: SessionOptions) {
    this.now = options.now ?? (() => new Date());
    this.settings = new AppSettings(options.homeDir);
    this.jobs = new JobRegistry((state: JobState) => options.emit('job.progress', state), this.now);
    this.transfers = new TransferStore(this.transfersDir);
    this.rejectedRows = new RejectedRowsFiles(options.homeDir);
    const importsHost = {
      jobs: this.jobs,
      rejectedRows: this.rejectedRows,
      uploadName: (uploadId: string) => this.transfers.upload(uploadId).fileName,
      changed: (workspacePath: string) => options.emit('workspace.changed', { path: workspacePath }),
    };
    this.imports = new MemberImports(importsHost);
    this.responseImports = new ResponseImports(importsHost);
    this.communityImports = new CommunityImports(importsHost);
    this.exports = new ExportJobs(this.jobs, options.homeDir);
    this.allowed = options.allowedDirs && options.allowedDirs.map((d) => realResolve(d));
    fs.mkdirSync(this.workspacesDir, { recursive: true });
    this.sweepLeftovers();
  }

  get workspacesDir(): string {
    return path.join(this.options.homeDir, 'workspaces');
  }

  private get transfersDir(): string {
    return path.join(this.options.homeDir, 'transfers');
  }

  /**
   * What a killed process left: temporary files of interrupted writes in the folders the app writes
   * to (the desktop app may write anywhere, so there: the folders of recent workspaces), uploads, and
   * rejected-row files no job of a running process can reach any more.
   */
  private sweepLeftovers(): void {
    const writtenTo = this.allowed ?? this.settings.recent.map((r) => path.dirname(r.path));
    for (const dir of new Set([this.workspacesDir, this.transfersDir, ...writtenTo])) sweepTempFiles(dir);
    this.transfers.sweepOrphans();
    this.rejectedRows.sweep();
    this.exports.sweep();
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

  /** Writes a file at a path from a method's input: an allowed folder, the safe writer, never the open workspace. */
  saveFile(target: string, source: WriteSource, options: { replace: boolean; signal?: AbortSignal }): Promise<Written> {
    return safeWrite(this.checkPath(target), source, { ...options, protect: this.current ? [this.current.path] : [] });
  }

  async open(filePath: string, options: { takeOver?: boolean } = {}): Promise<Workspace> {
    const target = this.checkPath(filePath);
    if (this.current?.path === target) return this.current;
    return this.switchTo(await Workspace.open(target, { create: false, now: this.now, takeOver: options.takeOver }));
  }

  /** Creates a workspace and, for a demo, starts the job that fills it. */
  async create(filePath: string, demo: boolean): Promise<{ workspace: Workspace; job: JobState | null }> {
    const protect = this.current ? [this.current.path] : [];
    const workspace = await this.switchTo(await Workspace.create(this.checkPath(filePath), { now: this.now, protect }));
    const job = demo
      ? this.jobs.start('workspace.demo', async (ctx) => {
          const counts = await generateDemoCommunity(workspace.db, ctx, { seed: DEMO_SEED, now: this.now() });
          this.options.emit('workspace.changed', { path: workspace.path });
          return counts;
        })
      : null;
    return { workspace, job };
  }

  /** Makes an opened workspace the current one; it was opened first, so a failure leaves the current one open. */
  private async switchTo(next: Workspace): Promise<Workspace> {
    await this.closeWorkspace();
    this.current = next;
    this.settings.addRecent(next.path, this.now().toISOString());
    this.options.emit('workspace.changed', { path: next.path });
    return next;
  }

  /**
   * After an erasure: removes the member's identifying values from what is kept outside the workspace
   * file (rejected rows, import results in memory) and deletes every upload and kept export. A running job may still
   * write rejected rows and a result: then this is done once every job has ended.
   */
  async forgetErased(values: readonly (string | null)[]): Promise<void> {
    const erased = new ErasedValues(values);
    const forget = async () => {
      const removedRows = await this.rejectedRows.forget(erased);
      this.imports.forget(erased, removedRows);
      this.responseImports.forget(erased, removedRows);
      this.communityImports.forget(erased, removedRows);
      await this.transfers.discardUploads();
      await this.exports.discardKept();
    };
    if (!this.jobs.anyRunning) return forget();
    void this.jobs
      .whenIdle()
      .then(forget)
      .catch((err: unknown) => console.error('Clearing an erased member from import leftovers failed:', err));
  }

  async closeWorkspace(): Promise<void> {
    if (!this.current) return;
    await this.jobs.cancelAll();
    const closing = this.current;
    this.current = null;
    await closing.close();
  }
}
