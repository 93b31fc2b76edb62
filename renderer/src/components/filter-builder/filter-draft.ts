import { isCondition, lookupFor, operatorsFor, type Condition, type FieldCatalog, type FieldSpec, type Filter, type Operator, type Scalar, type ValueLookup } from '@model/filter/filter';

/**
 * What the filter builder edits: a flat list of conditions joined by "and" or "or", which is what
 * people build by hand (saved views, campaign rules, quota segments, shortlist and invitation
 * filters). Rows keep what the user typed; draftToFilter turns them into the one filter language
 * (DESIGN.md §3) that the core compiles.
 */
export interface ConditionDraft {
  /** Stable React key. */
  key: number;
  field: string;
  op: Operator;
  /** As typed (or the chosen value of a yes/no or enum field); for "is one of" lists, values separated by commas. */
  text: string;
  /** The upper end of "between". */
  text2: string;
  /** Picked values: enum values for "is one of", tag ids for has / does not have. */
  picks: string[];
}

export interface FilterDraft {
  join: 'and' | 'or';
  rows: ConditionDraft[];
}

/** Why a row cannot be used yet; each has a message under filter.problem. unknown: a value that names nothing (a country nobody calls that). */
export type RowProblem = 'value' | 'number' | 'date' | 'pick' | 'range' | 'field' | 'operator' | 'unknown';

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

/** The first choice of a yes/no or enum field, so a choice row is never left without a value. */
const firstChoice = (spec: FieldSpec) => (spec.type === 'boolean' ? 'true' : (spec.values?.[0] ?? ''));

/** A new row for a field, with the comparison a person most often wants for its type. */
export function newRow(field: string, spec: FieldSpec): ConditionDraft {
  const op: Operator = spec.type === 'number' ? 'gte' : spec.type === 'set' ? 'has' : spec.type === 'enum' ? 'in' : 'eq';
  return { key: nextKey(), field, op, text: valueInput(spec, op) === 'choice' ? firstChoice(spec) : '', text2: '', picks: [] };
}

/** Changing the field starts the row afresh; changing the comparison keeps what still fits. */
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
  if (after === 'choice' && before !== 'choice') next.text = firstChoice(spec);
  if (after === 'pick' && before !== 'pick') next.picks = [];
  return next;
}

/** Lists may be separated by Latin or CJK commas, or semicolons. */
const splitList = (text: string) =>
  text
    .split(/[,;，、；]/)
    .map((s) => s.trim())
    .filter(Boolean);

type Parsed = { ok: true; value: Scalar } | { ok: false; problem: RowProblem };

/** A typed value as the filter holds it; through the field's lookup when it has one (a country's name or code → its code, as the core reads it). */
function parseScalar(spec: FieldSpec, lookup: ValueLookup | null, text: string): Parsed {
  const value = text.trim();
  if (value === '') return { ok: false, problem: 'value' };
  if (lookup) {
    const code = lookup.code(value);
    return code === null ? { ok: false, problem: 'unknown' } : { ok: true, value: code };
  }
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

/** The row as a condition of the filter language, or why it cannot be one yet. */
export function rowToCondition(row: ConditionDraft, catalog: FieldCatalog): Condition | RowProblem {
  const spec = catalog[row.field];
  if (!spec) return 'field';
  if (!operatorsFor(spec.type).includes(row.op)) return 'operator';
  const condition = (value: Condition['value']): Condition => ({ field: row.field, op: row.op, value });
  const lookup = lookupFor(spec, row.op);
  switch (valueInput(spec, row.op)) {
    case 'none':
      return condition(null);
    case 'range': {
      const from = parseScalar(spec, lookup, row.text);
      const to = parseScalar(spec, lookup, row.text2);
      if (!from.ok) return from.problem === 'value' ? 'range' : from.problem;
      if (!to.ok) return to.problem === 'value' ? 'range' : to.problem;
      return condition([from.value, to.value]);
    }
    case 'pick':
      if (row.picks.length === 0) return 'pick';
      // A set without listed values is the tags field, picked by tag id; one with values (a multiple-choice answer) keeps its codes.
      return condition(spec.type === 'set' && !spec.values ? row.picks.map(Number) : [...row.picks]);
    case 'list': {
      const values: Scalar[] = [];
      for (const part of splitList(row.text)) {
        const parsed = parseScalar(spec, lookup, part);
        if (!parsed.ok) return parsed.problem;
        values.push(parsed.value);
      }
      return values.length > 0 ? condition(values) : 'value';
    }
    case 'choice':
    case 'single': {
      const parsed = parseScalar(spec, lookup, row.text);
      return parsed.ok ? condition(parsed.value) : parsed.problem;
    }
  }
}

export interface DraftResult {
  /** null: no conditions (every member). */
  filter: Filter | null;
  /** Rows that cannot be used yet, by row key; the filter holds only the usable rows. */
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

/**
 * A condition as a row. Needs no catalog (a stored filter may arrive before the workspace's custom
 * attributes): list values fill both the typed list and the picks, so either input shows them.
 */
function conditionToRow(c: Condition): ConditionDraft {
  const values = Array.isArray(c.value) ? c.value : c.value === null ? [] : [c.value];
  const row: ConditionDraft = { key: nextKey(), field: c.field, op: c.op, text: '', text2: '', picks: [] };
  if (c.op === 'between') return { ...row, text: textOf(values[0] ?? ''), text2: textOf(values[1] ?? '') };
  if (c.op === 'in' || c.op === 'notIn' || c.op === 'has' || c.op === 'hasNot') return { ...row, picks: values.map(textOf), text: values.map(textOf).join(', ') };
  return { ...row, text: values.length ? textOf(values[0]!) : '' };
}

/**
 * A stored filter as rows, when it is one condition or one and/or list of conditions; null when it
 * nests deeper (made through the API), which the builder cannot show.
 */
export function draftFromFilter(filter: Filter | null): FilterDraft | null {
  if (filter === null) return emptyDraft();
  if (isCondition(filter)) return { join: 'and', rows: [conditionToRow(filter)] };
  if ('not' in filter) return null;
  const list = 'and' in filter ? filter.and : filter.or;
  if (!list.every(isCondition)) return null;
  return { join: 'and' in filter ? 'and' : 'or', rows: (list as Condition[]).map(conditionToRow) };
}

/** Conditions in a filter, at any depth (for a "Filter (n)" button). */
export const conditionCount = (filter: Filter | null): number =>
  filter === null ? 0 : isCondition(filter) ? 1 : 'not' in filter ? conditionCount(filter.not) : ('and' in filter ? filter.and : filter.or).reduce((n, f) => n + conditionCount(f), 0);
