import fs from 'node:fs';
import { AppError } from '../errors';
import { readFailure } from './fs-errors';

/** The first 16 bytes of every SQLite database. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Files SQLite and the workbench keep beside a workspace: writing one of them corrupts or unlocks it. */
export const WORKSPACE_SIDECARS = ['-wal', '-shm', '-journal', '.lock'] as const;

/** Nothing at the path, or a folder: no database is there. */
const NO_FILE = new Set(['ENOENT', 'EISDIR', 'ENOTDIR']);

/**
 * True when the file starts with SQLite's header, whatever its name. A file that cannot be read is
 * an error (FORBIDDEN), not a "no": it might be a workspace.
 */
export async function isSqliteFile(filePath: string): Promise<boolean> {
  let handle: fs.promises.FileHandle | null = null;
  try {
    // Only a regular file can be a database (and opening a named pipe would wait for a writer).
    if (!(await fs.promises.stat(filePath)).isFile()) return false;
    handle = await fs.promises.open(filePath, 'r');
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return bytesRead === head.length && head.equals(SQLITE_HEADER);
  } catch (err) {
    if (NO_FILE.has((err as NodeJS.ErrnoException).code ?? '')) return false;
    throw readFailure(err, filePath);
  } finally {
    await handle?.close();
  }
}

/**
 * The workspace a write at target would damage, or null: target is the open workspace (protect) or
 * any SQLite database; or the -wal, -shm, -journal or .lock of one; or a WAL, shared-memory or journal
 * file lies beside target, which SQLite would replay into a database written there.
 */
async function workspaceAt(target: string, protect: readonly string[]): Promise<string | null> {
  const isWorkspace = async (p: string) => protect.includes(p) || (await isSqliteFile(p));
  if (await isWorkspace(target)) return target;
  for (const suffix of WORKSPACE_SIDECARS) {
    const base = target.slice(0, -suffix.length);
    if (target.endsWith(suffix) && (await isWorkspace(base))) return base;
  }
  for (const suffix of WORKSPACE_SIDECARS.filter((s) => s !== '.lock')) {
    if (fs.existsSync(target + suffix)) return target;
  }
  return null;
}

/** Refuses, with CONFLICT, a write that would replace or corrupt a workspace. */
export async function refuseWorkspaceTarget(target: string, protect: readonly string[]): Promise<void> {
  const workspace = await workspaceAt(target, protect);
  if (workspace === null) return;
  const what =
    workspace !== target
      ? `${target} belongs to the workspace ${workspace}.`
      : fs.existsSync(target)
        ? `A workspace already exists at ${target}.`
        : `${target} has the -wal, -shm or -journal file of a workspace beside it.`;
  throw new AppError('CONFLICT', `${what} The workbench never writes over a workspace: choose another name.`, {
    key: 'errors.writeOntoWorkspace',
    params: { path: target },
  });
}
