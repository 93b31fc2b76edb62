import { z } from 'zod';
import { questionTypes, surveyLanguages } from '@model/survey/definition';
import { method } from './define';
import { jobStarted } from './common';
import { filePreview, importLanguages, importModes, importRejection, previewColumn, readOptions, recodeTable } from './csv-import';

/**
 * Responses collected elsewhere (LimeSurvey, Kobo, a spreadsheet) imported into a published survey
 * version from a CSV export: each row becomes a new complete response with a new UUID. The file is
 * read, previewed and rejected row by row as in the member import (api/csv-import.ts).
 */

const id = z.string().min(1).max(100);
const code = z.string().min(1).max(64);
const column = z.string().min(1).max(500);

/**
 * A column that answers a question: the question; for a matrix, the row; for a multiple choice given
 * as one 0/1 column per option, the option (`optionCode`); `optionCode: "other"` on a single or
 * multiple choice is the column with the text of "Other, please specify".
 */
export const answerColumn = z
  .object({
    column,
    questionId: code,
    rowId: code.optional(),
    optionCode: code.optional(),
    /** Replace raw values before they are read, e.g. { "0": null } (null = missing). */
    recode: recodeTable.optional(),
  })
  .strict();
export type AnswerColumn = z.infer<typeof answerColumn>;

export const memberMatches = ['code', 'externalId', 'email'] as const;
export type MemberMatch = (typeof memberMatches)[number];

/** The column that says who answered: a member code, external id or email of a panel member. */
const memberColumn = z.object({ column, by: z.enum(memberMatches) }).strict();
/** A column of timestamps (ISO 8601: 2024-03-05T14:22:10Z, 2024-03-05 14:22, 2024-03-05; no zone = UTC). */
const timestampColumn = z.object({ column }).strict();

const mappingFields = {
  surveyVersionId: id,
  member: memberColumn.optional(),
  startedAt: timestampColumn.optional(),
  completedAt: timestampColumn.optional(),
  /** Numbers written with a decimal comma (3,5). */
  decimalComma: z.boolean().default(false),
};

/** Where a column can go: an answer, or one of the response's own columns. */
export const columnTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('answer'), questionId: code, rowId: code.nullable(), optionCode: code.nullable() }),
  z.object({ kind: z.literal('member'), by: z.enum(memberMatches) }),
  z.object({ kind: z.literal('startedAt') }),
  z.object({ kind: z.literal('completedAt') }),
]);
export type ColumnTarget = z.infer<typeof columnTarget>;

/** An answer a column can fill, with the words to show for it in the version's language. */
export const answerTarget = z.object({
  questionId: code,
  rowId: code.nullable(),
  optionCode: code.nullable(),
  type: z.enum(questionTypes),
  /** The question's text, then the matrix row's or the option's label, as the version has them. */
  questionText: z.string(),
  partLabel: z.string().nullable(),
  /** Codes and labels the column's values may be (choices and scales; empty for numbers and text). */
  options: z.array(z.object({ code, label: z.string() })),
});
export type AnswerTarget = z.infer<typeof answerTarget>;

/** How the rows read so far would import with the mapping given: what previewImport checks before any job. */
const rowCheck = z.object({
  rows: z.int(),
  added: z.int(),
  skipped: z.int(),
  rejected: z.int(),
  /** The first rejections (at most 200). */
  rejections: z.array(importRejection),
});

export const responseImportPreview = filePreview.extend({
  version: z.object({
    id,
    surveyId: id,
    title: z.string(),
    version: z.int(),
    language: z.enum(surveyLanguages),
    /** anonymous: no member column may be mapped; member: every row needs one. */
    identification: z.enum(['anonymous', 'member', 'optional']),
  }),
  /** Every answer a column can fill, in the order of the questionnaire. */
  targets: z.array(answerTarget),
  /** Each column with the target its header suggests (question id or text, `q[row]`, `q/option`, start and end times, member code). */
  columns: z.array(previewColumn.extend({ suggested: columnTarget.nullable() })),
  /** With a mapping: how the rows read would import (null without one). */
  check: rowCheck.nullable(),
});
export type ResponseImportPreview = z.infer<typeof responseImportPreview>;

/** The result of a responses.importCsv job (jobs.get / jobs.wait → result). Every data row is added, skipped or rejected. */
export const responseImportResult = z.object({
  /** false: nothing was written (all-or-nothing with rejected rows). */
  committed: z.boolean(),
  message: z.string(),
  surveyVersionId: id,
  rows: z.int(),
  /** New complete responses. */
  added: z.int(),
  /** Rows without any mapped answer. */
  skipped: z.int(),
  /** Rows refused, each for the reasons in rejections. */
  rejected: z.int(),
  /** The first 1,000 rejections; all of them are in the rejected-rows CSV (imports.rejectedCsv). */
  rejections: z.array(importRejection),
});
export type ResponseImportResult = z.infer<typeof responseImportResult>;

export const responseImportMethods = {
  'responses.previewImport': method({
    summary:
      'Read the start of a CSV export for a published survey version: encoding, delimiter, header, sample rows and problems, each column with the answer its header suggests, and, with a mapping, how the rows read would import.',
    input: z
      .object({
        ...readOptions,
        ...mappingFields,
        mapping: z.array(answerColumn).max(2000).optional(),
      })
      .strict(),
    output: responseImportPreview,
  }),
  'responses.importCsv': method({
    summary:
      'Import responses collected elsewhere into a published survey version as a job: each row a new complete response with a new UUID and its content hash; the job result is { added, skipped, rejected } with the rejections.',
    input: z
      .object({
        ...readOptions,
        ...mappingFields,
        mapping: z.array(answerColumn).min(1).max(2000),
        mode: z.enum(importModes).default('all-or-nothing'),
        /** The language of the rejected-rows CSV's headers and reasons. */
        language: z.enum(importLanguages).default('en'),
      })
      .strict(),
    output: jobStarted,
  }),
};
