import { z } from 'zod';
import { filterSchema } from '../filter/filter';

/**
 * The survey definition: what a survey version asks, in what order, with which display logic and
 * settings. It is stored as JSON per survey version and is also the import/export file format, so
 * this one zod schema validates both. Only `language`, `pages`, and per page `id` and `questions`,
 * per question `id`, `type`, `text` (and `options`/`rows` where the type needs them) are required;
 * everything else has a default, so a hand-written file stays short. Cross-field rules (unique ids,
 * logic that points backwards, Likert points, …) live in validate-definition.ts.
 */

/**
 * Version of this file format. A file without `format` is read as format 1; the app always writes
 * it. A later format change bumps this number and reads older files through an upgrade step.
 */
export const SURVEY_FORMAT = 1;

/** One language per survey; duplicate-language.ts copies a survey into another. */
export const surveyLanguages = ['en', 'zh-CN', 'ru'] as const;
export type SurveyLanguage = (typeof surveyLanguages)[number];

export const questionTypes = ['single', 'multi', 'likert', 'matrix', 'nps', 'number', 'text', 'longText', 'info'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** The reserved option code of "Other, please specify": the answer keeps the typed text beside the code. */
export const OTHER_CODE = 'other';

export const identificationModes = ['anonymous', 'member', 'optional'] as const;

/** Workspace defaults for a survey's length limits (DESIGN.md: about 25 questions and 20 minutes). */
export const DEFAULT_LIMITS: Limits = { items: 25, minutes: 20 };
export interface Limits {
  items: number;
  minutes: number;
}

/** Ids of pages, questions and matrix rows: they become filter field names (`answer:<q>.<row>`) and piping tokens. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const id = z.string().regex(ID_PATTERN);
const label = z.string().min(1).max(500);
const optionalText = z.string().max(4000).nullable().default(null);
const showIf = filterSchema.nullable().default(null).describe('Display logic: a filter tree over answer:<questionId> fields; null = always shown');

const option = z
  .object({
    code: z.string().min(1).max(64).describe('Stored answer value; "other" marks "Other, please specify"'),
    label,
    exclusive: z.boolean().default(false).describe('Multiple choice: choosing it clears the others ("None of these")'),
    nonSubstantive: z.boolean().default(false).describe('"Don\'t know" and the like: left out of means, top-box and NPS'),
  })
  .strict();
/** Points of an ordinal scale (Likert, matrix columns): a missing code defaults to the 1-based position. */
const scaleOption = option.extend({ code: option.shape.code.optional() });
const row = z.object({ id, label }).strict();

const common = {
  id,
  text: z.string().min(1).max(4000),
  help: optionalText,
  showIf,
};
const answerable = { ...common, required: z.boolean().default(false) };

type ScaleInput = { options: (Omit<SurveyOption, 'code'> & { code?: string })[] };
const withPositionCodes = <Q extends ScaleInput>(q: Q): Omit<Q, 'options'> & { options: SurveyOption[] } => ({
  ...q,
  options: q.options.map((o, i): SurveyOption => ({ ...o, code: o.code ?? String(i + 1) })),
});

const single = z
  .object({ type: z.literal('single'), ...answerable, options: z.array(option).min(1), randomizeOptions: z.boolean().default(false) })
  .strict();
const multi = single.extend({
  type: z.literal('multi'),
  minChoices: z.int().min(0).nullable().default(null),
  maxChoices: z.int().min(1).nullable().default(null),
});
const likert = z
  .object({ type: z.literal('likert'), ...answerable, options: z.array(scaleOption).min(1).describe('5 or 7 labelled points, plus any "Don\'t know"') })
  .strict()
  .transform(withPositionCodes);
const matrix = z
  .object({
    type: z.literal('matrix'),
    ...answerable,
    rows: z.array(row).min(1),
    options: z.array(scaleOption).min(1).describe('The scale shared by every row'),
    randomizeRows: z.boolean().default(false),
  })
  .strict()
  .transform(withPositionCodes);
const nps = z
  .object({
    type: z.literal('nps'),
    ...answerable,
    lowLabel: optionalText,
    highLabel: optionalText,
    options: z.array(option).default([]).describe('Extra non-substantive answers beside 0–10, such as "Don\'t know"'),
  })
  .strict();
const number = z
  .object({
    type: z.literal('number'),
    ...answerable,
    min: z.number().nullable().default(null),
    max: z.number().nullable().default(null),
    integer: z.boolean().default(false),
  })
  .strict();
const text = z.object({ type: z.literal('text'), ...answerable, maxLength: z.int().min(1).max(100_000).default(250) }).strict();
const longText = z.object({ type: z.literal('longText'), ...answerable, maxLength: z.int().min(1).max(100_000).default(5000) }).strict();
const info = z.object({ type: z.literal('info'), ...common }).strict();

const questionSchema = z.discriminatedUnion('type', [single, multi, likert, matrix, nps, number, text, longText, info]);

const page = z
  .object({ id, title: z.string().max(500).nullable().default(null), showIf, questions: z.array(questionSchema) })
  .strict();

const settings = z
  .object({
    identification: z.enum(identificationModes).default('anonymous').describe('anonymous: no member; member: required; optional: either'),
    responseCap: z.int().min(1).nullable().default(null).describe('Complete responses accepted at most; null = no cap'),
    rewardPoints: z.int().min(0).max(1_000_000).default(0).describe("Points credited to the member's ledger for each completed response; 0 = no reward"),
    endMessage: optionalText.describe('Shown after the last page; null = the standard message'),
    quotaFullMessage: optionalText.describe('Shown when the survey or a quota is full; null = the standard message'),
    limits: z
      .object({ items: z.int().min(1).max(1000).nullable().default(null), minutes: z.number().positive().max(600).nullable().default(null) })
      .strict()
      .prefault({})
      .describe('Length limits; null = the workspace default (25 items, 20 minutes)'),
  })
  .strict()
  .prefault({});

export const surveyDefinition = z
  .object({
    format: z.literal(SURVEY_FORMAT).default(SURVEY_FORMAT).describe('File format version; absent = 1'),
    language: z.enum(surveyLanguages),
    settings,
    pages: z.array(page).min(1),
  })
  .strict()
  .meta({ title: 'Survey definition', description: 'One survey version: pages of questions, display logic and settings.' });

export type SurveyDefinition = z.output<typeof surveyDefinition>;
/** What a file may contain: defaults not yet applied. */
export type SurveyDefinitionInput = z.input<typeof surveyDefinition>;
export type SurveyPage = SurveyDefinition['pages'][number];
export type Question = SurveyPage['questions'][number];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type SurveyOption = z.output<typeof option>;
export type MatrixRow = z.output<typeof row>;
export type SurveySettings = SurveyDefinition['settings'];

/** A question with where it stands: `order` counts questions across pages from 0. */
export interface QuestionEntry {
  question: Question;
  page: SurveyPage;
  pageIndex: number;
  questionIndex: number;
  order: number;
}

/** Every question in the order respondents meet them. */
export function questionEntries(definition: SurveyDefinition): QuestionEntry[] {
  const entries: QuestionEntry[] = [];
  definition.pages.forEach((page, pageIndex) =>
    page.questions.forEach((question, questionIndex) => entries.push({ question, page, pageIndex, questionIndex, order: entries.length })),
  );
  return entries;
}

/** A question's answer options (the shared scale for a matrix); none for number, text and info. */
export const optionsOf = (q: Question): readonly SurveyOption[] => ('options' in q ? q.options : []);

/** The survey's limits, its own where set, else the workspace's. */
export function effectiveLimits(definition: SurveyDefinition, workspaceDefaults: Limits = DEFAULT_LIMITS): Limits {
  const own = definition.settings.limits;
  return { items: own.items ?? workspaceDefaults.items, minutes: own.minutes ?? workspaceDefaults.minutes };
}
