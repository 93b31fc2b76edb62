import { describe, expect, it } from 'vitest';
import type { JobState } from '../../../main/api/jobs';
import { AppError } from '../../../main/core/errors';
import { JobRegistry } from '../../../main/core/jobs/job-registry';
import { fixedClock, fixedIds } from '../../support/fixed';
import { tempWorkspace } from '../../support/workspace';

const registry = () => {
  const events: JobState[] = [];
  return { jobs: new JobRegistry((s) => events.push(s), fixedClock(), fixedIds('job')), events };
};

describe('jobs', () => {
  it('runs a job, reports progress and keeps its result', async () => {
    const { jobs, events } = registry();
    const started = jobs.start('count', async (ctx) => {
      for (let i = 1; i <= 3; i++) {
        ctx.progress(i, 3, 'jobs.phase.counting');
        await ctx.checkpoint();
      }
      return { counted: 3 };
    });
    expect(started).toMatchObject({ id: 'job-1', kind: 'count', state: 'running' });
    const done = await jobs.wait(started.id, 5_000);
    expect(done).toMatchObject({ state: 'succeeded', result: { counted: 3 }, progress: { done: 3, total: 3, phase: 'jobs.phase.counting' } });
    expect(done.finishedAt).not.toBeNull();
    // The clock advances a second per reading, so every progress call was past the throttle.
    expect(events.map((e) => e.progress.done)).toEqual([0, 1, 2, 3, 3]);
    expect(events.at(-1)?.state).toBe('succeeded');
    expect(jobs.list().map((j) => j.id)).toEqual(['job-1']);
  });

  it('returns the running state when wait times out', async () => {
    const { jobs } = registry();
    let finish!: () => void;
    const job = jobs.start('slow', () => new Promise((r) => (finish = () => r(null))));
    expect((await jobs.wait(job.id, 10)).state).toBe('running');
    finish();
    expect((await jobs.wait(job.id, 1_000)).state).toBe('succeeded');
  });

  it('records a failure with its code', async () => {
    const { jobs } = registry();
    const job = jobs.start('bad', async () => {
      throw new AppError('VALIDATION', 'row 3: email is not an email');
    });
    expect(await jobs.wait(job.id, 1_000)).toMatchObject({ state: 'failed', error: { code: 'VALIDATION', message: 'row 3: email is not an email' } });
  });

  it('answers NOT_FOUND for an unknown job', () => {
    const { jobs } = registry();
    expect(() => jobs.get('nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('cancels at the next checkpoint and rolls the database back to where it was', async () => {
    const ws = await tempWorkspace();
    await ws.db.writer.transaction((tx) => tx.run("INSERT INTO tag (name, name_key, created_at) VALUES ('before', 'before', 'x')"));
    const { jobs } = registry();
    let reachedHalf!: () => void;
    const half = new Promise<void>((r) => (reachedHalf = r));
    const job = jobs.start('insert', (ctx) =>
      ws.db.writer.transaction(async (tx) => {
        for (let i = 0; i < 1000; i++) {
          await tx.run('INSERT INTO tag (name, name_key, created_at) VALUES (?, ?, ?)', [`t${i}`, `t${i}`, 'x']);
          if (i === 500) reachedHalf();
          await ctx.checkpoint();
        }
        return null;
      }),
    );
    await half;
    const cancelled = await jobs.cancel(job.id);
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.error?.code).toBe('CANCELLED');
    expect(await ws.db.reader.all('SELECT name FROM tag')).toEqual([{ name: 'before' }]);
    // The writer is free again after the rollback.
    await ws.db.writer.transaction((tx) => tx.run("INSERT INTO tag (name, name_key, created_at) VALUES ('after', 'after', 'x')"));
    expect(await ws.db.reader.all('SELECT name FROM tag ORDER BY id')).toEqual([{ name: 'before' }, { name: 'after' }]);
    await ws.close();
  });

  it('runs cleanups after the body and before the end is reported, and at once for a job that has ended', async () => {
    const { jobs, events } = registry();
    let finish!: () => void;
    const job = jobs.start('import', () => new Promise((r) => (finish = () => r({ committed: true }))));
    const seen: string[] = [];
    void jobs.whenEnded(job.id, async (state) => {
      seen.push(`cleanup saw ${state.state}; ended reported: ${events.some((e) => e.finishedAt !== null)}`);
    });
    await jobs.wait(job.id, 10);
    finish();
    const done = await jobs.wait(job.id, 1_000);
    expect(seen).toEqual(['cleanup saw succeeded; ended reported: false']);
    expect(done.finishedAt).not.toBeNull();
    await jobs.whenEnded(job.id, async () => void seen.push('late'));
    expect(seen).toHaveLength(2);
  });

  it('whenIdle waits for every running job, and rewriteResults changes only finished ones', async () => {
    const { jobs } = registry();
    const finishers: (() => void)[] = [];
    const a = jobs.start('a', () => new Promise((r) => finishers.push(() => r({ value: 'a' }))));
    const b = jobs.start('b', () => new Promise((r) => finishers.push(() => r({ value: 'b' }))));
    await jobs.wait(a.id, 10);
    let idle = false;
    const waiting = jobs.whenIdle().then(() => (idle = true));
    finishers[0]!();
    await jobs.wait(a.id, 1_000);
    jobs.rewriteResults(() => ({ value: 'rewritten' }));
    expect([jobs.get(a.id).result, jobs.get(b.id).result, idle]).toEqual([{ value: 'rewritten' }, null, false]);
    expect(jobs.anyRunning).toBe(true);
    finishers[1]!();
    await waiting;
    expect(jobs.anyRunning).toBe(false);
    expect(jobs.get(b.id).result).toEqual({ value: 'b' });
  });
});
