import { z } from 'zod';
import { method } from './define';
import { jobStarted } from './common';
import { filePreview, importLanguages, importModes, importRejection, previewColumn, readOptions, recodeTable } from './csv-import';
import { memberMatches } from './response-import';

/**
 * What the shop and the community platform record, imported from CSV (api/csv-import.ts reads the
 * file): transactions (member, time, amount, currency) and activity events (member, time, type,
 * session minutes). Each row names a panel member by code, external id or email; each import is a
 * batch that can be undone.
 */

const column = z.string().min(1).max(500);
const from = z.object({ column }).strict();
const memberColumn = z.object({ column, by: z.enum(memberMatches) }).strict();
const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as EUR');

export const transactionMapping = z
  .object({
    member: memberColumn,
    /** When: ISO 8601 (2024-03-05T14:22:10Z, 2024-03-05 14:22, 2024-03-05; no zone = UTC). */
    at: from,
    /** The amount as written (12.50, 1 234,50 with decimalComma), exact to the currency's minor unit. */
    amount: from,
    /** A column of ISO 4217 codes; without it every row is in `defaultCurrency`. */
    currency: from.optional(),
    defaultCurrency: currencyCode.optional(),
    decimalComma: z.boolean().default(false),
  })
  .strict();
export type TransactionMapping = z.infer<typeof transactionMapping>;

export const activityMapping = z
  .object({
    member: memberColumn,
    at: from,
    /** post, comment, like, share, report or login (in English, Chinese or Russian); recode names the platform's own words, e.g. { "thread_created": "post" }. */
    type: from.extend({ recode: recodeTable.optional() }).strict(),
    sessionMinutes: from.optional(),
    decimalComma: z.boolean().default(false),
  })
  .strict();
export type ActivityMapping = z.infer<typeof activityMapping>;

export const communityImportKinds = ['transactions', 'activity'] as const;
export type CommunityImportKind = (typeof communityImportKinds)[number];
/** The fields a column can fill, per kind. */
export const transactionFields = ['member', 'at', 'amount', 'currency'] as const;
export const activityFields = ['member', 'at', 'type', 'sessionMinutes'] as const;
export type CommunityField = (typeof transactionFields)[number] | (typeof activityFields)[number];

const rowCheck = z.object({
  rows: z.int(),
  added: z.int(),
  rejected: z.int(),
  /** The first rejections (at most 200). */
  rejections: z.array(importRejection),
});

export const communityImportPreview = filePreview.extend({
  /** Each column with the field its header suggests (member: by a member code). */
  columns: z.array(previewColumn.extend({ suggested: z.object({ field: z.enum([...transactionFields, ...activityFields]), by: z.enum(memberMatches).nullable() }).nullable() })),
  /** With a mapping: how the rows read would import (null without one). */
  check: rowCheck.nullable(),
});
export type CommunityImportPreview = z.infer<typeof communityImportPreview>;

/** The result of a transactions.import or activity.import job (jobs.get / jobs.wait → result). */
export const communityImportResult = z.object({
  /** false: nothing was written (all-or-nothing with rejected rows). */
  committed: z.boolean(),
  message: z.string(),
  /** The import batch (for undo); null when nothing was written. */
  importId: z.int().nullable(),
  rows: z.int(),
  added: z.int(),
  rejected: z.int(),
  /** The first 1,000 rejections; all of them are in the rejected-rows CSV (imports.rejectedCsv). */
  rejections: z.array(importRejection),
});
export type CommunityImportResult = z.infer<typeof communityImportResult>;

const communityImportBatch = z.object({
  id: z.int(),
  fileName: z.string(),
  actor: z.string(),
  importedAt: z.string(),
  rows: z.int(),
  added: z.int(),
  rejected: z.int(),
  undoneAt: z.string().nullable(),
});

const importOptions = {
  mode: z.enum(importModes).default('all-or-nothing'),
  /** The language of the rejected-rows CSV's headers and reasons. */
  language: z.enum(importLanguages).default('en'),
};

const previewSummary = (what: string) =>
  `Read the start of a CSV of ${what}: encoding, delimiter, header, sample rows and problems, each column with the field its header suggests, and, with a mapping, how the rows read would import.`;
const importSummary = (what: string) =>
  `Import a CSV of ${what} as a job: each row names a panel member; the job result is { importId, added, rejected } with the rejections. Lifecycle stages and RFM groups are derived again.`;
const listMethod = (what: string) => method({ summary: `Past imports of ${what}, newest first.`, input: z.object({}).strict(), output: z.object({ items: z.array(communityImportBatch) }) });
const undoMethod = (what: string) =>
  method({
    summary: `Undo an import of ${what} as a job: its rows are removed, and lifecycle stages and RFM groups derived again.`,
    input: z.object({ importId: z.int() }).strict(),
    output: jobStarted,
  });

const TRANSACTIONS = 'transactions (purchases: member, time, amount, currency)';
const ACTIVITY = 'community activity events (member, time, type, session minutes)';

export const communityImportMethods = {
  'transactions.previewImport': method({ summary: previewSummary(TRANSACTIONS), input: z.object({ ...readOptions, mapping: transactionMapping.optional() }).strict(), output: communityImportPreview }),
  'transactions.import': method({ summary: importSummary(TRANSACTIONS), input: z.object({ ...readOptions, mapping: transactionMapping, ...importOptions }).strict(), output: jobStarted }),
  'transactions.imports': listMethod(TRANSACTIONS),
  'transactions.undoImport': undoMethod(TRANSACTIONS),
  'activity.previewImport': method({ summary: previewSummary(ACTIVITY), input: z.object({ ...readOptions, mapping: activityMapping.optional() }).strict(), output: communityImportPreview }),
  'activity.import': method({ summary: importSummary(ACTIVITY), input: z.object({ ...readOptions, mapping: activityMapping, ...importOptions }).strict(), output: jobStarted }),
  'activity.imports': listMethod(ACTIVITY),
  'activity.undoImport': undoMethod(ACTIVITY),
};
