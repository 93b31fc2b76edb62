import { describe, expect, it } from 'vitest';
import type { FieldCatalog } from '@model/filter/filter';
import { evaluateFilter } from '@model/filter/evaluate';
import { memberFieldCatalog } from '@model/members/member-fields';
import { changeRow, conditionCount, draftFromFilter, draftToFilter, newRow, type ConditionDraft, type FilterDraft } from '@renderer/components/filter-builder/filter-draft';

const catalog: FieldCatalog = { ...memberFieldCatalog, 'attr:score': { type: 'number' } };
const row = (patch: Partial<ConditionDraft>): ConditionDraft => ({ key: Math.random(), field: 'country', op: 'eq', text: '', text2: '', picks: [], ...patch });
const draft = (join: FilterDraft['join'], ...rows: ConditionDraft[]): FilterDraft => ({ join, rows });

describe('filter builder rows', () => {
  it('become the filter language: decimal commas, capital country codes, Latin and CJK list commas, ticked values and tag ids', () => {
    const { filter, problems } = draftToFilter(
      draft(
        'and',
        row({ field: 'openness', op: 'between', text: '3,5', text2: '5' }),
        row({ field: 'country', op: 'in', text: 'de， cn、 ru;us' }),
        row({ field: 'lifecycleStage', op: 'in', picks: ['retention', 'monetization'] }),
        row({ field: 'tag', op: 'has', picks: ['3', '7'] }),
        row({ field: 'birthYear', op: 'gte', text: '1980' }),
        row({ field: 'doNotContact', op: 'eq', text: 'false' }),
        row({ field: 'email', op: 'isEmpty' }),
      ),
      catalog,
    );
    expect(problems.size).toBe(0);
    expect(filter).toEqual({
      and: [
        { field: 'openness', op: 'between', value: [3.5, 5] },
        { field: 'country', op: 'in', value: ['DE', 'CN', 'RU', 'US'] },
        { field: 'lifecycleStage', op: 'in', value: ['retention', 'monetization'] },
        { field: 'tag', op: 'has', value: [3, 7] },
        { field: 'birthYear', op: 'gte', value: 1980 },
        { field: 'doNotContact', op: 'eq', value: false },
        { field: 'email', op: 'isEmpty', value: null },
      ],
    });
    // The same filter the core compiles: it selects what it says.
    const member = { openness: 4.1, country: 'CN', lifecycleStage: 'retention', tag: [7], birthYear: 1990, doNotContact: false, email: null };
    expect(evaluateFilter(filter!, (f) => member[f as keyof typeof member] ?? null)).toBe(true);
    expect(evaluateFilter(filter!, (f) => ({ ...member, country: 'FR' })[f as keyof typeof member] ?? null)).toBe(false);
  });

  it('say what each unusable row lacks, and leave it out of the filter', () => {
    const rows = [
      row({ field: 'name', op: 'contains', text: '  ' }),
      row({ field: 'birthYear', op: 'gt', text: 'nineteen' }),
      row({ field: 'birthYear', op: 'in', text: '1980, 19x0' }),
      row({ field: 'joinedAt', op: 'lt', text: '15.01.2026' }),
      row({ field: 'tag', op: 'has' }),
      row({ field: 'gender', op: 'in' }),
      row({ field: 'openness', op: 'between', text: '3' }),
      row({ field: 'attr:gone', op: 'eq', text: 'x' }),
      row({ field: 'doNotContact', op: 'contains', text: 'true' }),
      row({ field: 'country', op: 'eq', text: 'cn' }),
    ];
    const { filter, problems } = draftToFilter(draft('or', ...rows), catalog);
    expect([...problems.values()]).toEqual(['value', 'number', 'number', 'date', 'pick', 'pick', 'range', 'field', 'operator']);
    expect([...problems.keys()]).toEqual(rows.slice(0, -1).map((r) => r.key));
    expect(filter).toEqual({ or: [{ field: 'country', op: 'eq', value: 'CN' }] });
  });

  it('take a country by its code or its name in English, Chinese or Russian, and say when no country is called that', () => {
    const rows = [
      row({ field: 'country', op: 'eq', text: 'China' }),
      row({ field: 'country', op: 'in', text: '中国, Германия, uk' }),
      row({ field: 'country', op: 'neq', text: 'Chinaa' }),
      row({ field: 'country', op: 'in', text: 'DE, Narnia' }),
    ];
    const { filter, problems } = draftToFilter(draft('and', ...rows), catalog);
    expect(filter).toEqual({ and: [{ field: 'country', op: 'eq', value: 'CN' }, { field: 'country', op: 'in', value: ['CN', 'DE', 'GB'] }] });
    expect([...problems]).toEqual([
      [rows[2]!.key, 'unknown'],
      [rows[3]!.key, 'unknown'],
    ]);
  });

  it('mean every member when there are none', () => {
    expect(draftToFilter(draft('and'), catalog)).toEqual({ filter: null, problems: new Map() });
  });

  it('come back from a stored filter for editing (saved views, campaign rules), but not when it nests deeper', () => {
    const stored = {
      or: [
        { field: 'country', op: 'in' as const, value: ['DE', 'FR'] },
        { field: 'attr:score', op: 'gte' as const, value: 2 },
        { field: 'openness', op: 'between' as const, value: [3, 4.5] },
        { field: 'gender', op: 'in' as const, value: ['female'] },
        { field: 'tag', op: 'hasNot' as const, value: [4] },
      ],
    };
    const back = draftFromFilter(stored)!;
    expect(back.join).toBe('or');
    expect(back.rows.map((r) => [r.field, r.op, r.text])).toEqual([
      ['country', 'in', 'DE, FR'],
      ['attr:score', 'gte', '2'],
      ['openness', 'between', '3'],
      ['gender', 'in', 'female'],
      ['tag', 'hasNot', '4'],
    ]);
    expect(draftToFilter(back, catalog).filter).toEqual(stored);
    expect(draftFromFilter({ field: 'country', op: 'eq', value: 'CN' })).toMatchObject({ join: 'and', rows: [{ field: 'country', op: 'eq', text: 'CN' }] });
    expect(draftFromFilter(null)).toEqual({ join: 'and', rows: [] });
    expect(draftFromFilter({ and: [{ or: [] }] })).toBeNull();
    expect(draftFromFilter({ not: { field: 'country', op: 'eq', value: 'CN' } })).toBeNull();
  });

  it('start with the comparison a person most often wants, and keep what still fits when it changes', () => {
    expect(['openness', 'tag', 'gender', 'doNotContact', 'country'].map((f) => newRow(f, catalog[f]!)).map((r) => [r.op, r.text])).toEqual([
      ['gte', ''],
      ['has', ''],
      ['in', ''],
      ['eq', 'true'],
      ['eq', ''],
    ]);
    const typed = { ...newRow('openness', catalog.openness!), text: '4' };
    expect(changeRow(typed, { op: 'lt' }, catalog).text).toBe('4');
    const gender = changeRow(typed, { field: 'gender' }, catalog);
    expect([gender.field, gender.op, gender.text, gender.key]).toEqual(['gender', 'in', '', typed.key]);
    // From ticking several to choosing one: the first choice, so the row is never without a value.
    expect(changeRow({ ...gender, picks: ['male'] }, { op: 'eq' }, catalog).text).toBe('female');
    expect(changeRow({ ...gender, picks: ['male'] }, { op: 'notIn' }, catalog).picks).toEqual(['male']);
  });

  it('keep the chosen codes of a set field that lists its values (a multiple-choice answer), not tag ids', () => {
    const answers: FieldCatalog = { 'answer:features': { type: 'set', values: ['search', 'export', 'other'] } };
    const { filter, problems } = draftToFilter(draft('and', row({ field: 'answer:features', op: 'has', picks: ['export', 'other'] })), answers);
    expect(problems.size).toBe(0);
    expect(filter).toEqual({ and: [{ field: 'answer:features', op: 'has', value: ['export', 'other'] }] });
    expect(evaluateFilter(filter!, () => ['other'])).toBe(true);
  });

  it('count conditions at any depth for the Filter button', () => {
    expect(conditionCount(null)).toBe(0);
    expect(conditionCount({ and: [{ field: 'a', op: 'eq', value: 1 }, { not: { or: [{ field: 'b', op: 'eq', value: 1 }, { field: 'c', op: 'eq', value: 1 }] } }] })).toBe(3);
  });
});
