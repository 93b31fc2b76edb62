import type { JobState } from '@api/jobs';

/** The jobs this window knows, newest first, and which of them it has seen running. */
export interface JobsSnapshot {
  jobs: readonly JobState[];
  watched: ReadonlySet<string>;
}

export const emptyJobs: JobsSnapshot = { jobs: [], watched: new Set() };

/**
 * Folds one job state (from an event, jobs.get, jobs.list or jobs.cancel) into the snapshot.
 * States can arrive out of order across those channels: a job that has ended never goes back to
 * running. `ended` is true when this state ends a job this window saw running.
 */
export function mergeJob(snapshot: JobsSnapshot, job: JobState): { snapshot: JobsSnapshot; ended: boolean } {
  const previous = snapshot.jobs.find((j) => j.id === job.id);
  if (previous && previous.state !== 'running' && job.state === 'running') return { snapshot, ended: false };
  const jobs = previous ? snapshot.jobs.map((j) => (j.id === job.id ? job : j)) : [job, ...snapshot.jobs];
  const watched = job.state === 'running' && !snapshot.watched.has(job.id) ? new Set([...snapshot.watched, job.id]) : snapshot.watched;
  const ended = job.state !== 'running' && previous?.state === 'running';
  return { snapshot: { jobs: [...jobs].sort((a, b) => b.startedAt.localeCompare(a.startedAt)), watched }, ended };
}
