import { z } from 'zod';
import { consentStatuses, importableFields, nonEmpty, type ImportableField } from '@model/members/member-fields';
import { method } from './define';
import { empty, jobStarted } from './common';
import { filePreview, importDelimiters, importEncodings, importLanguages, importModes, importRejection, previewColumn, readOptions, recodeTable } from './csv-import';

// The reading settings, problems and rejections every CSV import shares; re-exported for the member import's callers.
export { importModes, type ImportEncoding, type ImportLanguage } from './csv-import';

export const importDateFormats = ['YYYY-MM-DD', 'DD.MM.YYYY', 'MM/DD/YYYY', 'DD/MM/YYYY'] as const;
export type ImportDateFormat = (typeof importDateFormats)[number];
export const duplicatePolicies = ['skip', 'update', 'keepBoth'] as const;

/**
 * Member fields a column can fill: the member-field table's importable fields, then `age` beside
 * the birth year (it becomes one; needs collectedOn) and `tags` (a column of tag names).
 */
type FieldTarget = ImportableField | 'age' | 'tags';
export const importFieldTargets = nonEmpty<FieldTarget>([...importableFields.flatMap((f): FieldTarget[] => (f === 'birthYear' ? [f, 'age'] : [f])), 'tags']);
export type ImportFieldTarget = (typeof importFieldTargets)[number];

export const SCREENER_TARGET_PREFIX = 'screener:ipip-openness:';

/**
 * Where a column goes: a member field; `tag:<name>` (a yes/no column: yes applies that tag);
 * `attr:<key>` (a custom attribute); `screener:ipip-openness:<1–10>` (an openness item); `ignore`.
 */
export const importTarget = z.union([
  z.enum([...importFieldTargets, 'ignore']),
  z.string().regex(/^tag:\S.{0,59}$/, 'expects tag:<name> (a name of at most 60 characters)'),
  z.string().regex(/^attr:\S{1,100}$/, 'expects attr:<key>'),
  z.string().regex(/^screener:ipip-openness:([1-9]|10)$/, 'expects screener:ipip-openness:<1–10>'),
]);
export type ImportTarget = z.infer<typeof importTarget>;

export const columnMapping = z
  .object({
    /** The header name (or "Column N" for a file without a header). */
    column: z.string().min(1).max(500),
    target: importTarget,
    /** Replace raw values before they are checked: e.g. { "1": "male", "0": null } (null = missing). */
    recode: recodeTable.optional(),
  })
  .strict();
export type ColumnMapping = z.infer<typeof columnMapping>;

const importMapping = z.array(columnMapping).min(1).max(1000);

/** One consent status for every row of the file, with its date and scope (instead of a consent column). */
export const importConsent = z
  .object({
    status: z.enum(consentStatuses),
    date: z.iso.date().nullable().optional(),
    scope: z.string().trim().max(500).nullable().optional(),
  })
  .strict();
export type ImportConsent = z.infer<typeof importConsent>;

/** A year ("2012") or a day ("2012-06-30"): when the data was collected, for age → birth year. */
const collectedOn = z.union([z.iso.date(), z.string().regex(/^\d{4}$/, 'expects YYYY or YYYY-MM-DD')]);

const savedMapping = z.object({
  id: z.number().int(),
  name: z.string(),
  mapping: importMapping,
  settings: z.object({
    encoding: z.enum(importEncodings).optional(),
    delimiter: z.enum(importDelimiters).optional(),
    dateFormat: z.enum(importDateFormats).optional(),
    decimalComma: z.boolean().optional(),
    collectedOn: collectedOn.optional(),
  }),
  createdAt: z.string(),
});
export type SavedImportMapping = z.infer<typeof savedMapping>;

export const importPreview = filePreview.extend({
  columns: z.array(previewColumn.extend({ suggested: importTarget.nullable() })),
  /** A saved mapping whose columns are all in this file's header (most columns first). */
  savedMapping: savedMapping.nullable(),
});
export type ImportPreview = z.infer<typeof importPreview>;

/** Identical warnings are grouped: one entry per column, kind and value, with the rows it occurred in. */
const importWarning = z.object({
  column: z.string().nullable(),
  code: z.string(),
  value: z.string().nullable(),
  count: z.number().int(),
  /** The first rows (at most 50) where it occurred. */
  rows: z.array(z.number().int()),
  message: z.string(),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** The result of a members.import job (jobs.get / jobs.wait → result). Every data row ends in exactly one of inserted, updated, skipped, rejected. */
export const importResult = z.object({
  /** false: nothing was written (all-or-nothing with rejected rows). */
  committed: z.boolean(),
  message: z.string(),
  batchId: z.number().int().nullable(),
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  rejectedCount: z.number().int(),
  /** The first 1,000 rejections; all of them are in the rejected-rows CSV (imports.rejectedCsv). */
  rejected: z.array(importRejection),
  /** Why rows were skipped (duplicates of a member, of an earlier row of the file), grouped like warnings. */
  skips: z.array(importWarning),
  warningCount: z.number().int(),
  /** Values left empty in rows that were kept. */
  warnings: z.array(importWarning),
});
export type ImportResult = z.infer<typeof importResult>;

export const importBatch = z.object({
  id: z.number().int(),
  fileName: z.string(),
  actor: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  inserted: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  rejected: z.number().int(),
  warnings: z.number().int(),
  undoneAt: z.string().nullable(),
  /** Members this import added that are still in the panel. */
  membersRemaining: z.number().int(),
  /**
   * Whether imports.undo would do it: available; undone (already); expired (the old values of the
   * members it updated were purged); touched (members it added or updated were changed since);
   * nothing (it added no member that remains and updated none).
   */
  undo: z.enum(['available', 'undone', 'expired', 'touched', 'nothing']),
  /** Until when the updates it made can be undone (null: it updated nobody). */
  undoUntil: z.string().nullable(),
});

export const memberImportMethods = {
  'members.previewImport': method({
    summary: 'Read the start of a CSV/TSV file: detected encoding, delimiter and header, columns with suggested targets, sample rows and problems.',
    input: z.object(readOptions).strict(),
    output: importPreview,
  }),
  'members.import': method({
    summary: 'Import members from a CSV/TSV file as a job (staged, then merged in one transaction); the job result is an import result.',
    input: z
      .object({
        ...readOptions,
        mapping: importMapping,
        onDuplicate: z.enum(duplicatePolicies),
        mode: z.enum(importModes).default('all-or-nothing'),
        collectedOn: collectedOn.optional(),
        dateFormat: z.enum(importDateFormats).default('YYYY-MM-DD'),
        decimalComma: z.boolean().default(false),
        /** One consent status for all rows (not with a column mapped to consentStatus). */
        consent: importConsent.optional(),
        /** The language of the rejected-rows CSV's headers and reasons. */
        language: z.enum(importLanguages).default('en'),
      })
      .strict(),
    output: jobStarted,
  }),
  'imports.list': method({
    summary: 'Past member imports, newest first, with their counts and whether each can be undone.',
    input: empty,
    output: z.object({ items: z.array(importBatch) }),
  }),
  'imports.undo': method({
    summary:
      'Undo an import (a job): remove the members it added and put back the values it replaced on members it updated; refused while any of them has been touched since, or once the undo of its updates expired (30 days).',
    input: z.object({ batchId: z.number().int().positive(), reason: z.string().trim().max(500).optional() }).strict(),
    output: jobStarted,
  }),
  'imports.rejectedCsv': method({
    summary:
      'The rejected rows of an import job as a CSV (original columns plus the reason), to fix and import again; with path, saved there through the safe writer (an existing file only with replace: true, never a workspace), else kept by the workbench (browser host: offered as a download).',
    input: z
      .object({
        jobId: z.string().min(1),
        /** Where to save it, e.g. the path dialogs.savePath answered. */
        path: z.string().min(1).optional(),
        /** Replace a file already at path (the save dialog or the user confirmed it). */
        replace: z.boolean().default(false),
      })
      .strict(),
    output: z.object({
      path: z.string(),
      fileName: z.string(),
      rows: z.number().int(),
      /** Browser host: a one-time GET /download/<downloadId>. */
      downloadId: z.string().nullable(),
    }),
  }),
  'importMappings.list': method({
    summary: 'Saved column mappings for member imports.',
    input: empty,
    output: z.object({ items: z.array(savedMapping) }),
  }),
  'importMappings.save': method({
    summary: 'Save a column mapping (and reading settings) under a name; an existing name is replaced.',
    input: z.object({ name: z.string().trim().min(1).max(100), mapping: importMapping, settings: savedMapping.shape.settings.default({}) }).strict(),
    output: savedMapping,
  }),
  'importMappings.delete': method({
    summary: 'Delete a saved column mapping.',
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: z.object({ deleted: z.boolean() }),
  }),
};
