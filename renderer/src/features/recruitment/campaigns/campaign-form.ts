import type { Campaign } from '@api/campaigns';
import type { FieldCatalog, Filter } from '@model/filter/filter';
import { draftFromFilter, draftToFilter, emptyDraft, newRow, nextKey, type FilterDraft, type RowProblem } from '@renderer/components/filter-builder/filter-draft';

export interface QuotaForm {
  key: number;
  /** A stored quota keeps its id (campaigns.update); absent: a new one. */
  id?: number;
  label: string;
  target: string;
  /** null: the stored segment nests deeper than the builder shows; it is kept as stored. */
  draft: FilterDraft | null;
  stored: Filter | null;
}

/** The campaign editor's fields as typed. */
export interface CampaignForm {
  name: string;
  description: string;
  target: string;
  /** null: the stored rules nest deeper than the builder shows; they are kept as stored. */
  rules: FilterDraft | null;
  storedRules: Filter | null;
  quotas: QuotaForm[];
}

const MAX_TARGET = 10_000_000;

/** A new quota starts with a country condition, the most common segment. */
export const newQuotaForm = (catalog: FieldCatalog): QuotaForm => ({
  key: nextKey(),
  label: '',
  target: '',
  draft: catalog.country ? { join: 'and', rows: [newRow('country', catalog.country)] } : emptyDraft(),
  stored: null,
});

export function campaignForm(campaign: Campaign | null): CampaignForm {
  if (!campaign) return { name: '', description: '', target: '', rules: emptyDraft(), storedRules: null, quotas: [] };
  return {
    name: campaign.name,
    description: campaign.description ?? '',
    target: campaign.target === null ? '' : String(campaign.target),
    rules: draftFromFilter(campaign.rules),
    storedRules: campaign.rules,
    quotas: campaign.quotas.map((q) => ({ key: nextKey(), id: q.id, label: q.label, target: String(q.target), draft: draftFromFilter(q.filter), stored: q.filter })),
  };
}

export interface CampaignFormProblems {
  name: boolean;
  target: boolean;
  rules: ReadonlyMap<number, RowProblem>;
  /** By quota key. */
  quotaLabel: ReadonlySet<number>;
  quotaTarget: ReadonlySet<number>;
  quotaFilter: ReadonlyMap<number, ReadonlyMap<number, RowProblem>>;
}

export interface CampaignValues {
  name: string;
  description: string | null;
  target: number | null;
  rules: Filter | null;
  quotas: { id?: number; label: string; filter: Filter; target: number }[];
}

const whole = (text: string, min: number, max: number): number | null => {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

const kept = (filter: Filter | null) => ({ filter, problems: new Map<number, RowProblem>() });

/**
 * The values to save, or the problems to show. A quota without conditions covers every member.
 * Once a campaign has started (`fixed`), its rules and quota segments are sent exactly as stored:
 * the core refuses any change to them.
 */
export function campaignValues(form: CampaignForm, catalog: FieldCatalog, fixed = false): { values: CampaignValues } | { problems: CampaignFormProblems } {
  const target = form.target.trim() === '' ? null : whole(form.target, 1, MAX_TARGET);
  const rules = form.rules && !fixed ? draftToFilter(form.rules, catalog) : kept(form.storedRules);
  const quotas = form.quotas.map((q) => ({
    q,
    target: whole(q.target, 1, MAX_TARGET),
    filter: q.draft && !fixed ? draftToFilter(q.draft, catalog) : kept(q.stored),
  }));
  const problems: CampaignFormProblems = {
    name: form.name.trim() === '',
    target: form.target.trim() !== '' && target === null,
    rules: rules.problems,
    quotaLabel: new Set(quotas.filter(({ q }) => q.label.trim() === '').map(({ q }) => q.key)),
    quotaTarget: new Set(quotas.filter(({ target: t }) => t === null).map(({ q }) => q.key)),
    quotaFilter: new Map(quotas.filter(({ filter }) => filter.problems.size > 0).map(({ q, filter }) => [q.key, filter.problems])),
  };
  if (problems.name || problems.target || problems.rules.size > 0 || problems.quotaLabel.size > 0 || problems.quotaTarget.size > 0 || problems.quotaFilter.size > 0) {
    return { problems };
  }
  return {
    values: {
      name: form.name.trim(),
      description: form.description.trim() || null,
      target,
      rules: rules.filter,
      quotas: quotas.map(({ q, target: t, filter }) => ({ ...(q.id === undefined ? {} : { id: q.id }), label: q.label.trim(), filter: filter.filter ?? { and: [] }, target: t! })),
    },
  };
}
