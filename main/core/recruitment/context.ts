import type { Tx } from '../db/writer';
import type { WorkspaceDb } from '../db/workspace-db';
import type { Session } from '../session';

/** What a read needs: the reader connection, or the open write transaction for a consistent read. */
export type Queryable = Pick<Tx, 'all' | 'get'>;

/** One call's view of the session: the workspace, the time of the call and who makes it. */
export interface RecruitmentContext {
  db: WorkspaceDb;
  now: Date;
  /** The local user profile, for audit entries and contact history. */
  actor: string;
}

export const recruitmentContext = (session: Session): RecruitmentContext => ({
  db: session.workspace.db,
  now: session.now(),
  actor: session.settings.userName ?? 'unknown',
});
