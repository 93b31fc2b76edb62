import type { Session } from '../core/session';
import { appHandlers } from './handlers/app';
import { jobsHandlers } from './handlers/jobs';
import type { Handlers } from './handlers/types';
import { workspaceHandlers } from './handlers/workspace';

export type { Handler, Handlers } from './handlers/types';

/** The handler table: every method of the contract mapped to a core service call. */
export function createHandlers(session: Session): Handlers {
  return {
    ...appHandlers(session),
    ...workspaceHandlers(session),
    ...jobsHandlers(session),
  };
}
