import { foldText } from '@model/fold-text';

/** The stored key for sorting and case-insensitive matching (node-sqlite3 cannot register collations). */
export const textKey = (s: string | null): string | null => (s === null ? null : foldText(s));
