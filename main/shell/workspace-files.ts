import path from 'node:path';
import { WORKSPACE_EXTENSION } from '@api/workspace';

/** Save dialogs do not add the extension on every platform; the core only accepts .sqlite names. */
export const withWorkspaceExtension = (filePath: string) =>
  filePath.endsWith(WORKSPACE_EXTENSION) ? filePath : `${filePath}${WORKSPACE_EXTENSION}`;

/** Where "Save a Copy…" proposes to write: beside the workspace, named after it. */
export const defaultCopyPath = (workspacePath: string) =>
  path.join(path.dirname(workspacePath), `${path.basename(workspacePath, WORKSPACE_EXTENSION)}-copy${WORKSPACE_EXTENSION}`);
