import { describe, expect, it } from 'vitest';
import { MIN_SCORED_FOR_BANDS, opennessBand, thresholdsFromTable } from '../../../main/model/recruitment/bands';
import { histogramBin, opennessHistogram } from '../../../main/model/recruitment/histogram';
import { momentsOf, standardizer, zScore } from '../../../main/model/recruitment/moments';
import { frequencyTable, percentile, percentileOfTable, PERCENTILE_METHOD } from '../../../main/model/recruitment/percentiles';

describe('percentiles (linear interpolation between closest ranks, Excel PERCENTILE.INC)', () => {
  it('matches hand-computed values on small data', () => {
    // h = (n − 1)·p: for 1,2,3,4 P25 has h = 0.75 → 1 + 0.75·(2 − 1); P75 has h = 2.25 → 3 + 0.25·(4 − 3).
    expect(percentile([4, 1, 3, 2], 0.25)).toBe(1.75);
    expect(percentile([4, 1, 3, 2], 0.75)).toBe(3.25);
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    // Excel: PERCENTILE.INC({15,20,35,40,50}, 0.4) = 29; ends are the minimum and maximum.
    expect(percentile([15, 20, 35, 40, 50], 0.4)).toBe(29);
    expect(percentile([15, 20, 35, 40, 50], 0)).toBe(15);
    expect(percentile([15, 20, 35, 40, 50], 1)).toBe(50);
    expect(percentile([7], 0.25)).toBe(7);
    expect(percentile([], 0.25)).toBeNull();
  });

  it('gives the same result from a frequency table as from the raw values', () => {
    const values = [3, 3, 3, 2.5, 4.1, 4.1, 1, 5, 3.7, 3.7, 3.7, 3.7, 2.2];
    const table = frequencyTable(values);
    expect(table.map((r) => r.value)).toEqual([1, 2.2, 2.5, 3, 3.7, 4.1, 5]);
    const sorted = [...values].sort((a, b) => a - b);
    for (const p of [0.1, 0.25, 0.5, 0.75, 0.9]) {
      const h = (sorted.length - 1) * p;
      const lo = Math.floor(h);
      const direct = sorted[lo]! + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!);
      expect(percentileOfTable(table, p)).toBeCloseTo(direct, 12);
    }
  });
});

describe('openness bands', () => {
  const scores = (n: number) => Array.from({ length: n }, (_, i) => 1 + i / 10);

  it('needs 30 scored members', () => {
    expect(MIN_SCORED_FOR_BANDS).toBe(30);
    expect(thresholdsFromTable(frequencyTable(scores(29)))).toBeNull();
    const t = thresholdsFromTable(frequencyTable(scores(30)))!;
    expect(t.scored).toBe(30);
    // 1.0 … 3.9: h = 29·0.25 = 7.25 → 1.7 + 0.25·0.1; h = 21.75 → 3.1 + 0.75·0.1.
    expect(t.p25).toBeCloseTo(1.725, 10);
    expect(t.p75).toBeCloseTo(3.175, 10);
    expect(t.method).toBe(PERCENTILE_METHOD);
    expect(t.method).toMatch(/PERCENTILE\.INC/);
  });

  it('is low below P25, mid from P25 to P75 inclusive, high above P75', () => {
    const t = { p25: 2.5, p75: 3.5 };
    expect(opennessBand(2.49, t)).toBe('low');
    expect(opennessBand(2.5, t)).toBe('mid');
    expect(opennessBand(3.5, t)).toBe('mid');
    expect(opennessBand(3.51, t)).toBe('high');
    expect(opennessBand(null, t)).toBeNull();
    expect(opennessBand(4, null)).toBeNull();
  });
});

describe('histogram', () => {
  it('puts means whose float is a hair low into the bin of their exact value', () => {
    expect(7 / 5).toBe(1.4);
    expect(histogramBin(1.4)).toBe(2); // (1.4 − 1) / 0.2 is 1.9999999999999996 in floating point
    expect(histogramBin(12 / 10)).toBe(1);
    expect(histogramBin(1)).toBe(0);
    expect(histogramBin(1.19)).toBe(0);
    expect(histogramBin(4.8)).toBe(19);
    expect(histogramBin(5)).toBe(19);
  });

  it('has 20 bins of 0.2 from 1 to 5 and counts every member once', () => {
    const bins = opennessHistogram([{ value: 1, count: 2 }, { value: 3.4, count: 5 }, { value: 3.5, count: 1 }, { value: 5, count: 3 }]);
    expect(bins).toHaveLength(20);
    expect(bins[0]).toEqual({ from: 1, to: 1.2, count: 2 });
    expect(bins[12]).toEqual({ from: 3.4, to: 3.6, count: 6 });
    expect(bins[19]).toEqual({ from: 4.8, to: 5, count: 3 });
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(11);
  });
});

describe('z-scores', () => {
  it('use the sample standard deviation and give 0 when everyone is equal', () => {
    const s = standardizer(momentsOf([2, 4, 4, 4, 5, 5, 7, 9]))!;
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(zScore(9, s)).toBeCloseTo(4 / Math.sqrt(32 / 7), 12);
    expect(zScore(3, standardizer(momentsOf([3, 3, 3])))).toBe(0);
    expect(standardizer(momentsOf([]))).toBeNull();
  });
});
