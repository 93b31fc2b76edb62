import { isCondition, operatorsFor, type Condition, type FieldCatalog, type FieldSpec, type Filter, type Operator, type Scalar } from '@model/filter/filter';

/**
 * What the recruitment filter builder edits: a flat list of conditions joined by "and" or "or"
 * (campaign rules such as "openness ≥ 3.5 and country is one of CN, US", quota segments, shortlist
 * filters). Rows keep what the user typed; draftToFilter turns them into the one filter language.
 */
export interface ConditionDraft {
  /** Stable React key. */
  key: number;
  field: string;
  op: Operator;
  /** As typed; for "is one of" lists, values separated by commas. */
  text: string;
  /** The upper end of "between". */
  text2: string;
  /** Ticked values: enum values, or tag ids for has / has not. */
  picks: string[];
}

export interface FilterDraft {
  join: 'and' | 'or';
  rows: ConditionDraft[];
}

/** Why a row cannot be used yet; each has a message under recruitment.filter.problem. */
export type RowProblem = 'value' | 'number' | 'date' | 'pick' | 'field';

/** Which input a row shows for its field and operator. */
export type ValueInput = 'none' | 'single' | 'choice' | 'range' | 'list' | 'pick';

export const emptyDraft = (): FilterDraft => ({ join: 'and', rows: [] });

let lastKey = 0;
export const nextKey = () => ++lastKey;

export function valueInput(spec: FieldSpec, op: Operator): ValueInput {
  if (op === 'isEmpty' || op === 'notEmpty') return 'none';
  if (op === 'between') return 'range';
  if (op === 'has' || op === 'hasNot') return 'pick';
  if (op === 'in' || op === 'notIn') return spec.type === 'enum' ? 'pick' : 'list';
  return spec.type === 'enum' || spec.type === 'boolean' ? 'choice' : 'single';
}

/** A new row for a field, with the operator a person most often wants for its type. */
export function newRow(field: string, spec: FieldSpec): ConditionDraft {
  const op: Operator = spec.type === 'number' ? 'gte' : spec.type === 'set' ? 'has' : spec.type === 'enum' ? 'in' : 'eq';
  const first = spec.type === 'boolean' ? 'true' : spec.type === 'enum' && op !== 'in' ? (spec.values?.[0] ?? '') : '';
  return { key: nextKey(), field, op, text: first, text2: '', picks: [] };
}

/** Changing the field or operator keeps what still fits and clears the rest. */
export function changeRow(row: ConditionDraft, patch: Partial<Pick<ConditionDraft, 'field' | 'op'>>, catalog: FieldCatalog): ConditionDraft {
  if (patch.field !== undefined && patch.field !== row.field) {
    const spec = catalog[patch.field];
    return spec ? { ...newRow(patch.field, spec), key: row.key } : row;
  }
  const spec = catalog[row.field];
  if (!spec || patch.op === undefined) return row;
  const next = { ...row, op: patch.op };
  const before = valueInput(spec, row.op);
  const after = valueInput(spec, patch.op);
  if (after === 'choice' && before !== 'choice') next.text = spec.type === 'boolean' ? 'true' : (spec.values?.[0] ?? '');
  if (after === 'pick' && before !== 'pick') next.picks = [];
  return next;
}

/** Countries are stored as capital ISO codes: typing "de" means DE. */
const normalise = (field: string, text: string) => (field === 'country' ? text.trim().toUpperCase() : text.trim());

/** Lists may be separated by Latin or CJK commas, or semicolons. */
const splitList = (text: string) => text.split(/[,;，、；]/).map((s) => s.trim()).filter(Boolean);

type Parsed = { ok: true; value: Scalar } | { ok: false; problem: RowProblem };

function parseScalar(spec: FieldSpec, field: string, text: string): Parsed {
  const value = normalise(field, text);
  if (value === '') return { ok: false, problem: 'value' };
  switch (spec.type) {
    case 'number': {
      // A decimal comma (3,5) reads as a point.
      const n = Number(value.replace(',', '.'));
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, problem: 'number' };
    }
    case 'boolean':
      return { ok: true, value: value === 'true' };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? { ok: true, value } : { ok: false, problem: 'date' };
    default:
      return { ok: true, value };
  }
}

/** The row as a condition, or why it cannot be one yet. */
export function rowToCondition(row: ConditionDraft, catalog: FieldCatalog): Condition | RowProblem {
  const spec = catalog[row.field];
  if (!spec || !operatorsFor(spec.type).includes(row.op)) return 'field';
  switch (valueInput(spec, row.op)) {
    case 'none':
      return { field: row.field, op: row.op, value: null };
    case 'range': {
      const from = parseScalar(spec, row.field, row.text);
      const to = parseScalar(spec, row.field, row.text2);
      if (!from.ok) return from.problem;
      if (!to.ok) return to.problem;
      return { field: row.field, op: row.op, value: [from.value, to.value] };
    }
    case 'pick':
      if (row.picks.length === 0) return 'pick';
      return { field: row.field, op: row.op, value: spec.type === 'set' ? row.picks.map(Number) : [...row.picks] };
    case 'list': {
      const parts = splitList(row.text).map((part) => parseScalar(spec, row.field, part));
      if (parts.length === 0) return 'value';
      const values: Scalar[] = [];
      for (const part of parts) {
        if (!part.ok) return part.problem;
        values.push(part.value);
      }
      return { field: row.field, op: row.op, value: values };
    }
    case 'choice':
    case 'single': {
      const parsed = parseScalar(spec, row.field, row.text);
      return parsed.ok ? { field: row.field, op: row.op, value: parsed.value } : parsed.problem;
    }
  }
}

export interface DraftResult {
  /** null: no conditions (everyone). */
  filter: Filter | null;
  /** Rows that cannot be used yet, by row key. */
  problems: Map<number, RowProblem>;
}

export function draftToFilter(draft: FilterDraft, catalog: FieldCatalog): DraftResult {
  const problems = new Map<number, RowProblem>();
  const conditions: Condition[] = [];
  for (const row of draft.rows) {
    const c = rowToCondition(row, catalog);
    if (typeof c === 'string') problems.set(row.key, c);
    else conditions.push(c);
  }
  if (conditions.length === 0) return { filter: null, problems };
  return { filter: draft.join === 'and' ? { and: conditions } : { or: conditions }, problems };
}

const textOf = (v: Scalar) => String(v);

function conditionToRow(c: Condition): ConditionDraft {
  const values = Array.isArray(c.value) ? c.value : c.value === null ? [] : [c.value];
  const row: ConditionDraft = { key: nextKey(), field: c.field, op: c.op, text: '', text2: '', picks: [] };
  if (c.op === 'between') return { ...row, text: textOf(values[0] ?? ''), text2: textOf(values[1] ?? '') };
  if (c.op === 'in' || c.op === 'notIn' || c.op === 'has' || c.op === 'hasNot') {
    return { ...row, picks: values.map(textOf), text: values.map(textOf).join(', ') };
  }
  return { ...row, text: values.length ? textOf(values[0]!) : '' };
}

/**
 * A stored filter as builder rows, when it is a flat and/or list of conditions (or one
 * condition); null when it nests deeper (made through the API), so the builder cannot show it.
 */
export function draftFromFilter(filter: Filter | null): FilterDraft | null {
  if (filter === null) return emptyDraft();
  if (isCondition(filter)) return { join: 'and', rows: [conditionToRow(filter)] };
  if ('not' in filter) return null;
  const list = 'and' in filter ? filter.and : filter.or;
  if (!list.every(isCondition)) return null;
  return { join: 'and' in filter ? 'and' : 'or', rows: (list as Condition[]).map(conditionToRow) };
}
