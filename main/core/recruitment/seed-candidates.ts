import type { Filter } from '@model/filter/filter';
import { OPENNESS_INSTRUMENT_ID } from '@model/openness';
import { ageGroupOf } from '@model/recruitment/age-groups';
import { opennessBand } from '@model/recruitment/bands';
import { standardizer, type Standardizer } from '@model/recruitment/moments';
import { createQuotaSelector, normalizeWeights, seedComponents, type SeedQuota, type SeedStats, type SeedWeights, type SegmentValue } from '@model/recruitment/seed-ranking';
import { isSegmentField, segmentFields } from '@model/recruitment/segment-fields';
import type { SqlValue } from '../db/connection';
import { AppError } from '../errors';
import { CONTACTABLE_SQL } from '../members/contactable';
import type { CallContext } from '../call-context';
import { compileMemberFilter, loadMemberFilterContext, type MemberFilterContext } from '../members/member-filter';
import { panelOpennessThresholds } from '../members/openness-thresholds';

export interface SeedCandidatesInput {
  limit: number;
  weights: SeedWeights;
  quotas: readonly SeedQuota[];
  filter: Filter | null;
  windowDays: number;
}

const DAY_MS = 86_400_000;
const MAX_PAGE = 50_000;

/**
 * The pool: every scored member (not erased) with engagement from completed responses, i.e. how
 * many fall in the window and days since the last one, capped at the window (never = the window).
 */
function poolCte(now: Date, windowDays: number) {
  return {
    sql: `WITH eng AS (
      SELECT r.member_id, sum(julianday(r.completed_at) >= julianday(?)) AS completed, max(julianday(r.completed_at)) AS last
      FROM response r WHERE r.status = 'complete' AND r.member_id IS NOT NULL AND r.completed_at IS NOT NULL
      GROUP BY r.member_id
    ), pool AS (
      SELECT m.id, ts.score, coalesce(e.completed, 0) AS completed, max(0, min(?, coalesce(julianday(?) - e.last, ?))) AS days
      FROM member m
      JOIN trait_score ts ON ts.member_id = m.id AND ts.instrument_id = ? AND ts.score IS NOT NULL
      LEFT JOIN eng e ON e.member_id = m.id
      WHERE m.erased_at IS NULL
    )`,
    params: [new Date(now.getTime() - windowDays * DAY_MS).toISOString(), windowDays, now.toISOString(), windowDays, OPENNESS_INSTRUMENT_ID] as SqlValue[],
  };
}

interface StatsRow {
  n: number;
  s: number | null;
  ss: number | null;
  fs: number | null;
  fss: number | null;
  rs: number | null;
  rss: number | null;
  contactable: number;
  eligible: number;
}

/**
 * The combined score as SQL, with the same association as seedComponents (w · ((x − mean) / sd),
 * terms summed in the same order), so SQL sorts by exactly the numbers the model reports.
 */
function combinedSql(stats: SeedStats, w: SeedWeights) {
  const terms: string[] = [];
  const params: number[] = [];
  const add = (weight: number, s: Standardizer | null, term: string) => {
    if (weight <= 0 || !s || s.sd === 0) return;
    terms.push(term);
    params.push(weight, s.mean, s.sd);
  };
  add(w.openness, stats.openness, '? * ((p.score - ?) / ?)');
  add(w.frequency, stats.frequency, '? * ((p.completed - ?) / ?)');
  add(w.recency, stats.recency, '? * (-((p.days - ?) / ?))');
  return { sql: terms.length ? terms.join(' + ') : '0', params };
}

/** The SELECT columns that give each quota field's value; ageGroup and opennessBand are derived in JS. */
function segmentColumns(quotas: readonly SeedQuota[], context: MemberFilterContext): string[] {
  return quotas.flatMap((q, i) => {
    if (q.field === 'opennessBand') return [];
    if (q.field === 'ageGroup') return [`m.age_band AS seg${i}_band`, `m.birth_year AS seg${i}_year`];
    const field = context.fields[q.field];
    if (!isSegmentField(q.field) || !field || !('expr' in field)) {
      throw new AppError('VALIDATION', `quotas[${i}].field: "${q.field}" is not a field a quota can split by; expected one of ${segmentFields.join(', ')} or attr:<key> of a defined attribute.`, {
        key: 'errors.quotaField',
        params: { index: i, field: q.field },
        issues: [{ path: ['quotas', i, 'field'], message: `"${q.field}" is not a field a quota can split by` }],
      });
    }
    return [`${field.expr} AS seg${i}`];
  });
}

type RankRow = { id: number; score: number; completed: number; days: number; code: string; name: string | null; country: string | null } & Record<string, SegmentValue>;

/**
 * The seed shortlist: contactable scored members matching the filter, best combined score first,
 * greedily under the quotas. Candidates are read from SQL in pages in score order until the list
 * is full, so a large panel is not loaded whole.
 */
export async function seedCandidates(ctx: CallContext, input: SeedCandidatesInput) {
  const now = ctx.now();
  const db = ctx.db.reader;
  const weights = normalizeWeights(input.weights);
  const context = await loadMemberFilterContext(db);
  const thresholds = await panelOpennessThresholds(db);
  const where = compileMemberFilter(input.filter, context, thresholds);
  const columns = segmentColumns(input.quotas, context);
  const cte = poolCte(now, input.windowDays);

  const row = (await db.get<StatsRow>(
    `${cte.sql} SELECT count(*) AS n, sum(p.score) AS s, sum(p.score * p.score) AS ss, sum(p.completed) AS fs, sum(p.completed * p.completed) AS fss,
       sum(p.days) AS rs, sum(p.days * p.days) AS rss,
       coalesce(sum(${CONTACTABLE_SQL}), 0) AS contactable, coalesce(sum(${CONTACTABLE_SQL} AND ${where.sql}), 0) AS eligible
     FROM pool p JOIN member m ON m.id = p.id`,
    [...cte.params, ...where.params],
  ))!;
  const moments = (sum: number | null, sumSquares: number | null) => standardizer({ n: row.n, sum: sum ?? 0, sumSquares: sumSquares ?? 0 });
  const stats: SeedStats = { pool: row.n, openness: moments(row.s, row.ss), frequency: moments(row.fs, row.fss), recency: moments(row.rs, row.rss) };

  const order = combinedSql(stats, weights);
  const selector = createQuotaSelector(input.quotas, input.limit);
  const year = now.getUTCFullYear();
  const candidates = [];
  let considered = 0;
  // Pages double: one is usually enough, and quotas that keep skipping cost a few queries, not many.
  for (let offset = 0, pageSize = Math.max(500, input.limit * 4); !selector.full; offset += pageSize, pageSize = Math.min(pageSize * 2, MAX_PAGE)) {
    const page = await db.all<RankRow>(
      `${cte.sql} SELECT p.id, p.score, p.completed, p.days, m.code, m.name, m.country${columns.map((c) => `, ${c}`).join('')}
       FROM pool p JOIN member m ON m.id = p.id
       WHERE ${CONTACTABLE_SQL} AND ${where.sql}
       ORDER BY ${order.sql} DESC, p.id
       LIMIT ? OFFSET ?`,
      [...cte.params, ...where.params, ...order.params, pageSize, offset],
    );
    for (const r of page) {
      if (selector.full) break;
      considered++;
      const band = opennessBand(r.score, thresholds);
      const segments = Object.fromEntries(
        input.quotas.map((q, i): [string, SegmentValue] => [
          q.field,
          q.field === 'opennessBand' ? band : q.field === 'ageGroup' ? ((r[`seg${i}_band`] as string | null) ?? ageGroupOf(r[`seg${i}_year`] as number | null, year)) : r[`seg${i}`] ?? null,
        ]),
      );
      if (!selector.offer(segments)) continue;
      const c = seedComponents({ score: r.score, completed: r.completed, daysSinceLast: r.days }, stats, weights);
      candidates.push({
        rank: candidates.length + 1,
        memberId: r.id,
        code: r.code,
        name: r.name,
        country: r.country,
        segments,
        openness: { ...c.openness, band },
        frequency: c.frequency,
        recency: c.recency,
        combined: c.combined,
      });
    }
    if (page.length < pageSize) break;
  }
  return {
    candidates,
    weights,
    windowDays: input.windowDays,
    quotas: selector.report(),
    stats: {
      pool: row.n,
      notContactable: row.n - row.contactable,
      filteredOut: row.contactable - row.eligible,
      eligible: row.eligible,
      considered,
      openness: stats.openness,
      frequency: stats.frequency,
      recency: stats.recency,
    },
    thresholds,
  };
}
