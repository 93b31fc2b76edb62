import { describe, expect, it } from 'vitest';
import { numericHistogram } from '../../../main/model/stats/numeric-histogram';

const ones = (values: readonly number[]) => values.map((value) => ({ value, count: 1 }));
const total = (bins: readonly { count: number }[]) => bins.reduce((sum, b) => sum + b.count, 0);

describe('numericHistogram', () => {
  it('gives each distinct value its own bin while there are few, in order, leaving out zero counts', () => {
    const h = numericHistogram([{ value: 3, count: 2 }, { value: 1, count: 4 }, { value: 2, count: 0 }]);
    expect(h).toEqual({ binning: 'values', width: null, bins: [{ from: 1, to: 1, count: 4 }, { from: 3, to: 3, count: 2 }] });
  });

  it('has one bin for a single value, and none for no answers', () => {
    expect(numericHistogram([{ value: 7.25, count: 9 }])).toEqual({ binning: 'values', width: null, bins: [{ from: 7.25, to: 7.25, count: 9 }] });
    expect(numericHistogram([])).toEqual({ binning: 'values', width: null, bins: [] });
  });

  it('puts many values in at most 20 bins of a round width, each from its lower edge up to, not including, its upper edge', () => {
    const h = numericHistogram(ones(Array.from({ length: 101 }, (_, i) => i)));
    expect(h.binning).toBe('intervals');
    expect(h.width).toBe(10);
    expect(h.bins).toHaveLength(11);
    expect(h.bins[0]).toEqual({ from: 0, to: 10, count: 10 });
    // 100 sits on an edge: it opens the last bin rather than closing the one before.
    expect(h.bins.at(-2)).toEqual({ from: 90, to: 100, count: 10 });
    expect(h.bins.at(-1)).toEqual({ from: 100, to: 110, count: 1 });
    expect(total(h.bins)).toBe(101);
  });

  it('keeps empty bins between the values, so the bins tile the range', () => {
    const h = numericHistogram(ones([...Array.from({ length: 30 }, (_, i) => i), 95]));
    expect(h.width).toBe(5);
    expect(h.bins.map((b) => b.from)).toEqual(Array.from({ length: 20 }, (_, i) => i * 5));
    expect(h.bins.slice(6, 19).every((b) => b.count === 0)).toBe(true);
    expect(h.bins.at(-1)).toEqual({ from: 95, to: 100, count: 1 });
  });

  it('bins negative numbers by the same rule (−0.5 falls in −1 to 0, 0 in 0 to 1)', () => {
    const values = [...Array.from({ length: 20 }, (_, i) => -10 + i), -0.5, 9.5, -9.5, -8.5, 5.5, 6.5];
    const h = numericHistogram(ones(values));
    expect(h.width).toBe(1);
    expect(h.bins).toHaveLength(20);
    expect(h.bins[0]).toEqual({ from: -10, to: -9, count: 2 });
    expect(h.bins.find((b) => b.from === -1)).toEqual({ from: -1, to: 0, count: 2 });
    expect(h.bins.find((b) => b.from === 0)).toEqual({ from: 0, to: 1, count: 1 });
    expect(h.bins.at(-1)).toEqual({ from: 9, to: 10, count: 2 });
    expect(total(h.bins)).toBe(26);
  });

  it('bins decimals on exact edges, whatever binary fractions make of 0.1 steps', () => {
    // 0.0, 0.1, … 2.9: 30 values, bins of 0.2; 0.3 belongs with 0.2, 0.6 opens its bin.
    const values = Array.from({ length: 30 }, (_, i) => Number((i / 10).toFixed(1)));
    const h = numericHistogram(ones(values));
    expect(h.width).toBe(0.2);
    expect(h.bins).toHaveLength(15);
    expect(h.bins.slice(0, 4)).toEqual([
      { from: 0, to: 0.2, count: 2 },
      { from: 0.2, to: 0.4, count: 2 },
      { from: 0.4, to: 0.6, count: 2 },
      { from: 0.6, to: 0.8, count: 2 },
    ]);
    expect(h.bins.at(-1)).toEqual({ from: 2.8, to: 3, count: 2 });
    expect(total(h.bins)).toBe(30);
  });

  it('keeps counts exact for weighted values and wide ranges', () => {
    const table = Array.from({ length: 40 }, (_, i) => ({ value: 1000 * i + 0.5, count: i + 1 }));
    const h = numericHistogram(table);
    expect(h.width).toBe(2000);
    expect(h.bins[0]).toEqual({ from: 0, to: 2000, count: 3 });
    expect(total(h.bins)).toBe((40 * 41) / 2);
  });
});
