import { useEffect, useRef } from 'react';
import type { JobState } from '@api/jobs';
import { useJobs } from '@renderer/shell/jobs-context';

/** The job's current state (null until the jobs list has it); onEnded runs once when it ends. */
export function useEndedJob(jobId: string | null, onEnded: (job: JobState) => void): JobState | null {
  const { jobs } = useJobs();
  const job = jobs.find((j) => j.id === jobId) ?? null;
  const reported = useRef<string | null>(null);
  const ended = job !== null && job.state !== 'running';
  useEffect(() => {
    if (!ended || reported.current === job.id) return;
    reported.current = job.id;
    onEnded(job);
  }, [ended, job, onEnded]);
  return job;
}
