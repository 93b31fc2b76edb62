import { foldText } from '../fold-text';
import { isCondition, type Condition, type Filter, type Scalar } from './filter';

/** A record's value for a field: scalar, null when empty, or a list for set fields (tags). */
export type FieldValue = Scalar | null | readonly Scalar[];

const isEmpty = (v: FieldValue) => v === null || v === '' || (Array.isArray(v) && v.length === 0);
const fold = (v: Scalar) => (typeof v === 'string' ? foldText(v) : v);
const list = (v: Condition['value']): Scalar[] => (Array.isArray(v) ? v : v === null ? [] : [v]);

function compare(a: Scalar, b: Scalar): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(fold(a));
  const y = String(fold(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

function test(c: Condition, value: FieldValue): boolean {
  if (c.op === 'isEmpty') return isEmpty(value);
  if (c.op === 'notEmpty') return !isEmpty(value);
  if (c.op === 'has' || c.op === 'hasNot') {
    const set = Array.isArray(value) ? value : value === null ? [] : [value as Scalar];
    const found = list(c.value).some((want) => set.some((have) => compare(have, want) === 0));
    return c.op === 'has' ? found : !found;
  }
  // Any comparison with an empty value is false (SQL NULL semantics), except "not equal" and "not in".
  if (value === null || Array.isArray(value)) return c.op === 'neq' || c.op === 'notIn';
  const v = value as Scalar;
  const target = c.value as Scalar;
  const values = list(c.value);
  switch (c.op) {
    case 'eq': return compare(v, target) === 0;
    case 'neq': return compare(v, target) !== 0;
    case 'lt': return compare(v, target) < 0;
    case 'lte': return compare(v, target) <= 0;
    case 'gt': return compare(v, target) > 0;
    case 'gte': return compare(v, target) >= 0;
    case 'between': return compare(v, values[0]!) >= 0 && compare(v, values[1]!) <= 0;
    case 'in': return values.some((x) => compare(v, x) === 0);
    case 'notIn': return !values.some((x) => compare(v, x) === 0);
    case 'contains': return String(fold(v)).includes(String(fold(target)));
    case 'startsWith': return String(fold(v)).startsWith(String(fold(target)));
  }
}

/** Evaluates a filter in memory (renderer previews, display logic) with the same meaning as the SQL. */
export function evaluateFilter(filter: Filter, valueOf: (field: string) => FieldValue): boolean {
  if (isCondition(filter)) return test(filter, valueOf(filter.field));
  if ('and' in filter) return filter.and.every((f) => evaluateFilter(f, valueOf));
  if ('or' in filter) return filter.or.some((f) => evaluateFilter(f, valueOf));
  return !evaluateFilter(filter.not, valueOf);
}
