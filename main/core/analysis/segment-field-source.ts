import { filterFields, type FieldCatalog } from '@model/filter/filter';
import { SEGMENT_PREFIX, segmentField, segmentRefs } from '@model/analysis/segment-refs';
import type { CompiledFilter } from '../db/filter-sql';
import type { Queryable } from '../db/writer';
import { registerFieldSource, type SourcedField } from '../members/field-sources';
import { compileMemberFilter, loadMemberFilterContext } from '../members/member-filter';
import { readOpennessThresholds } from '../members/openness-thresholds';
import { segmentCycle } from './segment-errors';
import { readSegments, type SegmentRow } from './segment-store';

const SEGMENT_SPEC = { type: 'boolean' } as const;

/** The names a filter takes from sources other than this one (a segment's own references are compiled here). */
const otherFieldNames = (row: SegmentRow) => [...filterFields(row.filter)].filter((name) => !name.startsWith(SEGMENT_PREFIX));

/**
 * Every saved segment compiled to a SQL condition over a member row aliased m, references to
 * other segments inlined (each segment compiled once, after the ones it names). Saving refuses a
 * cycle; one found here anyway (a workspace edited outside the workbench) is refused the same way.
 */
async function compileSegments(db: Queryable): Promise<Map<number, CompiledFilter>> {
  const rows = await readSegments(db);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const compiled = new Map<number, CompiledFilter>();
  const needsBands = rows.some((row) => filterFields(row.filter).has('opennessBand'));
  const thresholds = needsBands ? await readOpennessThresholds(db) : null;
  const compile = async (row: SegmentRow, trail: readonly number[]): Promise<CompiledFilter> => {
    const done = compiled.get(row.id);
    if (done) return done;
    if (trail.includes(row.id)) throw segmentCycle([...trail, row.id].map((id) => byId.get(id)!.name));
    const base = await loadMemberFilterContext(db, otherFieldNames(row));
    const context = { catalog: { ...base.catalog } as FieldCatalog, fields: { ...base.fields } };
    for (const ref of segmentRefs(row.filter)) {
      const named = byId.get(ref);
      if (!named) continue; // left unknown: the filter check names it
      context.catalog[segmentField(ref)] = SEGMENT_SPEC;
      context.fields[segmentField(ref)] = { condition: await compile(named, [...trail, row.id]) };
    }
    const result = compileMemberFilter(row.filter, context, thresholds, `segment "${row.name}"`);
    compiled.set(row.id, result);
    return result;
  };
  for (const row of rows) await compile(row, []);
  return compiled;
}

/** Segment membership as a member filter field (segment:<id>, yes/no) for every area's filters. */
registerFieldSource({
  prefix: SEGMENT_PREFIX,
  async catalog(db) {
    const fields: Record<string, SourcedField> = {};
    for (const [id, condition] of await compileSegments(db)) fields[segmentField(id)] = { spec: SEGMENT_SPEC, sql: { condition } };
    return fields;
  },
});
