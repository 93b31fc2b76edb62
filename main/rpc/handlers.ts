import type { Session } from '../core/session';
import { analysisHandlers } from './handlers/analysis';
import { appHandlers } from './handlers/app';
import { bundlesHandlers } from './handlers/bundles';
import { campaignsHandlers } from './handlers/campaigns';
import { chartsHandlers } from './handlers/charts';
import { collectionHandlers } from './handlers/collection';
import { communityHandlers } from './handlers/community';
import { dialogsHandlers } from './handlers/dialogs';
import { exportHandlers } from './handlers/export';
import { healthHandlers } from './handlers/health';
import { jobsHandlers } from './handlers/jobs';
import { kioskHandlers } from './handlers/kiosk';
import { memberImportHandlers } from './handlers/member-import';
import { membersHandlers } from './handlers/members';
import { recruitmentHandlers } from './handlers/recruitment';
import { responseImportHandlers } from './handlers/response-import';
import { surveysHandlers } from './handlers/surveys';
import { tagsHandlers } from './handlers/tags';
import type { Handlers } from './handlers/types';
import { workspaceHandlers } from './handlers/workspace';

export type { Handlers } from './handlers/types';

/** The handler table: every method of the contract mapped to a core service call. */
export function createHandlers(session: Session): Handlers {
  return {
    ...appHandlers(session),
    ...dialogsHandlers(),
    ...kioskHandlers(),
    ...workspaceHandlers(session),
    ...jobsHandlers(session),
    ...membersHandlers(session),
    ...memberImportHandlers(session),
    ...tagsHandlers(session),
    ...recruitmentHandlers(session),
    ...campaignsHandlers(session),
    ...surveysHandlers(session),
    ...collectionHandlers(session),
    ...responseImportHandlers(session),
    ...chartsHandlers(session),
    ...communityHandlers(session),
    ...analysisHandlers(session),
    ...healthHandlers(session),
    ...exportHandlers(session),
    ...bundlesHandlers(session),
  };
}
