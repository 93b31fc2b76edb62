import { describe, expect, it } from 'vitest';
import type { JobState } from '@api/jobs';
import { emptyJobs, mergeJob, type JobsSnapshot } from '@renderer/shell/jobs-snapshot';

const job = (id: string, state: JobState['state'], done = 0, startedAt = '2026-01-15T09:00:00.000Z'): JobState => ({
  id,
  kind: 'workspace.demo',
  state,
  progress: { done, total: 100, phase: 'jobs.phase.members' },
  startedAt,
  finishedAt: state === 'running' ? null : '2026-01-15T09:01:00.000Z',
  result: null,
  error: null,
});

const fold = (states: JobState[], from: JobsSnapshot = emptyJobs) => {
  let snapshot = from;
  const ended: string[] = [];
  for (const state of states) {
    const merged = mergeJob(snapshot, state);
    snapshot = merged.snapshot;
    if (merged.ended) ended.push(state.id);
  }
  return { snapshot, ended };
};

describe('mergeJob', () => {
  it('keeps the latest state of each job, newest job first', () => {
    const { snapshot } = fold([job('a', 'running', 10), job('b', 'running', 0, '2026-01-15T09:05:00.000Z'), job('a', 'running', 50)]);
    expect(snapshot.jobs.map((j) => [j.id, j.progress.done])).toEqual([
      ['b', 0],
      ['a', 50],
    ]);
  });

  it('reports the end of a job it saw running', () => {
    expect(fold([job('a', 'running'), job('a', 'succeeded')]).ended).toEqual(['a']);
  });

  it('does not report jobs that had ended before it first saw them', () => {
    const { snapshot, ended } = fold([job('a', 'failed')]);
    expect(ended).toEqual([]);
    expect(snapshot.watched.has('a')).toBe(false);
  });

  it('never moves an ended job back to running (a late event)', () => {
    const { snapshot, ended } = fold([job('a', 'running', 10), job('a', 'cancelled', 10), job('a', 'running', 20)]);
    expect(snapshot.jobs[0]!.state).toBe('cancelled');
    expect(ended).toEqual(['a']);
  });
});
