import { SCALE_MAX, SCALE_MIN } from '../openness';
import type { ValueCount } from './percentiles';

const HISTOGRAM_BIN_WIDTH = 0.2;
const HISTOGRAM_BIN_COUNT = Math.round((SCALE_MAX - SCALE_MIN) / HISTOGRAM_BIN_WIDTH);

export interface HistogramBin {
  /** Inclusive lower edge. */
  from: number;
  /** Exclusive upper edge, except the last bin, which includes the top of the scale. */
  to: number;
  count: number;
}

/**
 * The bin of a score. Scores are means such as 7/5 = 1.4, which floating point stores a hair
 * below 1.4; the small epsilon keeps them in the bin their exact value belongs to.
 */
export function histogramBin(score: number): number {
  const index = Math.floor((score - SCALE_MIN) / HISTOGRAM_BIN_WIDTH + 1e-9);
  return Math.min(HISTOGRAM_BIN_COUNT - 1, Math.max(0, index));
}

const edge = (i: number) => Math.round((SCALE_MIN + i * HISTOGRAM_BIN_WIDTH) * 10) / 10;

/** Bins of 0.2 from 1 to 5 over a score frequency table. */
export function opennessHistogram(table: readonly ValueCount[]): HistogramBin[] {
  const bins = Array.from({ length: HISTOGRAM_BIN_COUNT }, (_, i) => ({ from: edge(i), to: edge(i + 1), count: 0 }));
  for (const { value, count } of table) bins[histogramBin(value)]!.count += count;
  return bins;
}
