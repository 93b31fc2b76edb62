import { z } from 'zod';

/** Error codes every caller can branch on; messages are for people, codes for code. */
export const errorCodes = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'LIMIT', 'LOCKED', 'FORBIDDEN', 'CANCELLED', 'CORRUPT', 'NOT_AVAILABLE', 'INTERNAL'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const issueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type Issue = z.infer<typeof issueSchema>;

export const errorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(issueSchema).optional(),
  /** i18n key and parameters so the renderer can show the message in the user's language. */
  key: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type RpcError = z.infer<typeof errorSchema>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: RpcError };
