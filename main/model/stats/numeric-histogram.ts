import type { ValueCount } from '../recruitment/percentiles';

/**
 * The distribution of a number question: with up to MAX_VALUE_BINS distinct values, one bin per
 * value (from = to = the value); with more, at most MAX_BINS bins of one round width (1, 2 or 5 times
 * a power of ten) on multiples of it, each holding the values from its lower edge up to, not
 * including, its upper edge, empty ones included so the bins tile the range. Counts are exact: every
 * answer is in exactly one bin.
 */
export interface NumericHistogram {
  binning: 'values' | 'intervals';
  /** The intervals' width; null for one bin per value. */
  width: number | null;
  bins: { from: number; to: number; count: number }[];
}

const MAX_VALUE_BINS = 25;
const MAX_BINS = 20;
const STEPS = [1, 2, 5];

/** floor(value / width), taking a quotient within rounding error of a whole number as that number (0.6 / 0.2 = 2.9999999999999996 is 3). */
function binIndex(value: number, width: number): number {
  const quotient = value / width;
  const whole = Math.round(quotient);
  return Math.abs(quotient - whole) <= 1e-9 * Math.max(1, Math.abs(quotient)) ? whole : Math.floor(quotient);
}

/** The narrowest round width that covers min…max in at most MAX_BINS bins, with the decimals its multiples need. */
function roundWidth(min: number, max: number): { width: number; decimals: number } {
  for (let exponent = Math.floor(Math.log10((max - min) / MAX_BINS)); ; exponent++) {
    for (const step of STEPS) {
      const decimals = Math.max(0, -exponent);
      const width = Number((step * 10 ** exponent).toFixed(decimals));
      if (binIndex(max, width) - binIndex(min, width) + 1 <= MAX_BINS) return { width, decimals };
    }
  }
}

export function numericHistogram(table: readonly ValueCount[]): NumericHistogram {
  const rows = table.filter((r) => r.count > 0).sort((a, b) => a.value - b.value);
  if (rows.length <= MAX_VALUE_BINS) return { binning: 'values', width: null, bins: rows.map((r) => ({ from: r.value, to: r.value, count: r.count })) };
  const { width, decimals } = roundWidth(rows[0]!.value, rows.at(-1)!.value);
  const first = binIndex(rows[0]!.value, width);
  const edge = (index: number) => Number((index * width).toFixed(decimals));
  const bins = Array.from({ length: binIndex(rows.at(-1)!.value, width) - first + 1 }, (_, i) => ({ from: edge(first + i), to: edge(first + i + 1), count: 0 }));
  for (const r of rows) bins[binIndex(r.value, width) - first]!.count += r.count;
  return { binning: 'intervals', width, bins };
}
