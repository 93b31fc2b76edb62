import { CancelledError } from '../../main/core/errors';
import type { JobContext } from '../../main/core/jobs/job-registry';

/** A job's context whose nth checkpoint stops the job as a cancel there would: to cancel a job at each of its checkpoints in turn. */
export function cancelAtCheckpoint(n: number): JobContext {
  let reached = 0;
  return {
    signal: new AbortController().signal,
    progress: () => undefined,
    checkpoint: async () => {
      if (++reached === n) throw new CancelledError();
    },
  };
}
