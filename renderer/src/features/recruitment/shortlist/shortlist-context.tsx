import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SeedCandidatesResult } from '@api/recruitment';
import type { ShortlistSettings } from './shortlist-settings';
import { loadShortlist, saveShortlist } from './shortlist-store';

export interface ShortlistState {
  settings: ShortlistSettings;
  setSettings(settings: ShortlistSettings): void;
  result: SeedCandidatesResult | null;
  /** A new shortlist: every member on it starts selected. */
  setResult(result: SeedCandidatesResult | null): void;
  /** Member ids picked in the shortlist table: marked as seed users or invited to a campaign. */
  selected: ReadonlySet<number>;
  setSelected(selected: ReadonlySet<number>): void;
}

const ShortlistContext = createContext<ShortlistState | null>(null);

/**
 * The shortlist of the open `workspace`, above the recruitment tabs so its selection can be invited
 * from the campaigns tab. It is kept for the session (shortlist-store), so the form, the results and
 * the selection are as the user left them when they come back from another tab or area; they go
 * when the workspace changes (mount one provider per workspace) or the user builds a new shortlist.
 */
export function ShortlistProvider({ workspace, children }: { workspace: string; children: ReactNode }) {
  const [kept] = useState(() => loadShortlist(workspace));
  const [settings, setSettings] = useState<ShortlistSettings>(kept.settings);
  const [result, setResultState] = useState<SeedCandidatesResult | null>(kept.result);
  const [selected, setSelected] = useState<ReadonlySet<number>>(kept.selected);
  useEffect(() => saveShortlist(workspace, { settings, result, selected }), [workspace, settings, result, selected]);

  const value = useMemo<ShortlistState>(
    () => ({
      settings,
      setSettings,
      result,
      setResult: (next) => {
        setResultState(next);
        setSelected(new Set(next?.candidates.map((c) => c.memberId) ?? []));
      },
      selected,
      setSelected,
    }),
    [settings, result, selected],
  );
  return <ShortlistContext value={value}>{children}</ShortlistContext>;
}

export function useShortlist(): ShortlistState {
  const value = useContext(ShortlistContext);
  if (!value) throw new Error('useShortlist needs a <ShortlistProvider>.');
  return value;
}
