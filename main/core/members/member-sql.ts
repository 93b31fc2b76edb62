import { OPENNESS_INSTRUMENT_ID } from '@model/openness';
import { filterableFields, memberFieldDef, type FilterField, type ListedField, type MemberField, type StoredField } from '@model/members/member-fields';
import type { SqlField, SqlFieldMap } from '../db/filter-sql';

const traitColumn = (column: 'score' | 'answered') =>
  `(SELECT ts.${column} FROM trait_score ts WHERE ts.member_id = m.id AND ts.instrument_id = '${OPENNESS_INSTRUMENT_ID}')`;

/** The member's openness score over a member row aliased m (NULL: not screened or not scored). */
const OPENNESS_SCORE_SQL = traitColumn('score');

/**
 * The member fields without a column of their own, as SQL over a member row aliased `m` (the
 * compiler insists on one for each). Tags are matched by tag id. opennessBand has none on purpose:
 * expandOpennessBand rewrites it into score conditions first.
 */
const DERIVED: Record<Exclude<FilterField | ListedField, StoredField | 'opennessBand'>, SqlField> = {
  tag: { member: 'EXISTS (SELECT 1 FROM member_tag mt WHERE mt.tag_id = ? AND mt.member_id = m.id)' },
  openness: { expr: OPENNESS_SCORE_SQL },
  // Never screened counts as 0 answered, as members.get reports it.
  opennessAnswered: { expr: `coalesce(${traitColumn('answered')}, 0)` },
};

/** The field's column over a member row aliased m: its folded key where it has one (sorting and matching use that). */
export const keyColumn = (field: StoredField) => {
  const def = memberFieldDef(field);
  return `m.${def.key ?? def.column!}`;
};

/** How a member field reads in SQL: its column (dates by their day, text by its folded key), or the derived expression. */
function memberFieldSql(field: MemberField): SqlField | undefined {
  const def = memberFieldDef(field);
  if (def.column === undefined) return DERIVED[field as keyof typeof DERIVED];
  // Dates compare by day whether a date or a date-time was stored.
  if (def.type === 'date') return { expr: `substr(m.${def.column}, 1, 10)` };
  return def.key ? { expr: `m.${def.key}`, folded: true } : { expr: `m.${def.column}` };
}

/** Every filterable member field as SQL over a member row aliased m. */
export const memberSqlFields: SqlFieldMap = Object.fromEntries(filterableFields.flatMap((f) => {
  const sql = memberFieldSql(f);
  return sql ? [[f, sql]] : [];
}));

/** A listed field's value in a SELECT over m, named as the field (`m.birth_year AS birthYear`). */
export function selectField(field: ListedField): string {
  const def = memberFieldDef(field);
  const sql = def.column !== undefined ? `m.${def.column}` : (DERIVED[field as keyof typeof DERIVED] as { expr: string }).expr;
  return def.column === field ? sql : `${sql} AS ${field}`;
}
