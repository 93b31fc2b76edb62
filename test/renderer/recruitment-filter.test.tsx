import { describe, expect, it } from 'vitest';
import { memberFieldCatalog } from '@model/panel/member-fields';
import { changeRow, draftFromFilter, draftToFilter, newRow, type ConditionDraft, type FilterDraft } from '@renderer/features/recruitment/filter/filter-draft';
import { defaultShortlistSettings, shortlistInput } from '@renderer/features/recruitment/shortlist/shortlist-settings';

const catalog = memberFieldCatalog;
const row = (patch: Partial<ConditionDraft>): ConditionDraft => ({ key: Math.random(), field: 'country', op: 'eq', text: '', text2: '', picks: [], ...patch });
const draft = (...rows: ConditionDraft[]): FilterDraft => ({ join: 'and', rows });

describe('filter builder rows', () => {
  it('become the filter language: decimal commas, capital country codes, CJK list commas, ticked values and tag ids', () => {
    const { filter, problems } = draftToFilter(
      draft(
        row({ field: 'openness', op: 'gte', text: '3,5' }),
        row({ field: 'country', op: 'in', text: 'cn，us、de' }),
        row({ field: 'lifecycleStage', op: 'in', picks: ['retention', 'monetization'] }),
        row({ field: 'tag', op: 'has', picks: ['4'] }),
        row({ field: 'birthYear', op: 'between', text: '1980', text2: '1999' }),
        row({ field: 'doNotContact', op: 'eq', text: 'false' }),
        row({ field: 'email', op: 'isEmpty' }),
      ),
      catalog,
    );
    expect(problems.size).toBe(0);
    expect(filter).toEqual({
      and: [
        { field: 'openness', op: 'gte', value: 3.5 },
        { field: 'country', op: 'in', value: ['CN', 'US', 'DE'] },
        { field: 'lifecycleStage', op: 'in', value: ['retention', 'monetization'] },
        { field: 'tag', op: 'has', value: [4] },
        { field: 'birthYear', op: 'between', value: [1980, 1999] },
        { field: 'doNotContact', op: 'eq', value: false },
        { field: 'email', op: 'isEmpty', value: null },
      ],
    });
  });

  it('report what each unusable row lacks, and no rows mean everyone', () => {
    const rows = [row({ field: 'openness', op: 'gte', text: 'high' }), row({ field: 'country', op: 'eq', text: ' ' }), row({ field: 'gender', op: 'in' }), row({ field: 'joinedAt', op: 'lt', text: '15.01.2026' })];
    const { filter, problems } = draftToFilter(draft(...rows), catalog);
    expect([...problems.values()]).toEqual(['number', 'value', 'pick', 'date']);
    expect(filter).toBeNull();
    expect(draftToFilter(draft(), catalog)).toEqual({ filter: null, problems: new Map() });
  });

  it('read stored filters back for editing, but leave nested ones alone', () => {
    const stored = { or: [{ field: 'openness', op: 'between' as const, value: [3, 4.5] }, { field: 'gender', op: 'in' as const, value: ['female'] }] };
    const back = draftFromFilter(stored)!;
    expect(back.join).toBe('or');
    expect(draftToFilter(back, catalog).filter).toEqual(stored);
    expect(draftFromFilter({ and: [{ or: [] }] })).toBeNull();
    expect(draftFromFilter({ not: { field: 'country', op: 'eq', value: 'CN' } })).toBeNull();
  });

  it('keep what still fits when the field or comparison changes', () => {
    const start = newRow('openness', catalog.openness);
    expect(start.op).toBe('gte');
    const typed = { ...start, text: '4' };
    expect(changeRow(typed, { op: 'lt' }, catalog).text).toBe('4');
    const gender = changeRow(typed, { field: 'gender' }, catalog);
    expect([gender.field, gender.op, gender.text, gender.key]).toEqual(['gender', 'in', '', typed.key]);
    expect(changeRow(gender, { op: 'eq' }, catalog).text).toBe('female');
  });
});

describe('shortlist settings', () => {
  it('send the weights, quotas and limit, or say what to fix', () => {
    const settings = { ...defaultShortlistSettings(), limit: '20', quotas: [{ key: 1, field: 'country', max: '3' }] };
    expect(shortlistInput(settings, catalog)).toEqual({
      input: { limit: 20, windowDays: 180, weights: { openness: 60, frequency: 25, recency: 15 }, quotas: [{ field: 'country', max: 3 }], filter: null },
    });
    const bad = shortlistInput({ ...settings, limit: '0', weights: { openness: 0, frequency: 0, recency: 0 }, quotas: [{ key: 1, field: 'country', max: '2.5' }] }, catalog);
    expect('problems' in bad && bad.problems).toMatchObject({ weights: true, limit: true, windowDays: false, quotas: new Set([1]) });
  });
});
