import type { MethodInput } from '@api/index';
import type { FieldCatalog } from '@model/filter/filter';
import { DEFAULT_ENGAGEMENT_WINDOW_DAYS, DEFAULT_SEED_WEIGHTS, normalizeWeights, type SeedWeights } from '@model/recruitment/seed-ranking';
import { draftToFilter, emptyDraft, nextKey, type FilterDraft, type RowProblem } from '@renderer/components/filter-builder/filter-draft';

export interface QuotaDraft {
  key: number;
  /** A segment field: country, ageGroup, gender, lifecycleStage, … or attr:<key>. */
  field: string;
  /** At most this many shortlisted members per value, as typed. */
  max: string;
}

/** The shortlist form as the user left it (numbers as typed, so a half-typed value is not lost). */
export interface ShortlistSettings {
  /** 0–100 each; used as shares of their sum. */
  weights: SeedWeights;
  limit: string;
  windowDays: string;
  quotas: QuotaDraft[];
  /** null: every contactable scored member is a candidate. */
  filter: FilterDraft | null;
}

export const MAX_QUOTAS = 10;
export const WEIGHT_MAX = 100;

export const defaultShortlistSettings = (): ShortlistSettings => ({
  weights: {
    openness: Math.round(DEFAULT_SEED_WEIGHTS.openness * WEIGHT_MAX),
    frequency: Math.round(DEFAULT_SEED_WEIGHTS.frequency * WEIGHT_MAX),
    recency: Math.round(DEFAULT_SEED_WEIGHTS.recency * WEIGHT_MAX),
  },
  limit: '50',
  windowDays: String(DEFAULT_ENGAGEMENT_WINDOW_DAYS),
  quotas: [],
  filter: null,
});

export const newQuota = (field = 'country', max = '3'): QuotaDraft => ({ key: nextKey(), field, max });

export interface SettingsProblems {
  weights: boolean;
  limit: boolean;
  windowDays: boolean;
  /** Quota keys whose maximum is not a whole number of at least 1. */
  quotas: ReadonlySet<number>;
  filter: ReadonlyMap<number, RowProblem>;
}

/** Weights as shares of their sum (what the ranking uses), or null when they are all 0. */
export function weightShares(weights: SeedWeights): SeedWeights | null {
  return weights.openness + weights.frequency + weights.recency > 0 ? normalizeWeights(weights) : null;
}

const wholeIn = (text: string, min: number, max: number): number | null => {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

export type SeedCandidatesInput = MethodInput<'recruitment.seedCandidates'>;

/** The recruitment.seedCandidates input, or what the user still has to fix. */
export function shortlistInput(settings: ShortlistSettings, catalog: FieldCatalog): { input: SeedCandidatesInput } | { problems: SettingsProblems } {
  const limit = wholeIn(settings.limit, 1, 1000);
  const windowDays = wholeIn(settings.windowDays, 1, 3650);
  const quotaMax = settings.quotas.map((q) => ({ key: q.key, field: q.field, max: wholeIn(q.max, 1, 100_000) }));
  const { filter, problems: filterProblems } = draftToFilter(settings.filter ?? emptyDraft(), catalog);
  const problems: SettingsProblems = {
    weights: weightShares(settings.weights) === null,
    limit: limit === null,
    windowDays: windowDays === null,
    quotas: new Set(quotaMax.filter((q) => q.max === null).map((q) => q.key)),
    filter: filterProblems,
  };
  if (problems.weights || problems.limit || problems.windowDays || problems.quotas.size > 0 || problems.filter.size > 0) return { problems };
  return {
    input: {
      limit: limit!,
      windowDays: windowDays!,
      weights: { ...settings.weights },
      quotas: quotaMax.map((q) => ({ field: q.field, max: q.max! })),
      filter,
    },
  };
}
