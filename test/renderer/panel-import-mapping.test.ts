import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '@api/member-import';
import { draftFromPreview, draftFromSaved, TAG_TARGET, targetValues, toImportMapping } from '@renderer/features/panel/import/mapping-draft';

const column = (index: number, name: string, suggested: string | null) => ({ index, name, suggested, values: [], empty: 0 });
const preview = { columns: [column(0, 'id', 'externalId'), column(1, 'age', 'age'), column(2, 'sex', null), column(3, 'vip', 'tag:VIP'), column(4, 'O2', 'screener:ipip-openness:2')] } as unknown as ImportPreview;

describe('import mapping', () => {
  it('starts from the core suggestions and turns into members.import mapping with recoding', () => {
    const draft = draftFromPreview(preview);
    expect(draft.map((c) => [c.column, c.target, c.tagName])).toEqual([
      ['id', 'externalId', ''],
      ['age', 'age', ''],
      ['sex', 'ignore', ''],
      ['vip', TAG_TARGET, 'VIP'],
      ['O2', 'screener:ipip-openness:2', ''],
    ]);
    draft[2] = { ...draft[2]!, target: 'gender', recode: { '1': 'male', '2': 'female', '0': null } };
    expect(toImportMapping(draft, '2012')).toEqual({
      mapping: [
        { column: 'id', target: 'externalId' },
        { column: 'age', target: 'age' },
        { column: 'sex', target: 'gender', recode: { '1': 'male', '2': 'female', '0': null } },
        { column: 'vip', target: 'tag:VIP' },
        { column: 'O2', target: 'screener:ipip-openness:2' },
      ],
    });
  });

  it('asks for what the core would refuse: the collection date for ages, a tag name, at least one column', () => {
    const draft = draftFromPreview(preview);
    expect(toImportMapping(draft, '')).toEqual({ problem: 'collectedOn' });
    expect(toImportMapping(draft, '2012-06-30')).toHaveProperty('mapping');
    draft[3] = { ...draft[3]!, tagName: ' ' };
    expect(toImportMapping(draft, '2012')).toEqual({ problem: 'tagName', column: 'vip' });
    expect(toImportMapping(draft.map((c) => ({ ...c, target: 'ignore' })), '')).toEqual({ problem: 'nothingMapped' });
  });

  it('lays a saved mapping over the file, leaving out columns it does not name', () => {
    const saved = { id: 1, name: 'ipip', mapping: [{ column: 'sex', target: 'gender' as const, recode: { '3': 'other' } }], settings: {}, createdAt: '' };
    expect(draftFromSaved(preview, saved).map((c) => c.target)).toEqual(['ignore', 'ignore', 'gender', 'ignore', 'ignore']);
  });

  it('offers the values a target accepts for recoding', () => {
    expect(targetValues('gender')).toContain('undisclosed');
    expect(targetValues('screener:ipip-openness:7')).toEqual(['1', '2', '3', '4', '5']);
    expect(targetValues(TAG_TARGET)).toEqual(['yes', 'no']);
    expect(targetValues('city')).toBeNull();
  });
});
