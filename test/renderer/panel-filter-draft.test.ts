import { describe, expect, it } from 'vitest';
import type { FieldCatalog } from '@model/filter/filter';
import { evaluateFilter } from '@model/filter/evaluate';
import { memberFieldCatalog } from '@model/panel/member-fields';
import { conditionCount, draftProblems, draftToFilter, filterToDraft, newRow, type FilterDraft } from '@renderer/features/panel/filter/filter-draft';

const catalog: FieldCatalog = { ...memberFieldCatalog, 'attr:score': { type: 'number' } };

const draft = (join: FilterDraft['join'], ...rows: Partial<ReturnType<typeof newRow>>[]): FilterDraft => ({
  join,
  rows: rows.map((r) => ({ ...newRow(r.field ?? 'name', r.op ?? 'eq'), ...r })),
});

describe('filter builder rows', () => {
  it('become the filter language: lists split on Latin and CJK commas, country codes in capitals, tags as ids', () => {
    const filter = draftToFilter(
      draft(
        'and',
        { field: 'country', op: 'in', text: 'de， cn、 ru' },
        { field: 'tag', op: 'has', values: ['3', '7'] },
        { field: 'openness', op: 'between', text: '3,5', text2: '5' },
        { field: 'lifecycleStage', op: 'in', values: ['retention'] },
        { field: 'email', op: 'isEmpty' },
      ),
      catalog,
    );
    expect(filter).toEqual({
      and: [
        { field: 'country', op: 'in', value: ['DE', 'CN', 'RU'] },
        { field: 'tag', op: 'has', value: [3, 7] },
        { field: 'openness', op: 'between', value: [3.5, 5] },
        { field: 'lifecycleStage', op: 'in', value: ['retention'] },
        { field: 'email', op: 'isEmpty', value: null },
      ],
    });
    // The same filter the core compiles: it selects what it says.
    const member = { country: 'CN', tag: [7], openness: 4.1, lifecycleStage: 'retention', email: null };
    expect(evaluateFilter(filter!, (f) => member[f as keyof typeof member] ?? null)).toBe(true);
  });

  it('say what is missing per row instead of sending a broken filter', () => {
    const d = draft(
      'or',
      { field: 'name', op: 'contains', text: '  ' },
      { field: 'birthYear', op: 'gt', text: 'nineteen' },
      { field: 'joinedAt', op: 'lt', text: '2024-13-01' },
      { field: 'tag', op: 'has' },
      { field: 'openness', op: 'between', text: '3' },
      { field: 'attr:gone', op: 'eq', text: 'x' },
    );
    expect([...draftProblems(d, catalog).values()]).toEqual(['value', 'number', 'date', 'pick', 'range', 'field']);
    expect(draftToFilter(d, catalog)).toBeNull();
  });

  it('round-trip through a saved view; deeper trees are not editable as rows', () => {
    const filter = { or: [{ field: 'country', op: 'in' as const, value: ['DE', 'FR'] }, { field: 'attr:score', op: 'gte' as const, value: 2 }] };
    const rows = filterToDraft(filter, catalog)!;
    expect(rows.join).toBe('or');
    expect(rows.rows.map((r) => [r.field, r.op, r.text])).toEqual([
      ['country', 'in', 'DE, FR'],
      ['attr:score', 'gte', '2'],
    ]);
    expect(draftToFilter(rows, catalog)).toEqual(filter);
    expect(filterToDraft({ and: [{ or: [] }] }, catalog)).toBeNull();
    expect(filterToDraft(null, catalog)).toEqual({ join: 'and', rows: [] });
  });

  it('count conditions for the Filter button', () => {
    expect(conditionCount(null)).toBe(0);
    expect(conditionCount({ and: [{ field: 'a', op: 'eq', value: 1 }, { not: { or: [{ field: 'b', op: 'eq', value: 1 }, { field: 'c', op: 'eq', value: 1 }] } }] })).toBe(3);
  });
});
