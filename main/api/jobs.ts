import { z } from 'zod';
import { method } from './define';

const jobStates = ['running', 'succeeded', 'failed', 'cancelled'] as const;

export const jobState = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(jobStates),
  progress: z.object({
    done: z.number(),
    total: z.number().nullable(),
    /** i18n key of the current phase, e.g. "jobs.phase.members". */
    phase: z.string().nullable(),
  }),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  result: z.json().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type JobState = z.infer<typeof jobState>;

const jobId = z.object({ jobId: z.string().min(1) }).strict();

export const jobsMethods = {
  'jobs.get': method({ summary: 'State, progress, result or error of a job.', input: jobId, output: jobState }),
  'jobs.wait': method({
    summary: 'Wait until a job ends or timeoutMs passes, then return its state.',
    input: z.object({ jobId: z.string().min(1), timeoutMs: z.number().int().min(0).max(600_000) }).strict(),
    output: jobState,
  }),
  'jobs.cancel': method({
    summary: 'Ask a running job to stop; its changes are rolled back.',
    input: jobId,
    output: jobState,
  }),
  'jobs.list': method({
    summary: 'Jobs started since the workbench opened, newest first.',
    input: z.object({}).strict(),
    output: z.object({ jobs: z.array(jobState) }),
  }),
};
