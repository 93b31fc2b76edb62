import { describe, expect, it } from 'vitest';
import type { AnswerTarget, ResponseImportPreview } from '@api/response-import';
import { draftFromPreview, IGNORE, parseTarget, targetChoices, targetValue, toMappingInput, type ColumnDraft } from '@renderer/features/responses-import/mapping-draft';

const target = (questionId: string, rowId: string | null, optionCode: string | null, options: AnswerTarget['options'] = []): AnswerTarget => ({
  questionId,
  rowId,
  optionCode,
  type: rowId ? 'matrix' : optionCode ? 'multi' : 'single',
  questionText: `${questionId}?`,
  partLabel: rowId ?? optionCode,
  options,
});

const preview = (identification: ResponseImportPreview['version']['identification'], suggested: ResponseImportPreview['columns'][number]['suggested'][]) =>
  ({
    version: { id: 'v1', surveyId: 's1', title: 'Pulse', version: 1, language: 'en', identification },
    columns: suggested.map((s, index) => ({ index, name: `c${index}`, values: [], empty: 0, suggested: s })),
  }) as unknown as ResponseImportPreview;

describe('the responses mapping draft', () => {
  it('names every target by one select value and reads it back', () => {
    const targets = [
      { kind: 'answer', questionId: 'q1', rowId: null, optionCode: null },
      { kind: 'answer', questionId: 'm', rowId: 'speed', optionCode: null },
      { kind: 'answer', questionId: 'topics', rowId: null, optionCode: 'other' },
      { kind: 'member', by: 'email' },
      { kind: 'startedAt' },
      { kind: 'completedAt' },
    ] as const;
    for (const t of targets) expect(parseTarget(targetValue(t))).toEqual(t);
    expect(targetValue(null)).toBe(IGNORE);
    expect(parseTarget(IGNORE)).toBeNull();
  });

  it('starts from the suggestions, leaving out a column that says who answered an anonymous survey', () => {
    const suggested = [{ kind: 'member', by: 'code' }, { kind: 'answer', questionId: 'q1', rowId: null, optionCode: null }, null] as const;
    expect(draftFromPreview(preview('anonymous', [...suggested])).map((c) => c.target)).toEqual([IGNORE, targetValue(suggested[1]), IGNORE]);
    expect(draftFromPreview(preview('optional', [...suggested])).map((c) => c.target)).toEqual(['member:code', targetValue(suggested[1]), IGNORE]);
  });

  it('gives the API mapping, the member and time columns, or what is missing', () => {
    const draft: ColumnDraft[] = [
      { column: 'who', target: 'member:externalId', recode: {} },
      { column: 'end', target: 'completedAt', recode: {} },
      { column: 'speed', target: targetValue({ kind: 'answer', questionId: 'm', rowId: 'speed', optionCode: null }), recode: { '0': null } },
      { column: 'news', target: targetValue({ kind: 'answer', questionId: 'topics', rowId: null, optionCode: 'news' }), recode: {} },
      { column: 'id', target: IGNORE, recode: {} },
    ];
    expect(toMappingInput(draft, 'member')).toEqual({
      mapping: [
        { column: 'speed', questionId: 'm', rowId: 'speed', recode: { '0': null } },
        { column: 'news', questionId: 'topics', optionCode: 'news' },
      ],
      member: { column: 'who', by: 'externalId' },
      completedAt: { column: 'end' },
    });
    expect(toMappingInput(draft.slice(1), 'member')).toEqual({ problem: 'memberRequired' });
    expect(toMappingInput(draft.slice(0, 2), 'optional')).toEqual({ problem: 'nothingMapped' });
  });

  it('offers a choice’s options for recoding, 1/0 for an option’s column, and free text for numbers and "Other"', () => {
    const targets = [target('q1', null, null, [{ code: 'web', label: 'Website' }, { code: '2', label: '2' }]), target('topics', null, 'news'), target('topics', null, 'other'), target('spend', null, null)];
    expect(targetChoices(parseTarget(targetValue({ kind: 'answer', questionId: 'q1', rowId: null, optionCode: null })), targets)).toEqual([
      { value: 'web', label: 'web · Website' },
      { value: '2', label: '2' },
    ]);
    expect(targetChoices({ kind: 'answer', questionId: 'topics', rowId: null, optionCode: 'news' }, targets)).toBe('flag');
    expect(targetChoices({ kind: 'answer', questionId: 'topics', rowId: null, optionCode: 'other' }, targets)).toBeNull();
    expect(targetChoices({ kind: 'answer', questionId: 'spend', rowId: null, optionCode: null }, targets)).toBeNull();
    expect(targetChoices({ kind: 'startedAt' }, targets)).toBeNull();
  });
});
