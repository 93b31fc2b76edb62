import { OPENNESS_INSTRUMENT_ID } from '@model/openness';
import { thresholdsFromTable, type OpennessThresholds } from '@model/recruitment/bands';
import type { ValueCount } from '@model/recruitment/percentiles';
import type { CompiledFilter } from '../db/filter-sql';
import type { Queryable } from '../db/writer';
import { cachedUntilWrite } from './thresholds-cache';

/**
 * Openness scores of the members (not erased) a compiled member filter selects, as a frequency
 * table. Scores are means of 8–10 answers, so there are only a few dozen distinct values and the
 * percentiles and histogram come from this small table even on a large panel.
 */
export async function opennessScoreTable(db: Queryable, where: CompiledFilter = { sql: '1', params: [] }): Promise<ValueCount[]> {
  return db.all<ValueCount>(
    `SELECT ts.score AS value, count(*) AS count
     FROM trait_score ts JOIN member m ON m.id = ts.member_id
     WHERE ts.instrument_id = ? AND ts.score IS NOT NULL AND m.erased_at IS NULL AND ${where.sql}
     GROUP BY ts.score ORDER BY ts.score`,
    [OPENNESS_INSTRUMENT_ID, ...where.params],
  );
}

/** The panel's P25/P75 for the low/mid/high bands, as of this read (e.g. inside a write transaction); null when fewer than 30 members are scored. */
export async function readOpennessThresholds(db: Queryable): Promise<OpennessThresholds | null> {
  return thresholdsFromTable(await opennessScoreTable(db));
}

/**
 * The panel's thresholds through the reader, computed once per commit: they take a pass over every
 * score (about a second on a million members), while member pages, band filters, the openness
 * overview and the seed shortlist all need them. The one cache, shared by every area.
 */
export const panelOpennessThresholds = cachedUntilWrite(readOpennessThresholds);
