import type { z } from 'zod';
import type { FieldCatalog, FieldSpec } from '../filter/filter';
import { memberFieldTable, type MemberFieldDef, type MemberFieldGroup } from './member-field-table';

export * from './member-field-table';

type Table = typeof memberFieldTable;
export type MemberField = keyof Table;
type Def = MemberFieldDef;
/** The fields whose row has property P. */
type Having<P extends keyof Def> = { [K in MemberField]: Table[K] extends { [Q in P]: unknown } ? K : never }[MemberField];
export type EditableField = Having<'edit'>;
export type ListedField = Having<'list'>;
export type StoredField = Having<'column'>;
export type SortableField = Having<'sort'>;
export type ImportableField = Having<'import'>;
export type FilterField = Having<'filter'>;
/** Yes/no fields (stored as 0/1). */
export type BooleanField = { [K in MemberField]: Table[K] extends { type: 'boolean' } ? K : never }[MemberField];

/** A list zod's enum takes (at least one value). */
export const nonEmpty = <T>(items: T[]): [T, ...T[]] => {
  if (items.length === 0) throw new Error('expected at least one value');
  return items as [T, ...T[]];
};

const defs = Object.entries(memberFieldTable) as [MemberField, Def][];
const names = <F extends MemberField>(keep: (d: Def) => boolean) => defs.filter(([, d]) => keep(d)).map(([n]) => n as F);
const shape = <F extends MemberField, S>(fields: readonly F[], schema: (d: Def) => z.ZodType) =>
  Object.fromEntries(fields.map((f) => [f, schema(memberFieldTable[f])])) as unknown as S;

export const memberFieldDef = (field: MemberField): Def => memberFieldTable[field];
/** The fields whose row passes `keep`, in table order. */
export const fieldsWhere = (keep: (d: Def) => boolean): MemberField[] => names(keep);
export const isMemberField = (name: string): name is MemberField => Object.hasOwn(memberFieldTable, name);

/** Fields in table order, by what they are for. */
export const editableFields = names<EditableField>((d) => d.edit !== undefined);
export const storedFields = names<StoredField>((d) => d.column !== undefined);
export const listedFields = names<ListedField>((d) => d.list === true);
export const sortableFields = nonEmpty(names<SortableField>((d) => d.sort === true));
export const importableFields = names<ImportableField>((d) => d.import !== undefined);
export const filterableFields = names<FilterField>((d) => d.filter === true);

/** Fields of the given groups, groups in that order, fields in table order. */
export const fieldsInGroups = <F extends MemberField>(fields: readonly F[], groups: readonly MemberFieldGroup[]): F[] =>
  groups.flatMap((g) => fields.filter((f) => memberFieldTable[f].group === g));

/** members.create / members.update: each editable field's schema. */
export const editShape = shape<EditableField, { [K in EditableField]: Table[K]['edit'] }>(editableFields, (d) => d.edit!);
/** members.get: each stored field's value. */
export const storedShape = shape<StoredField, { [K in StoredField]: Table[K]['value'] }>(storedFields, (d) => d.value);
/** members.list rows: each listed field's value. */
export const listedShape = shape<ListedField, { [K in ListedField]: Table[K]['value'] }>(listedFields, (d) => d.value);

/** The filter field spec of a member field. */
const filterSpec = (d: Def): FieldSpec => ({ type: d.type, ...(d.values ? { values: d.values } : {}), ...(d.lookup ? { lookup: d.lookup } : {}) });

/**
 * The member fields that filters, sorting, saved views, segments and campaign rules can name.
 * Custom attributes join as `attr:<key>` with their own type (see attributeField); other areas add
 * theirs through the core's field sources (core/members/field-sources.ts).
 */
export const memberFieldCatalog: FieldCatalog = Object.fromEntries(filterableFields.map((f) => [f, filterSpec(memberFieldTable[f])]));

export const ATTRIBUTE_PREFIX = 'attr:';
export const attributeTypes = ['text', 'number', 'date', 'choice'] as const;
export type AttributeType = (typeof attributeTypes)[number];

/** The filter field spec of a custom attribute. */
export const attributeField = (type: AttributeType, choices: readonly string[] = []): FieldSpec =>
  type === 'choice' ? { type: 'enum' as const, values: choices } : { type };
