import type { OpennessBand } from '../members/member-fields';
import { PERCENTILE_METHOD, percentileOfTable, tableSize, type ValueCount } from './percentiles';

/** Bands compare a member with the panel, which means little on a handful of people. */
export const MIN_SCORED_FOR_BANDS = 30;

export interface OpennessThresholds {
  p25: number;
  p75: number;
  /** Scored members the percentiles were taken over. */
  scored: number;
  /** How the percentiles were computed, in words. */
  method: string;
}

/** The panel's P25 and P75 from its score frequency table; null below MIN_SCORED_FOR_BANDS scored members. */
export function thresholdsFromTable(table: readonly ValueCount[]): OpennessThresholds | null {
  const scored = tableSize(table);
  if (scored < MIN_SCORED_FOR_BANDS) return null;
  return { p25: percentileOfTable(table, 0.25)!, p75: percentileOfTable(table, 0.75)!, scored, method: PERCENTILE_METHOD };
}

/** low: below P25; mid: P25 to P75 inclusive; high: above P75. null when not scored or no bands. */
export function opennessBand(score: number | null, thresholds: Pick<OpennessThresholds, 'p25' | 'p75'> | null): OpennessBand | null {
  if (score === null || !thresholds) return null;
  if (score < thresholds.p25) return 'low';
  if (score > thresholds.p75) return 'high';
  return 'mid';
}
