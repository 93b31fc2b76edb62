import { z } from 'zod';
import { fileRef, isoDate, jobStarted } from './common';
import { method } from './define';

/**
 * Bundles: responses moving between devices as files that merge with nothing lost and nothing
 * counted twice (README, "Bundles"). Export and import are jobs; conflicts wait for the user.
 */

const id = z.string().min(1).max(100);
/** A passphrase protects a bundle with AES-256-GCM (key by scrypt). */
const passphrase = z.string().min(1).max(1000);

/** The result of a bundles.export job (jobs.get / jobs.wait → result). */
export const bundleExportResult = z.object({
  /** Where it was saved (null: offered as a download). */
  path: z.string().nullable(),
  fileName: z.string(),
  responses: z.int(),
  versions: z.int(),
  members: z.int(),
  tombstones: z.int(),
  /** Browser host, without path: a one-time GET /download/<downloadId>. */
  downloadId: z.string().nullable(),
});
export type BundleExportResult = z.infer<typeof bundleExportResult>;

/** What a field of an unreadable response record should be: i18n `bundles.import.expected.<kind>`. */
export const recordExpectations = ['object', 'absent', 'response', 'status', 'voidCause', 'text', 'textOrNull', 'hash', 'hashList', 'answerList', 'answer', 'questionId', 'numberOrNull'] as const;
export type RecordExpectation = (typeof recordExpectations)[number];

/** Each in English (`{{name}}`: a parameter), for the result's message and the English UI alike. */
export const recordExpectationsEn: Record<RecordExpectation, string> = {
  object: 'an object',
  absent: 'absent (it is not a field of a response record)',
  response: '"response"',
  status: '"complete" or "void"',
  voidCause: 'null or one of {{causes}}',
  text: 'a text of 1 to {{max}} characters',
  textOrNull: 'a text or null',
  hash: 'a SHA-256 hash (64 lowercase hex digits)',
  hashList: 'a list of hashes',
  answerList: 'a list of answers',
  answer: 'an answer [questionId, rowId, optionCode, num, text]',
  questionId: 'a question id (text)',
  numberOrNull: 'a number or null',
};

const rejection = z.object({
  line: z.int(),
  responseId: z.string().nullable(),
  reason: z.enum(['invalidRecord', 'hashMismatch', 'versionMissing', 'duplicate']),
  /** A record that cannot be read: the field, what it should be (i18n `bundles.import.expected.<expected>`) and that text's parameters. */
  detail: z
    .object({
      field: z.string(),
      expected: z.enum(recordExpectations),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    })
    .nullable(),
  message: z.string(),
});

/** The result of a bundles.import job: every response in the bundle is added, updated, skipped, in conflict or rejected. */
export const bundleImportResult = z.object({
  added: z.int(),
  updated: z.int(),
  skipped: z.int(),
  conflicts: z.int(),
  rejected: z.int(),
  message: z.string(),
  /** The first 1,000 rejected responses, each with its reason. */
  rejections: z.array(rejection),
  /** Survey versions the bundle brought, with the number each has here. */
  versionsAdded: z.array(z.object({ id, surveyId: id, title: z.string(), version: z.int() })),
  members: z.object({
    added: z.int(),
    updated: z.int(),
    /** Member records not taken because the member was erased (here or elsewhere). */
    erasedSkipped: z.int(),
    /** Members erased here by the bundle's erasures. */
    erased: z.int(),
    /** Responses linked to a member that arrived after them. */
    linked: z.int(),
  }),
  /** Quota cells that the merged responses now exceed (nothing is trimmed). */
  quotaOvershoots: z.array(
    z.object({ surveyVersionId: id, title: z.string(), version: z.int(), cell: z.literal('responseCap'), limit: z.int(), complete: z.int(), over: z.int() }),
  ),
});
export type BundleImportResult = z.infer<typeof bundleImportResult>;

/** A stored answer row, as the content hash reads it. */
const answerRow = z.object({ questionId: z.string(), rowId: z.string().nullable(), optionCode: z.string().nullable(), num: z.number().nullable(), text: z.string().nullable() });
const conflictSide = z.object({ status: z.enum(['draft', 'complete', 'void']), answers: z.array(answerRow) });

export const bundleConflict = z.object({
  id: z.int(),
  responseId: id,
  surveyVersionId: id,
  title: z.string(),
  version: z.int(),
  detectedAt: isoDate,
  localHash: z.string(),
  theirHash: z.string(),
  theirDeviceId: z.string(),
  mine: conflictSide,
  theirs: conflictSide,
});
export type BundleConflict = z.infer<typeof bundleConflict>;

const keepChoices = ['theirs', 'mine', 'both'] as const;

export const bundlesMethods = {
  'bundles.export': method({
    summary:
      'Export a bundle (a job): one survey’s complete and void responses, or everything changed since the last export to the same destination, with the versions they need, members changed here (by uid) and erasures; optional passphrase (AES-256-GCM). Saved at path through the safe writer; browser host without path: a download.',
    input: z
      .object({
        path: z.string().min(1).optional(),
        surveyId: id.optional(),
        /** ISO time: only what changed after it (default: since the last export to this destination). */
        since: isoDate.optional(),
        passphrase: passphrase.optional(),
        replace: z.boolean().default(false),
      })
      .strict(),
    output: jobStarted,
  }),
  'bundles.import': method({
    summary:
      'Import a bundle (a job): each response added, updated (an edit of the one here), skipped (the same, or older), kept aside as a conflict, or rejected; versions and members it brings are added, erasures applied. A damaged, tampered, wrongly unlocked or foreign file is refused whole, with nothing written.',
    input: z.object({ file: fileRef, passphrase: passphrase.optional() }).strict(),
    output: jobStarted,
  }),
  'bundles.conflicts': method({
    summary: 'Responses kept aside by bundle imports: the same response with other content here and in a bundle, both sides shown.',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(bundleConflict) }),
  }),
  'bundles.resolve': method({
    summary:
      'Resolve a conflict: keep theirs (the local content goes to the response’s history), mine, or both (theirs added as a new response); audited. The choice travels on as an update.',
    input: z.object({ conflictId: z.int().positive(), keep: z.enum(keepChoices), reason: z.string().trim().max(500).optional() }).strict(),
    output: z.object({ conflictId: z.int(), responseId: id, keep: z.enum(keepChoices), copyResponseId: id.nullable() }),
  }),
};
