import { createContext, useContext, type ReactNode } from 'react';
import type { AttributeDef } from '@api/members';
import type { Tag } from '@api/tags';
import type { FieldCatalog, Scalar } from '@model/filter/filter';
import { ATTRIBUTE_PREFIX, attributeField, memberFieldCatalog, type MemberField } from '@model/members/member-fields';

/**
 * What the filter builder and the filter in words need to know about the fields: their types, the
 * fields offered (in order), the workspace's tags, and the names people read. Each area supplies
 * its own, so the builder uses the same words as the rest of the page around it.
 */
export interface FilterVocabulary {
  catalog: FieldCatalog;
  /** Fields the builder offers, in order. */
  fields: readonly string[];
  tags: readonly Tag[];
  fieldLabel(field: string): string;
  /** A stored value as a person reads it: translated enum values, tag names, yes / no. */
  valueLabel(field: string, value: Scalar): string;
}

/**
 * The member filter catalog of the core (main/model/members/member-fields.ts) with the workspace's
 * custom attributes as attr:<key>: the one source of the fields both areas filter members by.
 */
export function memberFilterFields(attributes: readonly AttributeDef[], order: readonly MemberField[]): Pick<FilterVocabulary, 'catalog' | 'fields'> {
  const catalog: FieldCatalog = { ...memberFieldCatalog };
  const fields: string[] = [...order];
  for (const a of attributes) {
    const name = `${ATTRIBUTE_PREFIX}${a.key}`;
    catalog[name] = attributeField(a.type, a.choices ?? []);
    fields.push(name);
  }
  return { catalog, fields };
}

const FilterVocabularyContext = createContext<FilterVocabulary | null>(null);

export function FilterVocabularyProvider({ value, children }: { value: FilterVocabulary; children: ReactNode }) {
  return <FilterVocabularyContext value={value}>{children}</FilterVocabularyContext>;
}

export function useFilterVocabulary(): FilterVocabulary {
  const value = useContext(FilterVocabularyContext);
  if (!value) throw new Error('useFilterVocabulary needs a <FilterVocabularyProvider>.');
  return value;
}
