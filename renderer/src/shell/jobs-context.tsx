import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { JobState } from '@api/jobs';
import { useApi } from '@renderer/api/api-context';
import { emptyJobs, mergeJob, type JobsSnapshot } from './jobs-snapshot';

interface JobsContextValue extends JobsSnapshot {
  /** Starts following a job another call has just started (its first events may have passed). */
  track(jobId: string): void;
  /** Resolves once the job has stopped and rolled back. */
  cancel(jobId: string): Promise<void>;
}

const JobsContext = createContext<JobsContextValue | null>(null);

/** Jobs from jobs.list, kept current by job.progress events; re-read whenever events may have been lost. */
export function JobsProvider({ onJobEnded, children }: { onJobEnded: (job: JobState) => void; children: ReactNode }) {
  const api = useApi();
  const [snapshot, setSnapshot] = useState<JobsSnapshot>(emptyJobs);
  const current = useRef<JobsSnapshot>(emptyJobs);
  const onEnded = useRef(onJobEnded);
  useEffect(() => {
    onEnded.current = onJobEnded;
  });

  const apply = useCallback((states: readonly JobState[]) => {
    const ended: JobState[] = [];
    for (const state of states) {
      const merged = mergeJob(current.current, state);
      current.current = merged.snapshot;
      if (merged.ended) ended.push(state);
    }
    setSnapshot(current.current);
    ended.forEach((job) => onEnded.current(job));
  }, []);

  const reload = useCallback(() => {
    api.call('jobs.list', {}).then(({ jobs }) => apply(jobs), (err: unknown) => console.warn('Could not list jobs.', err));
  }, [api, apply]);

  useEffect(() => {
    reload();
    const unsubscribe = [api.on('job.progress', (state) => apply([state])), api.onResync(reload)];
    return () => unsubscribe.forEach((off) => off());
  }, [api, apply, reload]);

  const value = useMemo<JobsContextValue>(
    () => ({
      ...snapshot,
      track: (jobId) => {
        api.call('jobs.get', { jobId }).then((state) => apply([state]), (err: unknown) => console.warn('Could not read the job.', err));
      },
      cancel: async (jobId) => apply([await api.call('jobs.cancel', { jobId })]),
    }),
    [snapshot, api, apply],
  );
  return <JobsContext value={value}>{children}</JobsContext>;
}

export function useJobs(): JobsContextValue {
  const value = useContext(JobsContext);
  if (!value) throw new Error('useJobs needs a <JobsProvider>.');
  return value;
}
