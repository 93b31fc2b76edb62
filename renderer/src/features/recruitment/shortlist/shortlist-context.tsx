import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { SeedCandidatesResult } from '@api/recruitment';
import { defaultShortlistSettings, type ShortlistSettings } from './shortlist-settings';

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
 * The shortlist lives above the recruitment tabs, so its selection can be invited from the
 * campaigns tab and the form is as the user left it when they come back.
 */
export function ShortlistProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<ShortlistSettings>(defaultShortlistSettings);
  const [result, setResultState] = useState<SeedCandidatesResult | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
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
