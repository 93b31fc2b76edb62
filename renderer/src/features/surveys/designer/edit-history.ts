import type { SurveyDefinition } from '@model/survey/definition';

/**
 * The designer's undo/redo: whole definitions (edits share what they did not touch, so an entry
 * costs little). Typing is one entry per field, not per key: an edit with the same `coalesce` key
 * as the one before replaces the present instead of adding an entry; anything else (another field,
 * a move, an undo) starts a new one.
 */
export interface EditHistory {
  past: readonly SurveyDefinition[];
  present: SurveyDefinition;
  future: readonly SurveyDefinition[];
  /** The coalesce key of the last edit; null after an undo, a redo or an uncoalesced edit. */
  lastKey: string | null;
}

export type HistoryAction =
  | { type: 'edit'; update: (definition: SurveyDefinition) => SurveyDefinition; coalesce?: string }
  | { type: 'undo' }
  | { type: 'redo' }
  /** A definition from elsewhere (loaded, imported): a fresh history. */
  | { type: 'reset'; definition: SurveyDefinition };

/** Entries kept; the oldest go first. */
const HISTORY_LIMIT = 200;

export const startHistory = (definition: SurveyDefinition): EditHistory => ({ past: [], present: definition, future: [], lastKey: null });

export function historyReducer(history: EditHistory, action: HistoryAction): EditHistory {
  switch (action.type) {
    case 'edit': {
      const next = action.update(history.present);
      if (next === history.present) return history;
      const key = action.coalesce ?? null;
      if (key !== null && key === history.lastKey) return { ...history, present: next, future: [] };
      return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next, future: [], lastKey: key };
    }
    case 'undo': {
      const previous = history.past.at(-1);
      if (!previous) return history;
      return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], lastKey: null };
    }
    case 'redo': {
      const [next, ...rest] = history.future;
      if (!next) return history;
      return { past: [...history.past, history.present], present: next, future: rest, lastKey: null };
    }
    case 'reset':
      return startHistory(action.definition);
  }
}
