import type { Filter } from '@model/filter/filter';
import { OPENNESS_INSTRUMENT_ID, OPENNESS_ITEM_COUNT, OPENNESS_MIN_ANSWERED, OPENNESS_REVERSE_KEYED, SCALE_MAX, SCALE_MIN } from '@model/openness';
import { MIN_SCORED_FOR_BANDS, opennessBand } from '@model/recruitment/bands';
import { opennessHistogram } from '@model/recruitment/histogram';
import { mean, momentsOfTable, standardDeviation, type Moments } from '@model/recruitment/moments';
import { PERCENTILE_METHOD, PERCENTILE_METHOD_ID, percentileOfTable } from '@model/recruitment/percentiles';
import { ALPHA_METHOD, cronbachAlphaFromMoments } from '@model/recruitment/reliability';
import type { CompiledFilter } from '../db/filter-sql';
import type { CallContext } from '../call-context';
import type { Queryable } from '../db/writer';
import { compileMemberFilter, loadMemberFilterContext } from '../members/member-filter';
import { opennessScoreTable, panelOpennessThresholds } from '../members/openness-thresholds';

const SCORING_METHOD = `mean of the keyed answers (items ${OPENNESS_REVERSE_KEYED.join(', ')} reversed: ${SCALE_MIN + SCALE_MAX} − answer), scored only when at least ${OPENNESS_MIN_ANSWERED} of ${OPENNESS_ITEM_COUNT} items are answered`;

const ITEMS = Array.from({ length: OPENNESS_ITEM_COUNT }, (_, i) => i + 1);

type MomentRow = Record<string, number | null>;

/**
 * Cronbach's alpha of the keyed items over the complete cases among the selected members, summed
 * in SQL so the answers never leave the database: one pass over the answers in member order
 * pivots each complete case into its ten keyed items and total, the outer query sums moments.
 */
async function alphaMoments(db: Queryable, where: CompiledFilter) {
  const reversed = OPENNESS_REVERSE_KEYED.map(Number).join(', ');
  const keyed = `CASE WHEN a.item IN (${reversed}) THEN ${SCALE_MIN + SCALE_MAX} - a.value ELSE a.value END`;
  const row = (await db.get<MomentRow>(
    `SELECT count(*) AS n, sum(total) AS t, sum(total * total) AS tt,
       ${ITEMS.map((i) => `sum(i${i}) AS s${i}, sum(i${i} * i${i}) AS ss${i}`).join(', ')}
     FROM (
       SELECT sum(${keyed}) AS total, ${ITEMS.map((i) => `sum(${keyed}) FILTER (WHERE a.item = ${i}) AS i${i}`).join(', ')}
       FROM screener_answer a JOIN member m ON m.id = a.member_id
       WHERE a.instrument_id = ? AND a.value BETWEEN ${SCALE_MIN} AND ${SCALE_MAX} AND a.item BETWEEN 1 AND ${OPENNESS_ITEM_COUNT}
         AND m.erased_at IS NULL AND ${where.sql}
       GROUP BY a.member_id HAVING count(*) = ${OPENNESS_ITEM_COUNT}
     )`,
    [OPENNESS_INSTRUMENT_ID, ...where.params],
  ))!;
  const n = row.n ?? 0;
  const moments = (sum: string, sumSquares: string): Moments => ({ n, sum: row[sum] ?? 0, sumSquares: row[sumSquares] ?? 0 });
  return cronbachAlphaFromMoments({ items: ITEMS.map((i) => moments(`s${i}`, `ss${i}`)), total: moments('t', 'tt') });
}

interface PopulationRow {
  members: number;
  screened: number;
  scored: number;
}

/**
 * The openness picture of the panel, or of the members a filter selects: distribution, the
 * panel's band thresholds (bands always compare with the whole panel), band counts and alpha.
 */
export async function opennessOverview(ctx: CallContext, filter: Filter | null) {
  const db = ctx.db.reader;
  const context = await loadMemberFilterContext(db);
  const thresholds = await panelOpennessThresholds(db);
  const where = compileMemberFilter(filter, context, thresholds);
  const population = (await db.get<PopulationRow>(
    `SELECT count(*) AS members, count(ts.member_id) AS screened, count(ts.score) AS scored
     FROM member m LEFT JOIN trait_score ts ON ts.member_id = m.id AND ts.instrument_id = ?
     WHERE m.erased_at IS NULL AND ${where.sql}`,
    [OPENNESS_INSTRUMENT_ID, ...where.params],
  ))!;
  const table = await opennessScoreTable(db, where);
  const moments = momentsOfTable(table);
  const bands = thresholds ? { low: 0, mid: 0, high: 0 } : null;
  if (bands) for (const { value, count } of table) bands[opennessBand(value, thresholds)!] += count;
  return {
    population: { ...population, notScored: population.screened - population.scored },
    distribution: {
      bins: opennessHistogram(table),
      mean: mean(moments),
      sd: standardDeviation(moments),
      median: percentileOfTable(table, 0.5),
      p25: percentileOfTable(table, 0.25),
      p75: percentileOfTable(table, 0.75),
    },
    thresholds,
    minScoredForBands: MIN_SCORED_FOR_BANDS,
    bands,
    reliability: await alphaMoments(db, where),
    methods: { scoring: SCORING_METHOD, percentile: PERCENTILE_METHOD, percentileId: PERCENTILE_METHOD_ID, alpha: ALPHA_METHOD },
  };
}
