import type { CommunityImportKind, CommunityImportPreview } from '@api/community-import';
import type { MethodInput } from '@api/index';
import type { MemberMatch } from '@api/response-import';

/** What the mapping step edits: the file column of each field ('' = none), how the member is named, and the rest. */
export interface FactDraft {
  columns: Record<string, string>;
  by: MemberMatch;
  defaultCurrency: string;
  decimalComma: boolean;
  /** The type column's platform words → activity types. */
  typeRecode: Record<string, string | null>;
}

export type TransactionsMapping = NonNullable<MethodInput<'transactions.previewImport'>['mapping']>;
export type ActivityMapping = NonNullable<MethodInput<'activity.previewImport'>['mapping']>;

/** The fields of each kind, in the order the step shows them, and which a file may leave out. */
export const kindFields: Record<CommunityImportKind, readonly { field: string; optional: boolean }[]> = {
  transactions: [
    { field: 'member', optional: false },
    { field: 'at', optional: false },
    { field: 'amount', optional: false },
    { field: 'currency', optional: true },
  ],
  activity: [
    { field: 'member', optional: false },
    { field: 'at', optional: false },
    { field: 'type', optional: false },
    { field: 'sessionMinutes', optional: true },
  ],
};

/** The core's suggestions: each field's column, and how the member column names members. */
export function draftFromPreview(preview: CommunityImportPreview): FactDraft {
  const columns: Record<string, string> = {};
  let by: MemberMatch = 'code';
  for (const c of preview.columns) {
    if (!c.suggested) continue;
    columns[c.suggested.field] = c.name;
    if (c.suggested.by) by = c.suggested.by;
  }
  return { columns, by, defaultCurrency: '', decimalComma: false, typeRecode: {} };
}

export type MappingProblem = 'required' | 'currency';

const from = (column: string | undefined) => (column ? { column } : undefined);

/** The mapping the core takes, or what the draft lacks. */
export function toMapping(kind: CommunityImportKind, d: FactDraft): { mapping: TransactionsMapping | ActivityMapping } | { problem: MappingProblem } {
  if (kindFields[kind].some((f) => !f.optional && !d.columns[f.field])) return { problem: 'required' };
  const member = { column: d.columns.member!, by: d.by };
  if (kind === 'activity') {
    return { mapping: { member, at: { column: d.columns.at! }, type: { column: d.columns.type!, recode: d.typeRecode }, sessionMinutes: from(d.columns.sessionMinutes), decimalComma: d.decimalComma } };
  }
  const defaultCurrency = d.defaultCurrency.trim().toUpperCase();
  if (!d.columns.currency && !/^[A-Z]{3}$/.test(defaultCurrency)) return { problem: 'currency' };
  return {
    mapping: { member, at: { column: d.columns.at! }, amount: { column: d.columns.amount! }, currency: from(d.columns.currency), defaultCurrency: defaultCurrency || undefined, decimalComma: d.decimalComma },
  };
}
