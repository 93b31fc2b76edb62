import type { healthMethods } from '@api/health';
import { callContext } from '../../core/call-context';
import { segmentMembers } from '../../core/analysis/segments';
import { communityHealth } from '../../core/health/health-service';
import type { Session } from '../../core/session';
import type { DomainHandlers } from './types';

/** The community health dashboard; a segment is resolved here (core/analysis), as health and analysis are sibling areas. */
export const healthHandlers = (session: Session): DomainHandlers<typeof healthMethods> => ({
  'analysis.health': async ({ segmentId, ...request }) => {
    const ctx = callContext(session);
    const scope = segmentId === undefined ? null : { segmentId, members: await segmentMembers(ctx.db, segmentId) };
    return communityHealth(ctx, request, scope);
  },
});
