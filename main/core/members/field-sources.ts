import type { FieldSpec } from '@model/filter/filter';
import { ATTRIBUTE_PREFIX, attributeField, isMemberField } from '@model/members/member-fields';
import type { SqlField } from '../db/filter-sql';
import type { Queryable } from '../db/writer';
import { listAttributes } from './attributes';

/** A field a source adds to the member filter: what it is (type, operators, values) and how it reads over a member row aliased m. */
export interface SourcedField {
  spec: FieldSpec;
  sql: SqlField;
}

/**
 * Fields another area adds to the member filter language without changing the kernel: the custom
 * attributes (attr:<key>) here; survey answers (answer:<surveyId>:<questionId>), RFM groups or
 * segment membership from the areas that own them. Each source answers for the names that start
 * with its prefix and reads its fields from the database, so a filter can only name fields that
 * exist, and its SQL is the source's, never text from the filter.
 */
export interface FieldSource {
  /** e.g. "attr:", "answer:"; names starting with it are this source's. */
  prefix: string;
  /** The fields the workspace has now, by their whole names (prefix included). */
  catalog(db: Queryable): Promise<Record<string, SourcedField>>;
}

const sources = new Map<string, FieldSource>();

/**
 * Adds a source of member filter fields; the returned function removes it again. A prefix that
 * overlaps another source's, or could name a member field, is refused.
 */
export function registerFieldSource(source: FieldSource): () => void {
  if (!/^[a-z][a-zA-Z0-9]*:$/.test(source.prefix)) throw new Error(`A field source prefix is a word and a colon, e.g. "answer:"; not "${source.prefix}".`);
  const clash = [...sources.keys()].find((p) => p.startsWith(source.prefix) || source.prefix.startsWith(p));
  if (clash !== undefined || isMemberField(source.prefix.slice(0, -1))) throw new Error(`The field source prefix "${source.prefix}" is taken.`);
  sources.set(source.prefix, source);
  return () => {
    if (sources.get(source.prefix) === source) sources.delete(source.prefix);
  };
}

/** The sources whose fields these names are (all of them when no names are given). */
export const sourcesFor = (names?: readonly string[]): FieldSource[] =>
  [...sources.values()].filter((s) => names === undefined || names.some((n) => n.startsWith(s.prefix)));

/** Custom attributes: attr:<key>, typed as defined, read from member_attribute. */
registerFieldSource({
  prefix: ATTRIBUTE_PREFIX,
  async catalog(db) {
    const fields: Record<string, SourcedField> = {};
    for (const a of await listAttributes(db)) {
      const column = a.type === 'number' ? 'value_num' : 'value_text';
      fields[`${ATTRIBUTE_PREFIX}${a.key}`] = {
        spec: attributeField(a.type, a.choices ?? []),
        // The id is an integer read from the database, never user text.
        sql: { expr: `(SELECT ma.${column} FROM member_attribute ma WHERE ma.attribute_id = ${Math.trunc(a.id)} AND ma.member_id = m.id)` },
      };
    }
    return fields;
  },
});
