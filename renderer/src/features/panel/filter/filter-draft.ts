import { isCondition, type Condition, type FieldCatalog, type FieldSpec, type Filter, type Operator, type Scalar } from '@model/filter/filter';

/**
 * The filter builder edits a flat list of conditions joined by "and" or "or": what a panel manager
 * builds by hand. A row keeps what the user typed; toFilter turns the rows into the one filter
 * language (DESIGN.md §3) that the core compiles and saved views, segments and campaigns share.
 */
export interface DraftRow {
  /** Stable React key. */
  key: number;
  field: string;
  op: Operator;
  /** The value as typed; for "in" lists, values separated by commas. */
  text: string;
  /** The upper end of "between". */
  text2: string;
  /** Picked values: enum values for in/notIn, tag ids for has/hasNot. */
  values: string[];
}

export interface FilterDraft {
  join: 'and' | 'or';
  rows: DraftRow[];
}

/** Why a row cannot be used yet (each has a message under panel.filter.problem). */
export type RowProblem = 'value' | 'number' | 'date' | 'pick' | 'range' | 'field';

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: RowProblem };

export const emptyDraft: FilterDraft = { join: 'and', rows: [] };

let lastKey = 0;
const newKey = () => ++lastKey;

const NO_VALUE: readonly Operator[] = ['isEmpty', 'notEmpty'];
const LISTS: readonly Operator[] = ['in', 'notIn'];
const PICKS: readonly Operator[] = ['has', 'hasNot'];

/** Which input a row shows for its field and operator. */
export type ValueInput = 'none' | 'single' | 'range' | 'list' | 'pick';

export function valueInput(spec: FieldSpec, op: Operator): ValueInput {
  if (NO_VALUE.includes(op)) return 'none';
  if (op === 'between') return 'range';
  if (PICKS.includes(op) || (LISTS.includes(op) && spec.type === 'enum')) return 'pick';
  if (LISTS.includes(op)) return 'list';
  return 'single';
}

/** Country codes are stored in capitals: typing "de" means DE. */
const normalise = (field: string, text: string) => (field === 'country' ? text.trim().toUpperCase() : text.trim());

/** Lists may be separated by Latin or CJK commas, or semicolons. */
const splitList = (text: string) =>
  text
    .split(/[,;，、；]/)
    .map((s) => s.trim())
    .filter(Boolean);

function parseScalar(spec: FieldSpec, field: string, text: string): Parsed<Scalar> {
  const value = normalise(field, text);
  if (value === '') return { ok: false, problem: 'value' };
  switch (spec.type) {
    case 'number': {
      // A decimal comma is read as a point.
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

/** The row as a condition of the filter language, or what is still missing. */
export function rowToCondition(row: DraftRow, catalog: FieldCatalog): Parsed<Condition> {
  const spec = catalog[row.field];
  if (!spec) return { ok: false, problem: 'field' };
  const condition = (value: Condition['value']): Parsed<Condition> => ({ ok: true, value: { field: row.field, op: row.op, value } });
  switch (valueInput(spec, row.op)) {
    case 'none':
      return condition(null);
    case 'range': {
      const from = parseScalar(spec, row.field, row.text);
      const to = parseScalar(spec, row.field, row.text2);
      if (!from.ok) return { ok: false, problem: from.problem === 'value' ? 'range' : from.problem };
      if (!to.ok) return { ok: false, problem: to.problem === 'value' ? 'range' : to.problem };
      return condition([from.value, to.value]);
    }
    case 'pick':
      if (row.values.length === 0) return { ok: false, problem: 'pick' };
      return condition(spec.type === 'set' ? row.values.map(Number) : [...row.values]);
    case 'list': {
      const parts = splitList(row.text).map((part) => parseScalar(spec, row.field, part));
      if (parts.length === 0) return { ok: false, problem: 'value' };
      const values: Scalar[] = [];
      for (const part of parts) {
        if (!part.ok) return part;
        values.push(part.value);
      }
      return condition(values);
    }
    case 'single': {
      const value = parseScalar(spec, row.field, row.text);
      return value.ok ? condition(value.value) : value;
    }
  }
}

/** Problems by row key; empty when every row can be used. */
export function draftProblems(draft: FilterDraft, catalog: FieldCatalog): Map<number, RowProblem> {
  const problems = new Map<number, RowProblem>();
  for (const row of draft.rows) {
    const parsed = rowToCondition(row, catalog);
    if (!parsed.ok) problems.set(row.key, parsed.problem);
  }
  return problems;
}

/** The draft as a filter (null when it has no rows), or null when a row is incomplete: check draftProblems first. */
export function draftToFilter(draft: FilterDraft, catalog: FieldCatalog): Filter | null {
  const conditions: Condition[] = [];
  for (const row of draft.rows) {
    const parsed = rowToCondition(row, catalog);
    if (!parsed.ok) return null;
    conditions.push(parsed.value);
  }
  if (conditions.length === 0) return null;
  return draft.join === 'and' ? { and: conditions } : { or: conditions };
}

const asText = (v: Scalar) => String(v);

/** A condition as an editable row. */
export function conditionToRow(c: Condition, catalog: FieldCatalog): DraftRow {
  const spec = catalog[c.field];
  const list = Array.isArray(c.value) ? c.value : c.value === null ? [] : [c.value];
  const base: DraftRow = { key: newKey(), field: c.field, op: c.op, text: '', text2: '', values: [] };
  switch (spec ? valueInput(spec, c.op) : 'single') {
    case 'none':
      return base;
    case 'range':
      return { ...base, text: list[0] === undefined ? '' : asText(list[0]), text2: list[1] === undefined ? '' : asText(list[1]) };
    case 'pick':
      return { ...base, values: list.map(asText) };
    case 'list':
      return { ...base, text: list.map(asText).join(', ') };
    case 'single':
      return { ...base, text: list[0] === undefined ? '' : asText(list[0]) };
  }
}

/**
 * A filter as rows, when it is a condition or one and/or group of conditions. Deeper trees (from
 * another client, or a campaign rule) return null: the builder then shows them without editing.
 */
export function filterToDraft(filter: Filter | null, catalog: FieldCatalog): FilterDraft | null {
  if (filter === null) return { join: 'and', rows: [] };
  if (isCondition(filter)) return { join: 'and', rows: [conditionToRow(filter, catalog)] };
  const group = 'and' in filter ? { join: 'and' as const, items: filter.and } : 'or' in filter ? { join: 'or' as const, items: filter.or } : null;
  if (!group || !group.items.every(isCondition)) return null;
  return { join: group.join, rows: group.items.map((c) => conditionToRow(c as Condition, catalog)) };
}

/** A new row for a field, with its first operator. */
export function newRow(field: string, op: Operator): DraftRow {
  return { key: newKey(), field, op, text: '', text2: '', values: [] };
}

/** Conditions in a filter (for the "Filter (n)" button). */
export const conditionCount = (filter: Filter | null): number =>
  filter === null ? 0 : isCondition(filter) ? 1 : 'not' in filter ? conditionCount(filter.not) : ('and' in filter ? filter.and : filter.or).reduce((n, f) => n + conditionCount(f), 0);
