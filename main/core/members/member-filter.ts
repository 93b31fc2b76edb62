import { validateFilter, type FieldCatalog, type Filter } from '@model/filter/filter';
import { ATTRIBUTE_PREFIX, attributeField, memberFieldCatalog } from '@model/members/member-fields';
import { expandOpennessBand } from '@model/recruitment/band-filter';
import { compileFilter, type CompiledFilter, type SqlFieldMap } from '../db/filter-sql';
import { AppError } from '../errors';
import type { WorkspaceDb } from '../db/workspace-db';
import type { Queryable } from '../db/writer';
import { listAttributes } from './attributes';
import { memberSqlFields } from './member-sql';
import { panelOpennessThresholds } from './openness-thresholds';
import type { BandThresholds } from './thresholds-cache';

export interface MemberFilterContext {
  catalog: FieldCatalog;
  fields: SqlFieldMap;
}

const BASE_CONTEXT: MemberFilterContext = { catalog: memberFieldCatalog, fields: memberSqlFields };

/** The member catalog and SQL fields, with the workspace's custom attributes as attr:<key>. */
export async function loadMemberFilterContext(db: Queryable): Promise<MemberFilterContext> {
  const catalog: FieldCatalog = { ...memberFieldCatalog };
  const fields: SqlFieldMap = { ...memberSqlFields };
  for (const a of await listAttributes(db)) {
    const name = `${ATTRIBUTE_PREFIX}${a.key}`;
    catalog[name] = attributeField(a.type, a.choices ?? []);
    // The id is an integer read from the database, never user text.
    const column = a.type === 'number' ? 'value_num' : 'value_text';
    fields[name] = { expr: `(SELECT ma.${column} FROM member_attribute ma WHERE ma.attribute_id = ${Math.trunc(a.id)} AND ma.member_id = m.id)` };
  }
  return { catalog, fields };
}

/**
 * Validates a member filter (issues name their place under `path`), resolves openness bands with
 * the given thresholds (the panel's, or a campaign's frozen ones) and compiles it to a SQL condition
 * over a member row aliased m.
 */
export function compileMemberFilter(filter: Filter | null | undefined, context: MemberFilterContext, thresholds: BandThresholds | null, path = 'filter'): CompiledFilter {
  if (!filter) return { sql: '1', params: [] };
  const issues = validateFilter(filter, context.catalog, path);
  if (issues.length) {
    const problems = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new AppError('VALIDATION', `The filter is not valid: ${problems}`, {
      key: 'errors.invalidFilter',
      params: { problems },
      issues: issues.map((i) => ({ path: [i.path], message: i.message })),
    });
  }
  return compileFilter(expandOpennessBand(filter, thresholds), context.catalog, context.fields);
}

const fieldsOf = (f: Filter): string[] =>
  'and' in f ? f.and.flatMap(fieldsOf) : 'or' in f ? f.or.flatMap(fieldsOf) : 'not' in f ? fieldsOf(f.not) : [f.field];

/**
 * compileMemberFilter with the workspace's attributes and the panel's current thresholds, each read
 * only when the filter names them (thresholds take a pass over the scores).
 */
export async function compilePanelFilter(db: WorkspaceDb, filter: Filter | null | undefined): Promise<CompiledFilter> {
  if (!filter) return { sql: '1', params: [] };
  const fields = fieldsOf(filter);
  const reader = db.reader;
  const thresholds = fields.includes('opennessBand') ? await panelOpennessThresholds(reader) : null;
  const context = fields.some((f) => f.startsWith(ATTRIBUTE_PREFIX)) ? await loadMemberFilterContext(reader) : BASE_CONTEXT;
  return compileMemberFilter(filter, context, thresholds);
}
