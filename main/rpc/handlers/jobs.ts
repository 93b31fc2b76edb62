import type { jobsMethods } from '@api/jobs';
import type { Session } from '../../core/session';
import type { DomainHandlers } from './types';

export const jobsHandlers = (session: Session): DomainHandlers<typeof jobsMethods> => ({
  'jobs.get': async ({ jobId }) => session.jobs.get(jobId),
  'jobs.wait': ({ jobId, timeoutMs }) => session.jobs.wait(jobId, timeoutMs),
  'jobs.cancel': ({ jobId }) => session.jobs.cancel(jobId),
  'jobs.list': async () => ({ jobs: session.jobs.list() }),
});
