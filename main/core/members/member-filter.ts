import { filterFields, type FieldCatalog, type Filter } from '@model/filter/filter';
import { memberFieldCatalog } from '@model/members/member-fields';
import { expandOpennessBand } from '@model/recruitment/band-filter';
import { checkFilter, compileCheckedFilter, type CompiledFilter, type SqlFieldMap } from '../db/filter-sql';
import type { WorkspaceDb } from '../db/workspace-db';
import type { Queryable } from '../db/writer';
import { sourcesFor } from './field-sources';
import { memberSqlFields } from './member-sql';
import { panelOpennessThresholds } from './openness-thresholds';
import type { BandThresholds } from './thresholds-cache';

export interface MemberFilterContext {
  catalog: FieldCatalog;
  fields: SqlFieldMap;
}

const BASE_CONTEXT: MemberFilterContext = { catalog: memberFieldCatalog, fields: memberSqlFields };

/**
 * The member fields and, from the field sources, the fields the workspace adds (custom attributes
 * as attr:<key>, and whatever other areas register): only the sources of the names given, when given.
 */
export async function loadMemberFilterContext(db: Queryable, names?: readonly string[]): Promise<MemberFilterContext> {
  const wanted = sourcesFor(names);
  if (wanted.length === 0) return BASE_CONTEXT;
  const catalog: FieldCatalog = { ...memberFieldCatalog };
  const fields: SqlFieldMap = { ...memberSqlFields };
  for (const source of wanted) {
    for (const [name, field] of Object.entries(await source.catalog(db))) {
      catalog[name] = field.spec;
      fields[name] = field.sql;
    }
  }
  return { catalog, fields };
}

/**
 * Checks a member filter once (issues name their place under `path`; a field no catalog has is
 * refused before any SQL of it exists), resolves openness bands with the given thresholds (the
 * panel's, or a campaign's frozen ones) and compiles it to a SQL condition over a member row aliased m.
 */
export function compileMemberFilter(filter: Filter | null | undefined, context: MemberFilterContext, thresholds: BandThresholds | null, path = 'filter'): CompiledFilter {
  if (!filter) return { sql: '1', params: [] };
  checkFilter(filter, context.catalog, path);
  return compileCheckedFilter(expandOpennessBand(filter, thresholds), context.catalog, context.fields);
}

/**
 * compileMemberFilter with the fields the filter names from their sources and the panel's current
 * thresholds, each read only when the filter needs them (thresholds take a pass over the scores).
 */
export async function compilePanelFilter(db: WorkspaceDb, filter: Filter | null | undefined): Promise<CompiledFilter> {
  if (!filter) return { sql: '1', params: [] };
  const names = [...filterFields(filter)];
  const reader = db.reader;
  const thresholds = names.includes('opennessBand') ? await panelOpennessThresholds(reader) : null;
  return compileMemberFilter(filter, await loadMemberFilterContext(reader, names), thresholds);
}
