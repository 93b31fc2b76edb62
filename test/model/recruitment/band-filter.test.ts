import { describe, expect, it } from 'vitest';
import type { Filter } from '../../../main/model/filter/filter';
import { evaluateFilter } from '../../../main/model/filter/evaluate';
import { opennessBand } from '../../../main/model/recruitment/bands';
import { expandOpennessBand } from '../../../main/model/recruitment/band-filter';

const thresholds = { p25: 2.9, p75: 3.6 };
const scores = [null, 1, 2.8, 2.9, 3.2, 3.6, 3.7, 5];

const bandFilters: Filter[] = [
  { field: 'opennessBand', op: 'eq', value: 'low' },
  { field: 'opennessBand', op: 'eq', value: 'mid' },
  { field: 'opennessBand', op: 'eq', value: 'high' },
  { field: 'opennessBand', op: 'neq', value: 'mid' },
  { field: 'opennessBand', op: 'in', value: ['low', 'high'] },
  { field: 'opennessBand', op: 'notIn', value: ['high'] },
  { field: 'opennessBand', op: 'isEmpty', value: null },
  { field: 'opennessBand', op: 'notEmpty', value: null },
  { not: { and: [{ field: 'opennessBand', op: 'eq', value: 'high' }, { field: 'country', op: 'eq', value: 'CN' }] } },
];

describe('expandOpennessBand', () => {
  it('means the same as evaluating the band of each score directly', () => {
    for (const filter of bandFilters) {
      for (const score of scores) {
        const direct = evaluateFilter(filter, (f) => (f === 'opennessBand' ? opennessBand(score, thresholds) : f === 'country' ? 'CN' : null));
        const expanded = evaluateFilter(expandOpennessBand(filter, thresholds), (f) => (f === 'openness' ? score : f === 'country' ? 'CN' : null));
        expect({ filter, score, expanded }).toEqual({ filter, score, expanded: direct });
      }
    }
  });

  it('leaves no band without thresholds (fewer than 30 scored)', () => {
    for (const filter of bandFilters) {
      for (const score of scores) {
        const direct = evaluateFilter(filter, (f) => (f === 'country' ? 'CN' : null));
        expect(evaluateFilter(expandOpennessBand(filter, null), (f) => (f === 'openness' ? score : f === 'country' ? 'CN' : null))).toBe(direct);
      }
    }
  });

  it('puts the thresholds in as values, never touching other conditions', () => {
    expect(expandOpennessBand({ and: [{ field: 'opennessBand', op: 'eq', value: 'mid' }, { field: 'country', op: 'eq', value: 'US' }] }, thresholds)).toEqual({
      and: [{ or: [{ field: 'openness', op: 'between', value: [2.9, 3.6] }] }, { field: 'country', op: 'eq', value: 'US' }],
    });
  });
});
