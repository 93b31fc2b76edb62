import { describe, expect, it } from 'vitest';
import type { AnswerRow } from '../../../main/model/survey/answer-fields';
import { createPiping, pipeTokens } from '../../../main/model/survey/piping';
import { agreeScale, survey } from './survey-fixtures';

const answer = (questionId: string, values: Partial<Omit<AnswerRow, 'questionId'>>): AnswerRow => ({ questionId, rowId: null, optionCode: null, num: null, text: null, ...values });

const definition = (language: 'en' | 'zh-CN' | 'ru') =>
  survey(
    [
      {
        id: 'p1',
        questions: [
          { id: 'usage', type: 'single', text: 'How often?', options: [{ code: 'daily', label: 'Daily' }, { code: 'other', label: 'Other' }] },
          { id: 'feat', type: 'multi', text: 'Which?', options: [{ code: 'a', label: 'Search' }, { code: 'b', label: 'Export' }, { code: 'c', label: 'Charts' }] },
          { id: 'grid', type: 'matrix', text: 'Rate', rows: [{ id: 'speed', label: 'Speed' }], options: agreeScale },
          { id: 'wtp', type: 'number', text: 'Pay?' },
          { id: 'name', type: 'text', text: 'Name?' },
        ],
      },
    ],
    language,
  );

const rows = [
  answer('usage', { optionCode: 'daily' }),
  answer('feat', { optionCode: 'a' }),
  answer('feat', { optionCode: 'b' }),
  answer('feat', { optionCode: 'c' }),
  answer('grid', { rowId: 'speed', optionCode: '4' }),
  answer('wtp', { num: 1234.5 }),
  answer('name', { text: 'Ann' }),
];

describe('piping', () => {
  it('reads tokens with an optional row and fallback, and marks anything else in double braces', () => {
    expect(pipeTokens('{{answer:q1}} {{answer:grid.speed|fast}} {{q1}}')).toEqual([
      { raw: '{{answer:q1}}', ref: { questionId: 'q1', rowId: null, fallback: null } },
      { raw: '{{answer:grid.speed|fast}}', ref: { questionId: 'grid', rowId: 'speed', fallback: 'fast' } },
      { raw: '{{q1}}', ref: null },
    ]);
  });

  it('renders choices as labels, sets as the language joins a list, numbers in its format', () => {
    const en = createPiping(definition('en'), rows);
    expect(en('{{answer:usage}} use of {{answer:feat}}, speed {{answer:grid.speed}}, {{answer:wtp}} EUR, {{answer:name}}')).toBe(
      'Daily use of Search, Export, and Charts, speed Agree, 1,234.5 EUR, Ann',
    );
    expect(createPiping(definition('zh-CN'), rows)('{{answer:feat}}')).toBe('Search、Export和Charts');
    expect(createPiping(definition('ru'), rows)('{{answer:feat}}: {{answer:wtp}}')).toBe('Search, Export и Charts: 1\u00a0234,5');
  });

  it('shows the typed text of "Other", the fallback or nothing when unanswered, and leaves unknown tokens alone', () => {
    const pipe = createPiping(definition('en'), [answer('usage', { optionCode: 'other', text: 'Hourly' })]);
    expect(pipe('You said {{answer:usage}}.')).toBe('You said Hourly.');
    expect(pipe('Paid {{answer:wtp|nothing}}, named {{answer:name}}.')).toBe('Paid nothing, named .');
    expect(pipe('{{answer:gone}} {{nope}}')).toBe('{{answer:gone}} {{nope}}');
  });
});
