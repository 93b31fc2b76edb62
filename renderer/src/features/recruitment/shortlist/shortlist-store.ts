import { z } from 'zod';
import { seedCandidatesResult, type SeedCandidatesResult } from '@api/recruitment';
import { operators } from '@model/filter/filter';
import { nextKey } from '@renderer/components/filter-builder/filter-draft';
import { defaultShortlistSettings, type ShortlistSettings } from './shortlist-settings';

/**
 * The shortlist outlives the page (other tabs, other areas, a reload) for the browser session, in
 * sessionStorage: its form, its last result and what is selected in it, for one workspace only.
 */
const STORAGE_KEY = 'workbench.recruitment.shortlist';

export interface KeptShortlist {
  settings: ShortlistSettings;
  result: SeedCandidatesResult | null;
  selected: ReadonlySet<number>;
}

const stored = z.object({
  workspace: z.string(),
  settings: z.object({
    weights: z.object({ openness: z.number(), frequency: z.number(), recency: z.number() }),
    limit: z.string(),
    windowDays: z.string(),
    quotas: z.array(z.object({ key: z.number(), field: z.string(), max: z.string() })),
    filter: z
      .object({
        join: z.enum(['and', 'or']),
        rows: z.array(z.object({ key: z.number(), field: z.string(), op: z.enum(operators), text: z.string(), text2: z.string(), picks: z.array(z.string()) })),
      })
      .nullable(),
  }),
  result: seedCandidatesResult.nullable(),
  selected: z.array(z.number()),
});

const fresh = (): KeptShortlist => ({ settings: defaultShortlistSettings(), result: null, selected: new Set() });

/** The shortlist kept for `workspace`, or a fresh one (nothing kept, kept for another workspace, or unreadable). */
export function loadShortlist(workspace: string): KeptShortlist {
  let parsed: z.infer<typeof stored>;
  try {
    parsed = stored.parse(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null'));
  } catch {
    return fresh();
  }
  if (parsed.workspace !== workspace) return fresh();
  const { settings } = parsed;
  // Row keys come from a counter that restarts with the page: give kept rows new ones so they never collide.
  return {
    settings: {
      ...settings,
      quotas: settings.quotas.map((q) => ({ ...q, key: nextKey() })),
      filter: settings.filter && { ...settings.filter, rows: settings.filter.rows.map((row) => ({ ...row, key: nextKey() })) },
    },
    result: parsed.result,
    selected: new Set(parsed.selected),
  };
}

export function saveShortlist(workspace: string, { settings, result, selected }: KeptShortlist): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ workspace, settings, result, selected: [...selected] }));
  } catch (err) {
    // Storage full or unavailable: the shortlist still lives as long as the page does.
    console.warn('Could not keep the shortlist for this session.', err);
  }
}
