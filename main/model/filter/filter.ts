import { z } from 'zod';

/**
 * The one filter language (DESIGN.md §3): a JSON tree of conditions joined by and/or/not. It serves
 * saved views, segments, campaign rules and survey display logic. Field names come from a catalog
 * per domain (members, answers); the core compiles a tree to parameterised SQL and the renderer
 * evaluates it in memory, both from the same definition.
 */
export const operators = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'between', 'in', 'notIn', 'contains', 'startsWith', 'isEmpty', 'notEmpty', 'has', 'hasNot'] as const;
export type Operator = (typeof operators)[number];

export const scalar = z.union([z.string(), z.number(), z.boolean()]);
export type Scalar = z.infer<typeof scalar>;

export const condition = z
  .object({
    field: z.string().min(1),
    op: z.enum(operators),
    value: z.union([scalar, z.array(scalar)]).nullable().default(null),
  })
  .strict();
export type Condition = z.infer<typeof condition>;

export type Filter = Condition | { and: Filter[] } | { or: Filter[] } | { not: Filter };
type FilterInput = z.input<typeof condition> | { and: FilterInput[] } | { or: FilterInput[] } | { not: FilterInput };

/** The most levels of and/or/not a filter nests (a lone condition is one level), and the most conditions and groups it holds. */
const FILTER_MAX_DEPTH = 8;
const FILTER_MAX_NODES = 500;

/**
 * What is wrong with the size of a filter tree, or null: counted without recursion, so a tree nested
 * a million times deep is refused before anything walks it recursively.
 */
function filterSizeProblem(tree: unknown): string | null {
  const stack: [unknown, number][] = [[tree, 1]];
  let nodes = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (++nodes > FILTER_MAX_NODES) return `expected at most ${FILTER_MAX_NODES} conditions and groups in a filter`;
    if (depth > FILTER_MAX_DEPTH) return `expected at most ${FILTER_MAX_DEPTH} levels of and/or/not in a filter`;
    if (node === null || typeof node !== 'object') continue;
    const group = node as { and?: unknown; or?: unknown; not?: unknown };
    for (const children of [group.and, group.or]) if (Array.isArray(children)) for (const child of children) stack.push([child, depth + 1]);
    if (group.not !== undefined) stack.push([group.not, depth + 1]);
  }
  return null;
}

/** The shape of a filter tree alone (no size check): what the JSON Schema of a definition shows. */
export const filterTree: z.ZodType<Filter, FilterInput> = z.lazy(() =>
  z.union([
    condition,
    z.object({ and: z.array(filterTree) }).strict(),
    z.object({ or: z.array(filterTree) }).strict(),
    z.object({ not: filterTree }).strict(),
  ]),
);

/** A filter tree as methods take it: its size checked first (FILTER_MAX_DEPTH, FILTER_MAX_NODES), then its shape. */
export const filterSchema = z
  .unknown()
  .superRefine((tree, ctx) => {
    const problem = filterSizeProblem(tree);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .pipe(filterTree) as unknown as z.ZodType<Filter, FilterInput>;

export type FieldType = 'text' | 'number' | 'date' | 'enum' | 'boolean' | 'set';

/**
 * How people write the values of a text field that stores codes (a country as DE or Germany): the
 * stored code for what they wrote, or null when nothing is called that.
 */
export interface ValueLookup {
  code(text: string): string | null;
  /** What a value must be, for messages: 'a country code or name'. */
  expected: string;
}

/** What a field is and which operators make sense for it. */
export interface FieldSpec {
  type: FieldType;
  /** For enum fields: the allowed values. */
  values?: readonly string[];
  /** Equality and list comparisons (eq, neq, in, notIn) take their values through it. */
  lookup?: ValueLookup;
}
export type FieldCatalog = Record<string, FieldSpec>;

const opsByType: Record<FieldType, readonly Operator[]> = {
  text: ['eq', 'neq', 'in', 'notIn', 'contains', 'startsWith', 'isEmpty', 'notEmpty'],
  number: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'between', 'in', 'notIn', 'isEmpty', 'notEmpty'],
  date: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'between', 'isEmpty', 'notEmpty'],
  enum: ['eq', 'neq', 'in', 'notIn', 'isEmpty', 'notEmpty'],
  boolean: ['eq', 'neq'],
  set: ['has', 'hasNot'],
};

export const operatorsFor = (type: FieldType) => opsByType[type];

const LOOKUP_OPS: ReadonlySet<Operator> = new Set(['eq', 'neq', 'in', 'notIn']);

/** The lookup a comparison's values go through: the field's, for eq, neq, in and notIn (contains and startsWith read the stored text). */
export const lookupFor = (spec: FieldSpec | undefined, op: Operator): ValueLookup | null => (spec?.lookup && LOOKUP_OPS.has(op) ? spec.lookup : null);

/** The condition's values as stored (a country's name becomes its code); null for a value that names nothing. */
export function storedValues(c: Condition, spec: FieldSpec | undefined): (Scalar | null)[] {
  const values = Array.isArray(c.value) ? c.value : c.value === null ? [] : [c.value];
  const lookup = lookupFor(spec, c.op);
  return lookup ? values.map((v) => (typeof v === 'string' ? lookup.code(v) : null)) : values;
}

export const isCondition = (f: Filter): f is Condition => 'field' in f;

export interface FilterIssue {
  path: string;
  message: string;
}

const expectValue = (c: Condition, spec: FieldSpec): string | null => {
  const v = c.value;
  const isList = Array.isArray(v);
  switch (c.op) {
    case 'isEmpty':
    case 'notEmpty':
      return null;
    case 'in':
    case 'notIn':
      return isList && v.length > 0 ? null : 'expects a non-empty list of values';
    case 'has':
    case 'hasNot':
      return (isList ? v.length > 0 : v !== null) ? null : 'expects a value or a non-empty list of values';
    case 'between':
      return isList && v.length === 2 ? null : 'expects a list of two values [from, to]';
    default:
      if (isList || v === null) return 'expects a single value';
      if (spec.type === 'number' && typeof v !== 'number') return 'expects a number';
      if (spec.type === 'boolean' && typeof v !== 'boolean') return 'expects true or false';
      if (spec.type === 'enum' && spec.values && !spec.values.includes(String(v))) return `expects one of ${spec.values.join(', ')}`;
      if (spec.type === 'date' && (typeof v !== 'string' || Number.isNaN(Date.parse(v)))) return 'expects a date (YYYY-MM-DD)';
      return null;
  }
};

/** Checks fields, operators and values against a catalog; an empty list means the filter is usable. */
export function validateFilter(filter: Filter, catalog: FieldCatalog, path = 'filter'): FilterIssue[] {
  if ('and' in filter) return filter.and.flatMap((f, i) => validateFilter(f, catalog, `${path}.and[${i}]`));
  if ('or' in filter) return filter.or.flatMap((f, i) => validateFilter(f, catalog, `${path}.or[${i}]`));
  if ('not' in filter) return validateFilter(filter.not, catalog, `${path}.not`);
  const spec = catalog[filter.field];
  if (!spec) return [{ path, message: `unknown field "${filter.field}"` }];
  if (!opsByType[spec.type].includes(filter.op)) {
    return [{ path, message: `"${filter.op}" does not apply to ${spec.type} field "${filter.field}"` }];
  }
  const problem = expectValue(filter, spec);
  if (problem) return [{ path, message: `"${filter.field}" ${filter.op} ${problem}` }];
  // Each value that names nothing, at its own place: value, or value[i] in a list.
  const listed = Array.isArray(filter.value);
  return storedValues(filter, spec).flatMap((stored, i) => {
    if (stored !== null) return [];
    const written = listed ? (filter.value as Scalar[])[i] : filter.value;
    return [{ path: listed ? `${path}.value[${i}]` : `${path}.value`, message: `"${filter.field}" ${filter.op}: ${JSON.stringify(written)} is not ${spec.lookup!.expected}` }];
  });
}

/** Every field a filter tree names, e.g. to tell whether rules depend on openness. */
export function filterFields(filter: Filter | null): Set<string> {
  const out = new Set<string>();
  const walk = (f: Filter) => {
    if (isCondition(f)) out.add(f.field);
    else if ('and' in f) f.and.forEach(walk);
    else if ('or' in f) f.or.forEach(walk);
    else walk(f.not);
  };
  if (filter) walk(filter);
  return out;
}
