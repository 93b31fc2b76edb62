import type { ActivityMapping, CommunityField, CommunityImportKind, TransactionMapping } from '@api/community-import';
import type { SqlValue } from '../../db/connection';
import { parseInstantMs } from '../../collection/response-import/timestamps';
import { parseActivityType, parseAmountMinor, parseCurrency, parseSessionMinutes, type Outcome } from './fact-values';
import type { CommunityIssueCode } from './issues';

/** A row's cells by field, trimmed and recoded (null: empty). */
export type Cells = Partial<Record<CommunityField, string | null>>;
export type FieldError = { field: CommunityField; code: CommunityIssueCode; params?: Record<string, string | number> };

/** What differs between the two imports: the table, the fields a file maps and how a row's cells become stored values. */
export interface FactKind<M> {
  kind: CommunityImportKind;
  table: 'member_transaction' | 'activity_event';
  /** The stored columns a row fills, after member_id. */
  columns: readonly string[];
  /** The file columns the mapping names per field (member aside), with any recoding, and which must have a value. */
  fields(mapping: M): { field: CommunityField; column: string; recode?: Record<string, string | null>; required: boolean }[];
  /** The stored values a row's cells give; a cell that does not fit adds its error to `errors` (the values are then not stored). */
  values(cells: Cells, mapping: M, errors: FieldError[]): SqlValue[];
}

/** The row's time in whole seconds since 1970 UTC. */
function time(cells: Cells, errors: FieldError[]): number | null {
  const ms = parseInstantMs(cells.at!);
  if (ms === null) errors.push({ field: 'at', code: 'timestampInvalid' });
  return ms === null ? null : Math.floor(ms / 1000);
}

/** Collects a field's outcome: its value, or its error. */
function take<T>(field: CommunityField, out: Outcome<T>, errors: FieldError[]): T | null {
  if ('value' in out) return out.value;
  errors.push({ field, code: out.error, params: out.params });
  return null;
}

export const transactionsKind: FactKind<TransactionMapping> = {
  kind: 'transactions',
  table: 'member_transaction',
  columns: ['at', 'amount_minor', 'currency'],
  fields: (m) => [
    { field: 'at', column: m.at.column, required: true },
    { field: 'amount', column: m.amount.column, required: true },
    ...(m.currency ? [{ field: 'currency' as const, column: m.currency.column, required: !m.defaultCurrency }] : []),
  ],
  values(cells, m, errors) {
    const at = time(cells, errors);
    const currency = cells.currency ? take('currency', parseCurrency(cells.currency), errors) : m.defaultCurrency!;
    const amount = currency === null ? null : take('amount', parseAmountMinor(cells.amount!, currency, m.decimalComma), errors);
    return [at, amount, currency];
  },
};

export const activityKind: FactKind<ActivityMapping> = {
  kind: 'activity',
  table: 'activity_event',
  columns: ['at', 'type', 'session_minutes'],
  fields: (m) => [
    { field: 'at', column: m.at.column, required: true },
    { field: 'type', column: m.type.column, recode: m.type.recode, required: true },
    ...(m.sessionMinutes ? [{ field: 'sessionMinutes' as const, column: m.sessionMinutes.column, required: false }] : []),
  ],
  values(cells, m, errors) {
    const at = time(cells, errors);
    const type = take('type', parseActivityType(cells.type!), errors);
    const minutes = cells.sessionMinutes ? take('sessionMinutes', parseSessionMinutes(cells.sessionMinutes, m.decimalComma), errors) : null;
    return [at, type, minutes];
  },
};
