import fs from 'node:fs';
import path from 'node:path';
import type { MethodName, MethodOutput, ParsedInput } from '@api/index';
import type { Session } from '../core/session';

export type Handler<M extends MethodName> = (input: ParsedInput<M>) => Promise<MethodOutput<M>>;
/** One handler per method of the contract: a missing one does not compile. */
export type Handlers = { [M in MethodName]: Handler<M> };

const listWorkspaceFiles = (dir: string) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.sqlite'))
    .map((e) => {
      const full = path.join(dir, e.name);
      const stat = fs.statSync(full);
      return { name: e.name, path: full, sizeBytes: stat.size, modifiedAt: stat.mtime.toISOString() };
    })
    .sort((a, b) => a.name.localeCompare(b.name));

export function createHandlers(session: Session): Handlers {
  const browseDirs = () => session.allowedDirs ?? [session.workspacesDir];
  return {
    'app.info': async () => ({
      host: session.options.host,
      version: session.options.version,
      workspacesDir: session.workspacesDir,
      allowedDirs: browseDirs(),
    }),
    'profile.get': async () => ({ name: session.settings.userName }),
    'profile.set': async ({ name }) => {
      session.settings.setUserName(name);
      return { name };
    },

    'workspace.info': () => session.workspace.info(),
    'workspace.create': async ({ path: target, demo }) => {
      const { workspace, job } = await session.create(target, demo);
      return { path: workspace.path, jobId: job?.id ?? null };
    },
    'workspace.open': async ({ path: target }) => (await session.open(target)).info(),
    'workspace.recent': async () => ({
      items: session.settings.recent.map((r) => ({ ...r, name: path.basename(r.path, '.sqlite'), exists: fs.existsSync(r.path) })),
    }),
    'workspace.backup': ({ path: target }) => session.workspace.backup(session.checkPath(target)),
    'workspace.browse': async ({ dir }) => {
      const folder = dir === null ? browseDirs()[0]! : session.checkPath(dir);
      return { dir: folder, dirs: browseDirs(), files: fs.existsSync(folder) ? listWorkspaceFiles(folder) : [] };
    },

    'jobs.get': async ({ jobId }) => session.jobs.get(jobId),
    'jobs.wait': ({ jobId, timeoutMs }) => session.jobs.wait(jobId, timeoutMs),
    'jobs.cancel': ({ jobId }) => session.jobs.cancel(jobId),
    'jobs.list': async () => ({ jobs: session.jobs.list() }),
  };
}
