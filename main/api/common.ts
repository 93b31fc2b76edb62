import { z } from 'zod';

export const isoDate = z.iso.datetime({ offset: true });

/** A file the core reads or writes: a path on disk, or a file streamed to the browser host first. */
export const fileRef = z.union([
  z.object({ path: z.string().min(1) }).strict(),
  z.object({ uploadId: z.string().min(1) }).strict(),
]);
export type FileRef = z.infer<typeof fileRef>;

export const empty = z.object({}).strict();

/** Methods that start long work answer at once with the job to follow. */
export const jobStarted = z.object({ jobId: z.string() });
