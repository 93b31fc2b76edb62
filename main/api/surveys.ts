import { z } from 'zod';
import { questionTypes, surveyDefinition, surveyLanguages, type SurveyDefinitionInput } from '@model/survey/definition';
import { parseDefinition } from '@model/survey/parse-definition';
import { method } from './define';
import { empty, fileRef } from './common';

/**
 * Surveys: drafts, frozen published versions, the live length estimate against the limits,
 * calibration from observed answer timings, and the definition's JSON file. The definition itself
 * (pages, questions, logic, settings) is main/model/survey/definition.ts; every method that takes
 * one reads it with parseDefinition, so a bad field is refused with VALIDATION and an issue whose
 * path points at it (`definition.pages.0.questions.3.options.1.code`), and the issue's `params`
 * carry the model's `kind` and parameters for translation.
 */

const surveyId = z.string().min(1).max(100);
export const versionId = z.string().min(1).max(100);

/** A definition from a caller: parsed (defaults applied) at the boundary, never trusted as sent. */
const definitionInput = z.custom<SurveyDefinitionInput>().transform((value, ctx) => {
  const parsed = parseDefinition(value);
  if (parsed.ok) return parsed.definition;
  for (const issue of parsed.issues) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: value, params: { kind: issue.kind, ...issue.params } });
  }
  return z.NEVER;
});

/** A survey definition as stored and returned (defaults applied, `format` included). */
export const definitionOutput = surveyDefinition;

/** Length limits: at most `items` items and `minutes` minutes. */
const limits = z.object({ items: z.int().min(1).max(1000), minutes: z.number().positive().max(600) }).strict();
/** A survey's own limits; null for either = the workspace default. */
const ownLimits = z.object({ items: limits.shape.items.nullable(), minutes: limits.shape.minutes.nullable() }).strict();

const limitStatuses = ['ok', 'warning', 'over'] as const;
export const surveyStatuses = ['draft', 'published', 'publishedWithDraft'] as const;
export type SurveyStatus = (typeof surveyStatuses)[number];

/** A problem in a definition: where (path), what (kind, params for translation) and an English message. */
const definitionIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  kind: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});

const costlyQuestion = z.object({ questionId: z.string(), text: z.string(), items: z.number(), seconds: z.number() });

/** One limit checked: value (items or minutes), limit, value/limit, excess past it, status, the three costliest questions by that measure. */
const limitCheck = z.object({
  kind: z.enum(['items', 'minutes']),
  value: z.number(),
  limit: z.number(),
  share: z.number(),
  excess: z.number(),
  status: z.enum(limitStatuses),
  costliest: z.array(costlyQuestion),
});

const questionEstimate = z.object({
  questionId: z.string(),
  pageId: z.string(),
  type: z.enum(questionTypes),
  /** Weighted by visibilityShare: what the question adds to the totals. */
  items: z.number(),
  seconds: z.number(),
  /** For a respondent who sees it. */
  readingSeconds: z.number(),
  answeringSeconds: z.number(),
  visibilityShare: z.number(),
  /** always: no display logic; observed: counted at the share of complete responses that saw it; assumed-all: behind logic, no responses yet, counted in full. */
  visibility: z.enum(['always', 'observed', 'assumed-all']),
});

/** The length estimate (main/model/survey/estimate-length.ts) as it is. */
export const lengthEstimate = z.object({
  items: z.number(),
  seconds: z.number(),
  minutes: z.number(),
  perQuestion: z.array(questionEstimate),
  limits,
  status: z.enum(limitStatuses),
  checks: z.array(limitCheck),
});
export type LengthEstimateOutput = z.infer<typeof lengthEstimate>;

/** The estimate in one line, for lists. */
const estimateSummary = z.object({ items: z.number(), seconds: z.number(), minutes: z.number(), status: z.enum(limitStatuses) });

/** Where answers of this version cannot be compared with the previous published version's (model/survey/comparability.ts). */
const comparabilityBreak = z.object({
  questionId: z.string(),
  kind: z.enum(['questionRemoved', 'typeChanged', 'optionCodeChanged', 'optionRemoved', 'rowRemoved', 'scalePointsChanged']),
  detail: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const surveyVersion = z.object({
  id: versionId,
  version: z.int(),
  /** null: the draft (at most one per survey, always the latest version). */
  publishedAt: z.string().nullable(),
  /** Who published it (the local profile name); null for the draft. */
  publishedBy: z.string().nullable(),
  /** The reason given to publish it over a length limit (or with an override within them); null: none given. */
  overrideReason: z.string().nullable(),
  /** Against the previous published version (none for the first). Stored at publish; for the draft, computed now. */
  breaks: z.array(comparabilityBreak),
  /** Complete responses to this version. */
  responseCount: z.int(),
  estimate: estimateSummary,
});
export type SurveyVersion = z.infer<typeof surveyVersion>;

export const surveySummary = z.object({
  id: surveyId,
  title: z.string(),
  description: z.string().nullable(),
  status: z.enum(surveyStatuses),
  /** The latest version's number (the draft's when there is one). */
  version: z.int(),
  /** The latest published version's number; null: never published. */
  publishedVersion: z.int().nullable(),
  language: z.enum(surveyLanguages),
  /** Questions in the current definition, information blocks not counted. */
  questionCount: z.int(),
  /** Of the current definition (the draft, else the latest published version), with the workspace's constants. */
  estimate: estimateSummary,
  /** Complete responses, all versions. */
  responseCount: z.int(),
  /** Responses started and not yet complete (status draft), all versions. */
  responsesInProgress: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SurveySummary = z.infer<typeof surveySummary>;

export const surveyDetail = surveySummary.extend({
  /** The current definition: the draft's, else the latest published version's (what an edit starts from). */
  definition: definitionOutput,
  /** The draft version, or null when the latest version is published (an edit then starts a new draft). */
  draft: z
    .object({
      versionId,
      version: z.int(),
      /** validateDefinition's rules the draft still breaks: publishing is refused until there are none. */
      issues: z.array(definitionIssue),
    })
    .nullable(),
  /** The survey's own limits (settings.limits of the current definition); null = workspace default. */
  ownLimits,
  /** The limits that apply: its own, else the workspace defaults. */
  limits,
  estimate: lengthEstimate,
  /** Newest first, the draft included. */
  versions: z.array(surveyVersion),
  /** The latest published version's definition, which the designer diffs the draft against (comparability); null: never published. */
  publishedDefinition: definitionOutput.nullable(),
});
export type SurveyDetail = z.infer<typeof surveyDetail>;

const byId = z.object({ id: surveyId }).strict();
const title = z.string().trim().min(1).max(300);
const description = z.string().trim().max(4000).nullable();

export const estimatorConstants = z.object({
  reading: z.object({ wordsPerMinute: z.record(z.enum(surveyLanguages), z.number()), cjkCharactersPerMinute: z.number() }),
  answering: z.record(z.enum(questionTypes), z.object({ baseSeconds: z.number(), perOptionSeconds: z.number(), perRowSeconds: z.number() })),
});

export const fittedConstant = z.object({
  type: z.enum(questionTypes),
  parameter: z.enum(['baseSeconds', 'perRowSeconds']),
  value: z.number(),
  /** Observed questions (one median each) the fit was taken over. */
  questions: z.int(),
  clamped: z.boolean(),
});

const constantsState = z.object({
  constants: estimatorConstants,
  /** default: the sourced constants of estimator-constants.ts; refitted: fitted to this workspace's timings. */
  source: z.enum(['default', 'refitted']),
  fitted: z.array(fittedConstant),
  refittedAt: z.string().nullable(),
  refittedBy: z.string().nullable(),
});

const share = z.number().min(0).max(1);

/**
 * Observed figures of one question of a version. started = responses not void; a response reached
 * a question when it is complete or has an answer or timing at or after the question's position.
 */
const questionCalibration = z.object({
  questionId: z.string(),
  type: z.enum(questionTypes),
  /** The estimate's seconds for one respondent who sees it (reading + answering). */
  estimateSeconds: z.number(),
  /** Median of answer_timing over complete responses that timed it; null: none did. */
  observedMedianSeconds: z.number().nullable(),
  timedResponses: z.int(),
  started: z.int(),
  reached: z.int(),
  answered: z.int(),
  /** Complete responses in which display logic showed it (or that answered it). */
  shown: z.int(),
  /** shown / complete responses; null with no complete response (the estimate then counts it in full). */
  visibilityShare: share.nullable(),
  /** (started − reached) / started: left before reaching it. */
  notReachedShare: share.nullable(),
  /** (started − answered) / started: did not answer it (left before, skipped, or not shown). */
  notAnsweredShare: share.nullable(),
  /** Unfinished responses whose furthest point is this question, / started: where people left. */
  leftAtShare: share.nullable(),
});

export const surveyCalibration = z.object({
  surveyId,
  versionId,
  version: z.int(),
  completeResponses: z.int(),
  startedResponses: z.int(),
  perQuestion: z.array(questionCalibration),
  total: z.object({
    /** The estimate using the observed visibility, in seconds. */
    estimateSeconds: z.number(),
    /** Median over complete responses of the sum of their answer timings; null: none. */
    observedMedianSeconds: z.number().nullable(),
    /** (estimate − observed) / observed; null without observations. */
    errorShare: z.number().nullable(),
  }),
  /** The estimate of this version with the observed visibility of questions behind display logic. */
  estimate: lengthEstimate,
  /** false: no complete response yet, so questions behind display logic count in full. */
  visibilityObserved: z.boolean(),
});
export type SurveyCalibration = z.infer<typeof surveyCalibration>;

const savedFile = z.object({
  json: z.string(),
  fileName: z.string(),
  /** Where it was saved (with path), else null. */
  path: z.string().nullable(),
  /** Browser host, without path: a one-time GET /download/<downloadId>. */
  downloadId: z.string().nullable(),
});

export const surveysMethods = {
  'surveys.list': method({
    summary:
      'Surveys, newest change first: status (draft, published, published with a newer draft), version numbers, language, question count, length estimate (items, seconds, status) and response counts.',
    input: empty,
    output: z.object({ surveys: z.array(surveySummary) }),
  }),
  'surveys.get': method({
    summary: "One survey: its current definition (the draft, else the latest published version), the draft's open issues, limits, length estimate and versions (override reasons, comparability breaks, response counts).",
    input: byId,
    output: surveyDetail,
  }),
  'surveys.create': method({
    summary: 'Create a draft survey with one empty page in a language (en, zh-CN, ru; default en), optionally with its own length limits.',
    input: z
      .object({
        title,
        description: description.default(null),
        language: z.enum(surveyLanguages).default('en'),
        limits: ownLimits.partial().optional(),
      })
      .strict(),
    output: z.object({ id: surveyId, versionId }),
  }),
  'surveys.update': method({
    summary:
      'Save the draft: title, description, definition, limits. A definition that does not parse is refused (VALIDATION, issues with paths); one that breaks the publishing rules is saved and its issues listed. Editing a published survey starts a new draft version.',
    input: z
      .object({
        id: surveyId,
        title: title.optional(),
        description: description.optional(),
        definition: definitionInput.optional(),
        /** Sets the definition's settings.limits (null = workspace default); applied after `definition`. */
        limits: ownLimits.partial().optional(),
      })
      .strict(),
    output: z.object({
      id: surveyId,
      /** The draft after the save; null when the survey has none (a published survey whose title or description changed, or whose definition was saved as published). */
      draft: z.object({ versionId, version: z.int() }).nullable(),
      /** true when this save started a new draft after a published version. */
      startedNewVersion: z.boolean(),
      /** validateDefinition's rules the saved draft breaks (empty: ready to publish as far as rules go). */
      issues: z.array(definitionIssue),
      estimate: lengthEstimate,
      updatedAt: z.string(),
    }),
  }),
  'surveys.estimate': method({
    summary:
      "Length estimate of any definition (saved or not) with the workspace's estimator constants: items and seconds in total and per question, the limits, status ok / warning (from 80 %) / over, and per limit the excess and the three costliest questions.",
    input: z.object({ definition: definitionInput, limits: limits.optional() }).strict(),
    output: lengthEstimate,
  }),
  'surveys.publish': method({
    summary:
      'Publish the draft as a frozen version. Refused with VALIDATION while it breaks rules, with LIMIT when over a length limit (the message and params say which, by how much, and the three costliest questions) unless override.reason is given; the reason is stored with the version and audited. Comparability breaks against the previous published version are stored.',
    input: z
      .object({
        id: surveyId,
        override: z.object({ reason: z.string().trim().min(1, 'give a reason for the override').max(1000) }).strict().optional(),
      })
      .strict(),
    output: z.object({ versionId, version: z.int(), breaks: z.array(comparabilityBreak), overrideReason: z.string().nullable(), estimate: lengthEstimate }),
  }),
  'surveys.versions': method({
    summary: 'The versions of a survey, newest first (the draft included): publishedAt, override reason, comparability breaks, response count.',
    input: byId,
    output: z.object({ versions: z.array(surveyVersion) }),
  }),
  'surveys.exportJson': method({
    summary:
      'The definition JSON (format included) of the draft or of a version; with path, saved there through the safe writer (an existing file only with replace: true, never a workspace), else offered as a one-time download in the browser host.',
    input: z
      .object({
        id: surveyId,
        /** Default: the draft, else the latest published version. */
        versionId: versionId.optional(),
        path: z.string().min(1).optional(),
        replace: z.boolean().default(false),
      })
      .strict(),
    output: savedFile,
  }),
  'surveys.importJson': method({
    summary:
      "Create a draft survey from a definition JSON file ({ path } or { uploadId }); a bad file is refused with VALIDATION and one issue per bad field (path, what was expected) and nothing is written. The title defaults to a path's file name.",
    input: z
      .object({ file: fileRef, title: title.optional() })
      .strict()
      .refine((v) => v.title !== undefined || 'path' in v.file, { path: ['title'], message: 'give a title for an uploaded file' }),
    output: z.object({ id: surveyId, versionId, issues: z.array(definitionIssue) }),
  }),
  'surveys.duplicate': method({
    summary: "Copy a survey's current definition into a new draft survey, optionally in another language (same question ids and option codes, texts to translate).",
    input: z.object({ id: surveyId, language: z.enum(surveyLanguages).optional(), title: title.optional() }).strict(),
    output: z.object({ id: surveyId, versionId }),
  }),
  'surveys.delete': method({
    summary: 'Delete a survey and its versions; refused (CONFLICT) once it has responses.',
    input: byId,
    output: z.object({ id: surveyId }),
  }),
  'surveys.calibration': method({
    summary:
      'Observed figures of a version (default: the latest published): median time per question and in total from answer timings of complete responses, reach and drop-off per question, visibility of questions behind display logic, and the estimate using that visibility.',
    input: z.object({ id: surveyId, versionId: versionId.optional() }).strict(),
    output: surveyCalibration,
  }),
  'surveys.constants': method({
    summary: "The workspace's estimator constants: the sourced defaults, or the ones refitted to its own timings.",
    input: empty,
    output: constantsState,
  }),
  'surveys.refitConstants': method({
    summary:
      "Fit the estimator's answering constants to the observed median times of every published version with responses; apply: false is a dry run showing the current and the fitted constants, apply: true stores them for the workspace (audited).",
    input: z.object({ apply: z.boolean() }).strict(),
    output: z.object({
      applied: z.boolean(),
      current: constantsState,
      proposed: estimatorConstants,
      fitted: z.array(fittedConstant),
      /** Questions with enough timed complete responses to count (one median each). */
      observations: z.int(),
    }),
  }),
  'surveys.defaults': method({
    summary: 'The workspace default length limits (25 items and 20 minutes until changed).',
    input: empty,
    output: z.object({ limits }),
  }),
  'surveys.setDefaults': method({
    summary: 'Change the workspace default length limits (audited); surveys without their own limits follow them.',
    input: z.object({ limits }).strict(),
    output: z.object({ limits }),
  }),
};
