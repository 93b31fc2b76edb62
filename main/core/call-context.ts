import type { FileRef } from '@api/common';
import type { WorkspaceDb } from './db/workspace-db';
import type { WriteSource, Written } from './files/safe-writer';
import type { Session } from './session';

/** How a service reads a file the caller named and hands back one it wrote. */
export interface FileDelivery {
  /** The local path of a `{ path }` inside the allowed folders, or of an earlier upload. */
  resolve(ref: FileRef): string;
  /** Writes at a caller-chosen path through the safe writer (never onto a workspace; an existing file only with replace). */
  save(target: string, source: WriteSource, options: { replace: boolean; signal?: AbortSignal }): Promise<Written>;
  /** A one-time download id for a file in the browser host; null in the desktop app, where the path is the answer. */
  offer(filePath: string, fileName: string): string | null;
}

/**
 * What every core service receives: one call's view of the session (DESIGN.md §3), never the
 * session itself. Built once per call.
 */
export interface CallContext {
  db: WorkspaceDb;
  /** The clock; tests fix it. */
  now: () => Date;
  /** The local user profile, recorded in audit entries, undo and contact history. */
  actor: string;
  files: FileDelivery;
}

/** The call context of the session's open workspace (NOT_FOUND when none is open). */
export function callContext(session: Session): CallContext {
  return {
    db: session.workspace.db,
    now: session.now,
    actor: session.settings.userName ?? 'unknown',
    files: fileDelivery(session),
  };
}

/** The session's file delivery, for services that write files but need no workspace (chart images). */
export function fileDelivery(session: Session): FileDelivery {
  return {
    resolve: (ref) => session.resolveFile(ref),
    save: (target, source, options) => session.saveFile(target, source, options),
    offer: (filePath, fileName) => (session.options.host === 'browser' ? session.transfers.offerDownload(filePath, fileName) : null),
  };
}
