import fs from 'node:fs';
import path from 'node:path';
import type { workspaceMethods } from '@api/workspace';
import type { Session } from '../../core/session';
import { browseDirs } from './app';
import type { DomainHandlers } from './types';

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

export const workspaceHandlers = (session: Session): DomainHandlers<typeof workspaceMethods> => ({
  'workspace.info': () => session.workspace.info(),
  'workspace.create': async ({ path: target, demo }) => {
    const { workspace, job } = await session.create(target, demo);
    return { path: workspace.path, jobId: job?.id ?? null };
  },
  'workspace.open': async ({ path: target, takeOver }) => (await session.open(target, { takeOver })).info(),
  'workspace.recent': async () => ({
    items: session.settings.recent.map((r) => ({ ...r, name: path.basename(r.path, '.sqlite'), exists: fs.existsSync(r.path) })),
  }),
  'workspace.backup': ({ path: target, replace }) => session.workspace.backup(session.checkPath(target), { replace }),
  'workspace.browse': async ({ dir }) => {
    const folder = dir === null ? browseDirs(session)[0]! : session.checkPath(dir);
    return { dir: folder, dirs: browseDirs(session), files: fs.existsSync(folder) ? listWorkspaceFiles(folder) : [] };
  },
});
