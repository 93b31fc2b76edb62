import { rfmRules, type ScoreRange } from '@model/community/rfm';
import type { Queryable } from '../db/writer';

/** A period of transactions: [from, to) in seconds since 1970 (UTC). */
export interface Period {
  from: number;
  to: number;
}

const between = (column: string, [min, max]: ScoreRange) => `${column} BETWEEN ${Math.trunc(min)} AND ${Math.trunc(max)}`;

/** The group of a member's scores r, f, m: the first rule that holds (the rules cover every R and F). */
const GROUP_SQL = `CASE ${rfmRules
  .map((rule) => `WHEN ${[between('r', rule.r), between('f', rule.f), ...(rule.m ? [between('m', rule.m)] : [])].join(' AND ')} THEN '${rule.group}'`)
  .join(' ')} END`;

/**
 * A quintile score 1–5 by rank: 1 + ⌊5 × (members with a lower value) / members⌋. Members with the same
 * value share the score of the first of them (rank() counts those strictly below), so ties never
 * split across scores, whatever order the rows come in.
 */
const quintile = (value: string) => `1 + 5 * (rank() OVER (ORDER BY ${value}) - 1) / count(*) OVER ()`;

/**
 * SQL selecting (member_id, r, f, m, grp) for every member with a purchase in the period (params
 * :from, :to, :currency): recency by the last purchase (later scores higher), frequency by their
 * number, money by their sum in :currency (purchases in other currencies count for R and F only).
 * Erased members' transactions are unlinked, so they are not scored.
 */
export const RFM_SCORES_SQL = `
  WITH agg AS (
    SELECT member_id, max(at) AS last, count(*) AS freq, coalesce(sum(CASE WHEN currency = :currency THEN amount_minor END), 0) AS money
    FROM member_transaction WHERE member_id IS NOT NULL AND at >= :from AND at < :to GROUP BY member_id
  ), scored AS (
    SELECT member_id, ${quintile('last')} AS r, ${quintile('freq')} AS f, ${quintile('money')} AS m FROM agg
  )
  SELECT member_id, r, f, m, ${GROUP_SQL} AS grp FROM scored`;

/** The currency M is summed in: the one asked for, else the period's most frequent (null: no purchases). */
export async function rfmCurrency(db: Queryable, period: Period, asked: string | null): Promise<string | null> {
  if (asked) return asked;
  const row = await db.get<{ currency: string }>(
    'SELECT currency FROM member_transaction WHERE at >= ? AND at < ? GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1',
    [period.from, period.to],
  );
  return row?.currency ?? null;
}

export const rfmParams = (period: Period, currency: string | null) => ({ ':from': period.from, ':to': period.to, ':currency': currency });
