import { z } from 'zod';
import { filterSchema } from '@model/filter/filter';
import { INDEPENDENCE_SKIP_REASONS } from '@model/stats/crosstab';
import { MEANS_SKIP_REASONS } from '@model/stats/means';
import { method } from './define';

/**
 * Per-question results and crosstabs over complete responses (never drafts or void ones). Versions
 * of a survey pool for a question unless a comparability break touches it; `versions.apart` says
 * which stayed out and why.
 */

const day = z.iso.date();

const analysisFilter = z
  .object({
    segmentId: z.number().int().positive().optional(),
    members: filterSchema.optional(),
    /** Versions of the same survey to pool with the analysed one. */
    versions: z.array(z.string().min(1)).max(100).optional(),
    from: day.optional(),
    to: day.optional(),
    excludeFlagged: z.boolean().optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'from must not be after to', path: ['to'] });

const versionRef = z.object({ id: z.string(), version: z.number().int() });
const versionPool = z.object({
  pooled: z.array(versionRef),
  apart: z.array(versionRef.extend({ questionId: z.string(), kind: z.string(), detail: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })),
});

const category = z.object({ code: z.string(), label: z.string(), substantive: z.boolean() });
const percent = z.number().nullable();
const numericSummary = z.object({ n: z.number(), mean: z.number().nullable(), median: z.number().nullable(), sd: z.number().nullable(), min: z.number().nullable(), max: z.number().nullable() });
const scaleResult = {
  base: z.number().int(),
  options: z.array(category.extend({ count: z.number().int(), percent })),
  scores: numericSummary.nullable(),
  topTwoBox: z.object({ count: z.number().int(), percent }).nullable(),
};
const npsGroup = z.object({ count: z.number().int(), percent });

const questionRef = { surveyVersionId: z.string().min(1), questionId: z.string().min(1), rowId: z.string().min(1).nullable().optional() };

const by = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('question'), questionId: z.string().min(1), rowId: z.string().min(1).nullable().optional() }).strict(),
  z.object({ kind: z.literal('segments'), segmentIds: z.array(z.number().int().positive()).min(1).max(26) }).strict(),
  z.object({ kind: z.literal('field'), field: z.string().min(1) }).strict(),
]);

const column = z.object({ key: z.string(), label: z.string(), letter: z.string(), base: z.number().int(), tested: z.boolean() });
const common = {
  surveyVersionId: z.string(),
  questionId: z.string(),
  rowId: z.string().nullable(),
  versions: versionPool,
  overlappingColumns: z.boolean(),
  overlappingRespondents: z.number().int(),
  columns: z.array(column),
};

const countsResult = z.object({
  ...common,
  measure: z.literal('counts'),
  rows: z.array(category),
  counts: z.array(z.array(z.number().int())),
  columnPercents: z.array(z.array(percent)),
  multipleResponse: z.boolean(),
  chiSquare: z
    .object({
      statistic: z.number(),
      df: z.number().int(),
      p: z.number(),
      droppedRows: z.array(z.number().int()),
      droppedColumns: z.array(z.number().int()),
      smallExpected: z.object({ minimum: z.number(), belowFive: z.number().int(), cells: z.number().int(), warning: z.boolean() }),
    })
    .nullable(),
  chiSquareSkipped: z.enum(INDEPENDENCE_SKIP_REASONS).nullable(),
  fisher: z.object({ p: z.number() }).optional(),
  fisherSkipped: z.enum(INDEPENDENCE_SKIP_REASONS).nullable(),
  letters: z.array(z.array(z.string())),
  bonferroni: z.boolean(),
  minimumBase: z.number().int(),
});

const meansResult = z.object({
  ...common,
  measure: z.literal('means'),
  means: z.array(z.object({ column: z.string(), n: z.number().int(), mean: z.number().nullable(), sd: z.number().nullable() })),
  anova: z.object({ f: z.number(), df1: z.number().int(), df2: z.number().int(), p: z.number() }).nullable(),
  anovaSkipped: z.enum(MEANS_SKIP_REASONS).nullable(),
  welch: z.object({ t: z.number(), df: z.number(), p: z.number() }).optional(),
  welchSkipped: z.enum(MEANS_SKIP_REASONS).nullable(),
});

/** What analysis.summary takes (export.summary takes it too, with the file's settings). */
export const summaryRequest = { ...questionRef, filter: analysisFilter.optional() };

/** What analysis.crosstab takes (export.crosstab takes it too, with the file's settings). */
export const crosstabRequest = { ...questionRef, by, measure: z.enum(['counts', 'means']).optional(), filter: analysisFilter.optional(), bonferroni: z.boolean().optional() };

export const analysisMethods = {
  'analysis.summary': method({
    summary: "One question's results over complete responses by its type: option counts and %, mean/median/sd, top-2-box, NPS groups, a matrix row by row, word frequencies of open text, a number's distribution in bins.",
    input: z.object(summaryRequest).strict(),
    output: z.object({
      surveyVersionId: z.string(),
      questionId: z.string(),
      rowId: z.string().nullable(),
      type: z.string(),
      text: z.string(),
      versions: versionPool,
      responses: z.number().int(),
      ...scaleResult,
      nps: z
        .object({ base: z.number().int(), scored: z.number().int(), nonSubstantive: z.number().int(), promoters: npsGroup, passives: npsGroup, detractors: npsGroup, score: z.number().nullable() })
        .nullable(),
      matrixRows: z.array(z.object({ rowId: z.string(), label: z.string(), ...scaleResult })).nullable(),
      words: z
        .object({
          words: z.array(z.object({ word: z.string(), count: z.number().int(), texts: z.number().int() })),
          texts: z.number().int(),
          totalWords: z.number().int(),
          distinctWords: z.number().int(),
        })
        .nullable(),
      /** A number question's answers in bins: one per value (from = to), or intervals of one width, each from ≤ value < to. */
      distribution: z
        .object({
          binning: z.enum(['values', 'intervals']),
          width: z.number().nullable(),
          bins: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int() })),
        })
        .nullable(),
    }),
  }),
  'analysis.crosstab': method({
    summary:
      "A question (or matrix row) by another question, segments or a member field: counts with column %, chi-square, Fisher (2×2) and significance letters; or means with ANOVA and Welch's t (two columns). measure defaults to means for number questions, counts otherwise.",
    input: z.object(crosstabRequest).strict(),
    output: z.discriminatedUnion('measure', [countsResult, meansResult]),
  }),
};
