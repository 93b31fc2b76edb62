import { foldText } from '@model/fold-text';
import { isCondition, storedValues, validateFilter, type Condition, type FieldCatalog, type FieldSpec, type Filter, type FilterIssue, type Scalar } from '@model/filter/filter';
import { AppError } from '../errors';
import type { SqlValue } from './connection';

/** How a catalog field reads in SQL. */
export type SqlField =
  /** A scalar expression; folded: the column holds a normalised key, so parameters are folded too. */
  | { expr: string; folded?: boolean }
  /** A set membership (e.g. tags): SQL true when the record has the value bound to the placeholder. */
  | { member: string }
  /**
   * A yes/no field that is a whole condition with its own parameters (a saved segment's compiled
   * filter): `eq true` is the condition, `eq false` its negation. Its parameters are bound where it
   * is written, so it can sit anywhere in a tree.
   */
  | { condition: CompiledFilter };

export type SqlFieldMap = Record<string, SqlField>;

export interface CompiledFilter {
  sql: string;
  params: SqlValue[];
}

const fold = (v: Scalar): SqlValue => (typeof v === 'string' ? foldText(v) : typeof v === 'boolean' ? (v ? 1 : 0) : v);
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A validated condition: every looked-up value has its code (validateFilter said so). */
function compileCondition(c: Condition, spec: FieldSpec, field: SqlField, params: SqlValue[]): string {
  const values = storedValues(c, spec) as Scalar[];
  const bind = (v: Scalar) => {
    params.push('expr' in field && !field.folded && typeof v === 'string' ? v : fold(v));
    return '?';
  };
  if ('condition' in field) {
    params.push(...field.condition.params);
    const holds = (c.op === 'eq') === (values[0] === true);
    return holds ? `(${field.condition.sql})` : `NOT (${field.condition.sql})`;
  }
  if ('member' in field) {
    const any = values.map((v) => `(${field.member.replace('?', bind(v))})`).join(' OR ');
    return c.op === 'has' ? `(${any})` : `NOT (${any})`;
  }
  const x = field.expr;
  // Every branch yields 0 or 1, never NULL, so NOT and the in-memory evaluator agree on empty values.
  const present = (test: string) => `(${x} IS NOT NULL AND ${test})`;
  switch (c.op) {
    case 'isEmpty': return `(${x} IS NULL OR ${x} = '')`;
    case 'notEmpty': return `(${x} IS NOT NULL AND ${x} <> '')`;
    case 'eq': return present(`${x} = ${bind(values[0]!)}`);
    case 'neq': return `(${x} IS NULL OR ${x} <> ${bind(values[0]!)})`;
    case 'lt': return present(`${x} < ${bind(values[0]!)}`);
    case 'lte': return present(`${x} <= ${bind(values[0]!)}`);
    case 'gt': return present(`${x} > ${bind(values[0]!)}`);
    case 'gte': return present(`${x} >= ${bind(values[0]!)}`);
    case 'between': return present(`${x} BETWEEN ${bind(values[0]!)} AND ${bind(values[1]!)}`);
    case 'in': return present(`${x} IN (${values.map(bind).join(', ')})`);
    case 'notIn': return `(${x} IS NULL OR ${x} NOT IN (${values.map(bind).join(', ')}))`;
    case 'contains':
      params.push(`%${escapeLike(String(fold(values[0]!)))}%`);
      return present(`${x} LIKE ? ESCAPE '\\'`);
    case 'startsWith':
      params.push(`${escapeLike(String(fold(values[0]!)))}%`);
      return present(`${x} LIKE ? ESCAPE '\\'`);
    case 'has':
    case 'hasNot':
      throw new Error(`${c.op} needs a set field`);
  }
}

function compileNode(filter: Filter, catalog: FieldCatalog, fields: SqlFieldMap, params: SqlValue[]): string {
  if (isCondition(filter)) return compileCondition(filter, catalog[filter.field]!, fields[filter.field]!, params);
  const compile = (f: Filter) => compileNode(f, catalog, fields, params);
  if ('and' in filter) return filter.and.length ? `(${filter.and.map(compile).join(' AND ')})` : '1';
  if ('or' in filter) return filter.or.length ? `(${filter.or.map(compile).join(' OR ')})` : '0';
  return `NOT ${compile(filter.not)}`;
}

/** The one error for a filter that cannot be used: VALIDATION naming each place (`rules.and[1].value`) and what it expects. */
function invalidFilter(issues: readonly FilterIssue[]): AppError {
  const problems = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return new AppError('VALIDATION', `The filter is not valid: ${problems}`, {
    key: 'errors.invalidFilter',
    params: { problems },
    issues: issues.map((i) => ({ path: [i.path], message: i.message })),
  });
}

/** Refuses a filter whose fields, operators or values the catalog does not allow; `path` names where it sits in the input. */
export function checkFilter(filter: Filter, catalog: FieldCatalog, path = 'filter'): void {
  const issues = validateFilter(filter, catalog, path);
  if (issues.length) throw invalidFilter(issues);
}

/**
 * Compiles a checked filter tree to a parameterised SQL condition. Field names never reach the SQL
 * text: only the fields' SQL does, so a filter from a file or a user cannot inject SQL.
 */
export function compileCheckedFilter(filter: Filter | null | undefined, catalog: FieldCatalog, fields: SqlFieldMap): CompiledFilter {
  if (!filter) return { sql: '1', params: [] };
  const params: SqlValue[] = [];
  return { sql: compileNode(filter, catalog, fields, params), params };
}

/** Checks a filter tree against the catalog, then compiles it (see compileCheckedFilter). */
export function compileFilter(filter: Filter | null | undefined, catalog: FieldCatalog, fields: SqlFieldMap, path = 'filter'): CompiledFilter {
  if (filter) checkFilter(filter, catalog, path);
  return compileCheckedFilter(filter, catalog, fields);
}
