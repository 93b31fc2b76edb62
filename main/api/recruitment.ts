import { z } from 'zod';
import { filterSchema } from '@model/filter/filter';
import { opennessBands } from '@model/members/member-fields';
import { DEFAULT_ENGAGEMENT_WINDOW_DAYS, DEFAULT_SEED_WEIGHTS } from '@model/recruitment/seed-ranking';
import { seedTagLanguages } from '@model/recruitment/seed-tag';
import { OPENNESS_ITEM_COUNT, SCALE_MAX, SCALE_MIN } from '@model/openness';
import type { InstrumentLanguage } from '@model/recruitment/ipip-openness-instrument';
import { method } from './define';
import { empty, isoDate } from './common';
import { memberId } from './members';

const band = z.enum(opennessBands).nullable();

/** The panel's band thresholds; null when fewer than minScoredForBands members are scored. */
const opennessThresholds = z.object({
  p25: z.number(),
  p75: z.number(),
  /** Scored members the percentiles were taken over. */
  scored: z.number().int(),
  /** The percentile method in words. */
  method: z.string(),
});

/** One value per instrument language (en, zh, ru). */
const byLanguage = <T extends z.ZodType>(t: T) => z.object({ en: t, zh: t, ru: t }) satisfies z.ZodObject<Record<InstrumentLanguage, T>>;

const instrument = z.object({
  id: z.string(),
  trait: z.string(),
  name: z.string(),
  itemCount: z.number().int(),
  scaleMin: z.number().int(),
  scaleMax: z.number().int(),
  /** Items that must be answered for a score. */
  minAnswered: z.number().int(),
  items: z.array(z.object({ item: z.number().int(), reverseKeyed: z.boolean(), texts: byLanguage(z.string()) })),
  instructions: byLanguage(z.string()),
  /** Answer labels for 1 … 5. */
  scaleLabels: byLanguage(z.array(z.string())),
  /** Whether each language's text is validated; unvalidated ones carry note 'unvalidated translation'. */
  translations: byLanguage(z.object({ validated: z.boolean(), note: z.string().nullable(), source: z.string().nullable() })),
});

export const opennessOverview = z.object({
  /** Members (not erased) the filter selects; screened = has a screener record; notScored = screened with fewer than 8 answers. */
  population: z.object({ members: z.number().int(), screened: z.number().int(), scored: z.number().int(), notScored: z.number().int() }),
  distribution: z.object({
    /** 20 bins of 0.2 from 1 to 5; the last includes 5. */
    bins: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int() })),
    mean: z.number().nullable(),
    sd: z.number().nullable(),
    median: z.number().nullable(),
    /** Percentiles of the selected members (same method); the band thresholds are always the panel's. */
    p25: z.number().nullable(),
    p75: z.number().nullable(),
  }),
  thresholds: opennessThresholds.nullable(),
  minScoredForBands: z.number().int(),
  /** Selected members per band by the panel's thresholds; null without thresholds. */
  bands: z.object({ low: z.number().int(), mid: z.number().int(), high: z.number().int() }).nullable(),
  /** Cronbach's alpha of the 10 keyed items over complete cases (n); null when undefined. */
  reliability: z.object({ alpha: z.number(), n: z.number().int(), items: z.number().int() }).nullable(),
  methods: z.object({ scoring: z.string(), percentile: z.string(), percentileId: z.string(), alpha: z.string() }),
});
export type OpennessOverview = z.infer<typeof opennessOverview>;

const weight = z.number().min(0).max(100);
const seedWeights = z
  .object({ openness: weight, frequency: weight, recency: weight })
  .strict()
  .refine((w) => w.openness + w.frequency + w.recency > 0, 'at least one weight must be above 0');

/** At most `max` shortlisted members per value of `field`: country, city, gender, ageGroup, ageBand, lifecycleStage, sourceChannel, opennessBand or attr:<key>. */
const seedQuota = z.object({ field: z.string().min(1).max(100), max: z.number().int().min(1).max(100_000) }).strict();

const segmentValue = z.union([z.string(), z.number(), z.boolean()]).nullable();

const seedCandidate = z.object({
  rank: z.number().int(),
  memberId,
  code: z.string(),
  name: z.string().nullable(),
  country: z.string().nullable(),
  /** The member's value for each quota field. */
  segments: z.record(z.string(), segmentValue),
  openness: z.object({ score: z.number(), z: z.number(), band }),
  /** Completed responses in the window. */
  frequency: z.object({ completed: z.number().int(), z: z.number() }),
  /** Days since the last completed response, capped at the window; z is turned so recent is positive. */
  recency: z.object({ days: z.number(), z: z.number() }),
  /** Weighted sum of the three z-scores with the normalised weights. */
  combined: z.number(),
});

const standardizer = z.object({ mean: z.number(), sd: z.number() }).nullable();

export const seedCandidatesResult = z.object({
  candidates: z.array(seedCandidate),
  /** The weights used, as shares of their sum. */
  weights: z.object({ openness: z.number(), frequency: z.number(), recency: z.number() }),
  windowDays: z.number().int(),
  /** Per quota: whether it kept anyone off the list, how many, and the segments that filled. */
  quotas: z.array(
    z.object({
      field: z.string(),
      max: z.number().int(),
      bound: z.boolean(),
      skipped: z.number().int(),
      fullSegments: z.array(z.object({ value: z.string().nullable(), count: z.number().int() })),
    }),
  ),
  stats: z.object({
    /** Scored members (not erased): the z-scores are taken over them. */
    pool: z.number().int(),
    /** Scored members left out by the consent rule (no consent, do-not-contact). */
    notContactable: z.number().int(),
    /** Contactable scored members the filter left out. */
    filteredOut: z.number().int(),
    /** Contactable scored members matching the filter: the candidates. */
    eligible: z.number().int(),
    /** Candidates looked at, best first, until the list was full. */
    considered: z.number().int(),
    openness: standardizer,
    frequency: standardizer,
    recency: standardizer,
  }),
  thresholds: opennessThresholds.nullable(),
});
export type SeedCandidatesResult = z.infer<typeof seedCandidatesResult>;

const screenerAnswer = z.number().int().min(SCALE_MIN).max(SCALE_MAX).nullable();

export const recruitmentMethods = {
  'recruitment.instrument': method({
    summary: 'The built-in IPIP openness screener: 10 items (2, 4, 6 reverse-keyed) in en/zh/ru, answer labels, and which translations are validated.',
    input: empty,
    output: instrument,
  }),
  'recruitment.openness': method({
    summary: "Openness of the panel or of a filter's members: histogram, panel P25/P75 band thresholds (method stated), band counts, Cronbach's alpha with n.",
    input: z.object({ filter: filterSchema.nullable().default(null) }).strict(),
    output: opennessOverview,
  }),
  'recruitment.seedCandidates': method({
    summary: 'Seed-user shortlist: contactable scored members ranked by weighted openness, frequency and recency z-scores, with quotas per segment.',
    input: z
      .object({
        limit: z.number().int().min(1).max(1000).default(50),
        weights: seedWeights.default(DEFAULT_SEED_WEIGHTS),
        quotas: z.array(seedQuota).max(10).default([]),
        filter: filterSchema.nullable().default(null),
        windowDays: z.number().int().min(1).max(3650).default(DEFAULT_ENGAGEMENT_WINDOW_DAYS),
      })
      .strict(),
    output: seedCandidatesResult,
  }),
  'recruitment.markSeed': method({
    summary:
      'Tag members as seed users (tag created if missing; only contactable members); without tagName, the seed tag the workspace has, else "seed user" in the language given; audited; undoable with tags.undo.',
    input: z
      .object({
        memberIds: z.array(memberId).min(1).max(10_000),
        /** null: the workspace's existing seed tag (named in any language), else the language's name for it. */
        tagName: z.string().trim().min(1).max(60).nullable().default(null),
        language: z.enum(seedTagLanguages).default('en'),
        reason: z.string().trim().max(500).nullable().default(null),
      })
      .strict(),
    output: z.object({
      tag: z.object({ id: z.number().int(), name: z.string(), created: z.boolean() }),
      tagged: z.number().int(),
      alreadyTagged: z.number().int(),
      skipped: z.array(z.object({ reason: z.enum(['notFound', 'erased', 'doNotContact', 'noConsent']), count: z.number().int() })),
    }),
  }),
  'recruitment.recordScreener': method({
    summary: "Store a member's screener answers (item 1 … 10, 1–5 or null) and rescore: score only with 8+ answers.",
    input: z
      .object({
        memberId,
        answers: z.array(screenerAnswer).length(OPENNESS_ITEM_COUNT),
        answeredAt: isoDate.nullable().default(null),
      })
      .strict(),
    output: z.object({ memberId, score: z.number().nullable(), answered: z.number().int(), band }),
  }),
};
