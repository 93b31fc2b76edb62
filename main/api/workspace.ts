import { z } from 'zod';
import { method } from './define';
import { empty } from './common';

export const workspaceInfo = z.object({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  sizeBytes: z.number().int(),
  counts: z.object({ members: z.number().int(), surveys: z.number().int(), responses: z.number().int() }),
  /** Members per lifecycle stage, for the overview funnel. */
  lifecycle: z.array(z.object({ stage: z.string(), members: z.number().int() })),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfo>;

/** The one extension a workspace file has: the core opens and creates only such names. */
export const WORKSPACE_EXTENSION = '.sqlite';

const workspacePath = z.string().min(1).refine((p) => p.endsWith(WORKSPACE_EXTENSION), `A workspace file name ends in ${WORKSPACE_EXTENSION}`);

const recentWorkspace = z.object({ path: z.string(), name: z.string(), openedAt: z.string(), exists: z.boolean() });

export const workspaceMethods = {
  'workspace.info': method({ summary: 'Path, schema version and counts of the open workspace.', input: empty, output: workspaceInfo }),
  'workspace.create': method({
    summary: 'Create a workspace file and open it; with demo: true a job fills it with the demo community.',
    input: z.object({ path: workspacePath, demo: z.boolean().default(false) }).strict(),
    output: z.object({ path: z.string(), jobId: z.string().nullable() }),
  }),
  'workspace.open': method({
    summary:
      'Open an existing workspace file. A workspace another program holds is refused (LOCKED); with takeOver: true its lock is taken over (only when the user is sure it is open nowhere).',
    input: z.object({ path: z.string().min(1), takeOver: z.boolean().default(false) }).strict(),
    output: workspaceInfo,
  }),
  'workspace.recent': method({
    summary: 'Recently opened workspaces, newest first.',
    input: empty,
    output: z.object({ items: z.array(recentWorkspace) }),
  }),
  'workspace.backup': method({
    summary:
      'Save a consistent copy of the open workspace (SQLite VACUUM INTO) through the safe writer; an existing file only with replace: true, and never a workspace.',
    input: z.object({ path: workspacePath, replace: z.boolean().default(false) }).strict(),
    output: z.object({ path: z.string(), sizeBytes: z.number().int() }),
  }),
  'workspace.browse': method({
    summary: 'Workspace files in a folder the workbench may use (for hosts without native file dialogs).',
    input: z.object({ dir: z.string().min(1).nullable().default(null) }).strict(),
    output: z.object({
      dir: z.string(),
      dirs: z.array(z.string()),
      files: z.array(z.object({ name: z.string(), path: z.string(), sizeBytes: z.number().int(), modifiedAt: z.string() })),
    }),
  }),
};
