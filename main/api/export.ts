import { z } from 'zod';
import { filterSchema } from '@model/filter/filter';
import { csvDecimalSeparators, csvDelimiters, csvNewlines, csvPresets } from '@model/csv/csv-options';
import { responseStatuses } from '@model/responses/response-kinds';
import { storedFields } from '@model/members/member-fields';
import { crosstabRequest, summaryRequest } from './analysis';
import { method } from './define';
import { jobStarted } from './common';
import { memberId } from './members';

/**
 * CSV exports (README "Export"): members, responses (wide or long), a version's codebook, a crosstab, a question's summary and the
 * points ledger, each written as a job through the core's safe writer, with the file's settings
 * given as a preset and any setting on its own.
 */

const exportLanguages = ['en', 'zh-CN', 'ru'] as const;

/** How the file is written: a preset, then any setting on its own over it (csv-options.ts). */
const csvSettings = {
  preset: z.enum(csvPresets).default('excelLocal'),
  /** The UI language: "Excel in this language" follows it, and so do the codebook's words. */
  language: z.enum(exportLanguages).default('en'),
  delimiter: z.enum(csvDelimiters).optional(),
  decimal: z.enum(csvDecimalSeparators).optional(),
  bom: z.boolean().optional(),
  newline: z.enum(csvNewlines).optional(),
  /** The formula-injection guard; off only for machine consumers. */
  guard: z.boolean().optional(),
};

/** Where the file goes: a path (the desktop app's save dialog), else kept by the workbench and offered as a download (browser host). */
const target = {
  path: z.string().min(1).optional(),
  /** Replace a file already at path (the save dialog or the user confirmed it). */
  replace: z.boolean().default(false),
};

/** A member column: a stored member field, the openness score, or a custom attribute (attr:<key>). */
const memberExportColumns = [...storedFields, 'openness'] as const;
const memberColumn = z.union([z.enum(memberExportColumns), z.string().regex(/^attr:\S{1,100}$/, 'expects a member field or attr:<key>')]);

const memberSelection = {
  /** The members matching a filter (the members list's current filter); { and: [] } is everyone. */
  filter: filterSchema.nullable().optional(),
  /** Or a saved segment's members. */
  segmentId: z.number().int().positive().optional(),
  /** Or the listed members (a selection). */
  memberIds: z.array(memberId).min(1).max(100_000).optional(),
  /** Or a campaign's invitation list: its rules with its frozen openness thresholds, and only members who may be contacted. */
  campaignId: z.number().int().positive().optional(),
  /** The columns, in order; default: the members list's columns. */
  columns: z.array(memberColumn).min(1).max(200).optional(),
};

const oneSelection = (v: { filter?: unknown; segmentId?: unknown; memberIds?: unknown; campaignId?: unknown }, ctx: z.RefinementCtx) => {
  const given = [v.filter !== undefined && v.filter !== null, v.segmentId !== undefined, v.memberIds !== undefined, v.campaignId !== undefined].filter(Boolean).length;
  if (given !== 1) ctx.addIssue({ code: 'custom', path: ['filter'], message: 'give one of filter, segmentId, memberIds or campaignId (filter { "and": [] } is every member)' });
};

const isoDay = z.iso.date();

const responseSelection = {
  surveyVersionId: z.string().min(1).max(100),
  /** Which responses by status; default the complete ones. */
  statuses: z.array(z.enum(responseStatuses)).min(1).default(['complete']),
  /** Include or leave out responses with a quality flag. */
  flagged: z.enum(['include', 'exclude']).default('include'),
  /** Only responses of the members in this saved segment. */
  segmentId: z.number().int().positive().optional(),
  /** Responses started on or after this day (UTC). */
  from: isoDay.optional(),
  /** Responses started on or before this day (UTC). */
  to: isoDay.optional(),
  shape: z.enum(['wide', 'long']).default('wide'),
  values: z.enum(['labels', 'codes']).default('labels'),
  /** Wide: a multiple choice as one 0/1 column per option, or one column of the choices joined by ";". */
  multi: z.enum(['flags', 'joined']).default('flags'),
  /** Wide: the code of a question hidden by display logic, and of one shown but not answered (both in the codebook). */
  notShown: z.string().max(20).default('-98'),
  notAnswered: z.string().max(20).default('-99'),
  /** Wide: member fields added as columns (member.<field>). */
  memberColumns: z.array(memberColumn).max(200).default([]),
};

export const memberExportInput = z.object({ ...memberSelection, ...csvSettings, ...target }).strict().superRefine(oneSelection);
export type MemberExportInput = z.output<typeof memberExportInput>;
export const responseExportInput = z.object({ ...responseSelection, ...csvSettings, ...target }).strict();
export type ResponseExportInput = z.output<typeof responseExportInput>;
export const codebookExportInput = z
  .object({
    surveyVersionId: responseSelection.surveyVersionId,
    multi: responseSelection.multi,
    notShown: responseSelection.notShown,
    notAnswered: responseSelection.notAnswered,
    ...csvSettings,
    ...target,
  })
  .strict();
export type CodebookExportInput = z.output<typeof codebookExportInput>;
export const crosstabExportInput = z.object({ ...crosstabRequest, ...csvSettings, ...target }).strict();
export type CrosstabExportInput = z.output<typeof crosstabExportInput>;
export const summaryExportInput = z.object({ ...summaryRequest, ...csvSettings, ...target }).strict();
export type SummaryExportInput = z.output<typeof summaryExportInput>;
export const pointsExportInput = z.object({ memberId: memberId.optional(), ...csvSettings, ...target }).strict();
export type PointsExportInput = z.output<typeof pointsExportInput>;

/** A file an export job wrote. */
export const exportedFile = z.object({
  path: z.string(),
  fileName: z.string(),
  /** Data rows (the header not counted). */
  rows: z.int(),
  sizeBytes: z.int(),
  /** Browser host: a one-time GET /download/<downloadId>; null in the desktop app. */
  downloadId: z.string().nullable(),
});
export type ExportedFile = z.infer<typeof exportedFile>;

/** The result of an export job (jobs.get / jobs.wait → result); a wide export also wrote its codebook beside the file. */
export const exportResult = exportedFile.extend({ codebook: exportedFile.nullable() });
export type ExportResult = z.infer<typeof exportResult>;

/** export.preview takes any export's input, named by `of`. */
export const exportPreviewInput = z.discriminatedUnion('of', [
  z.object({ of: z.literal('members'), ...memberSelection, ...csvSettings, ...target }).strict().superRefine(oneSelection),
  z.object({ of: z.literal('responses'), ...responseSelection, ...csvSettings, ...target }).strict(),
  codebookExportInput.extend({ of: z.literal('codebook') }).strict(),
  pointsExportInput.extend({ of: z.literal('points') }).strict(),
  crosstabExportInput.extend({ of: z.literal('crosstab') }).strict(),
  summaryExportInput.extend({ of: z.literal('summary') }).strict(),
]);
export type ExportPreviewInput = z.output<typeof exportPreviewInput>;

export const exportMethods = {
  'export.members': method({
    summary:
      'Export members as CSV (a job): a filter, a segment, a selection or a campaign invitation list (its rules and the consent rule), with the chosen columns; an export with personal data is audited (who, when, how many, which columns).',
    input: memberExportInput,
    output: jobStarted,
  }),
  'export.responses': method({
    summary:
      "Export a survey version's responses as CSV (a job): wide (one row per response, its codebook written beside) or long (response, question, row, value), values as labels or codes, filtered by status, flags, start date and segment.",
    input: responseExportInput,
    output: jobStarted,
  }),
  'export.codebook': method({
    summary: "Export a survey version's codebook as CSV (a job): question id, column, text, type, option codes and labels, version, display logic, override reason, the missing-value codes.",
    input: codebookExportInput,
    output: jobStarted,
  }),
  'export.points': method({
    summary: "Export the points ledger (one member's, or everyone's) as CSV (a job), through the same writer and guard.",
    input: pointsExportInput,
    output: jobStarted,
  }),
  'export.crosstab': method({
    summary:
      'Export a crosstab as CSV (a job), as the screen shows it: takes the analysis.crosstab input; counts, column % and significance letters per column with the bases, or n/mean/sd per column; then the notes and the test results (chi-square, Fisher, ANOVA, Welch) in the export\'s language.',
    input: crosstabExportInput,
    output: jobStarted,
  }),
  'export.summary': method({
    summary:
      "Export one question's summary as CSV (a job), as the screen shows it: takes the analysis.summary input; option counts and % (answers left out of means marked), the base, n/mean/median/sd (lowest/highest for a number), top-2-box, NPS with its groups, a matrix row by row, open text's word frequencies, in the export's language.",
    input: summaryExportInput,
    output: jobStarted,
  }),
  'export.preview': method({
    summary: 'The header and first 20 rows of an export, as they will be written (numbers formatted, the guard applied), for any export input named by `of`.',
    input: exportPreviewInput,
    output: z.object({ header: z.array(z.string()), rows: z.array(z.array(z.string())) }),
  }),
};
