import { describe, expect, it } from 'vitest';
import { optionsOf, questionEntries } from '../../../main/model/survey/definition';
import { duplicateInLanguage } from '../../../main/model/survey/duplicate-language';
import { validateDefinition } from '../../../main/model/survey/validate-definition';
import { agreeScale, survey } from './survey-fixtures';

const english = survey([
  {
    id: 'p1',
    title: 'Usage',
    questions: [
      { id: 'usage', type: 'single', text: 'How often?', help: 'Think of the last month', options: [{ code: 'daily', label: 'Daily' }, { code: 'other', label: 'Other' }] },
      { id: 'grid', type: 'matrix', text: 'Rate', rows: [{ id: 'speed', label: 'Speed' }], options: agreeScale },
      { id: 'nps', type: 'nps', text: 'Recommend?', lowLabel: 'Not at all', highLabel: 'Very likely', showIf: { field: 'answer:usage', op: 'eq', value: 'daily' } },
    ],
  },
]);
const shape = (d: typeof english) => questionEntries(d).map(({ question: q }) => [q.id, q.type, optionsOf(q).map((o) => o.code), q.type === 'matrix' ? q.rows.map((r) => r.id) : [], q.showIf]);

describe('duplicating a survey into another language', () => {
  it('keeps question ids, option codes, rows and logic, and changes only the language and texts', () => {
    const dictionary: Record<string, string> = { 'How often?': 'Как часто?', Daily: 'Ежедневно', Speed: 'Скорость', 'Not at all': 'Совсем нет' };
    const seen: string[] = [];
    const russian = duplicateInLanguage(english, 'ru', (text, path) => {
      seen.push(path.join('.'));
      return dictionary[text] ?? text;
    });
    expect(russian.language).toBe('ru');
    expect(shape(russian)).toEqual(shape(english));
    const [usage, grid, nps] = russian.pages[0]!.questions;
    expect([usage!.text, optionsOf(usage!)[0]!.label, grid!.type === 'matrix' && grid!.rows[0]!.label, nps!.type === 'nps' && nps!.lowLabel]).toEqual(['Как часто?', 'Ежедневно', 'Скорость', 'Совсем нет']);
    expect(seen).toContain('pages.0.questions.0.help');
    expect(seen).toContain('pages.0.title');
    expect(validateDefinition(russian)).toEqual([]);
    expect(english.language).toBe('en');
    expect(english.pages[0]!.questions[0]!.text).toBe('How often?');
  });

  it('copies the texts as they are when no translation is given', () => {
    const chinese = duplicateInLanguage(english, 'zh-CN');
    expect(chinese).toEqual({ ...english, language: 'zh-CN' });
  });
});
