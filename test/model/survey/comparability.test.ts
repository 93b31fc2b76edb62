import { describe, expect, it } from 'vitest';
import { comparabilityBreaks } from '../../../main/model/survey/comparability';
import { agreeScale, onePage, single } from './survey-fixtures';

const earlier = onePage([
  { id: 'intro', type: 'info', text: 'Welcome' },
  single('usage', 'How often?', ['daily', 'weekly', 'rarely']),
  { id: 'sat', type: 'likert', text: 'Satisfied?', options: agreeScale },
  { id: 'grid', type: 'matrix', text: 'Rate', rows: [{ id: 'speed', label: 'Speed' }, { id: 'price', label: 'Price' }], options: agreeScale },
  { id: 'wtp', type: 'number', text: 'Pay?' },
  { id: 'name', type: 'text', text: 'Name?' },
]);

describe('comparability between versions', () => {
  it('flags changed and removed option codes, a changed type, removed rows and questions, a rescaled Likert', () => {
    const later = onePage([
      { id: 'usage', type: 'single', text: 'How often do you use it?', options: [{ code: 'd', label: 'daily' }, { code: 'weekly', label: 'weekly' }, { code: 'monthly', label: 'monthly' }] },
      { id: 'sat', type: 'likert', text: 'Satisfied?', options: [...agreeScale, { label: 'Very' }, { label: 'Extremely' }] },
      { id: 'grid', type: 'matrix', text: 'Rate', rows: [{ id: 'speed', label: 'Speed' }, { id: 'support', label: 'Support' }], options: agreeScale },
      { id: 'wtp', type: 'text', text: 'Pay?' },
    ]);
    expect(comparabilityBreaks(earlier, later)).toEqual([
      { questionId: 'usage', kind: 'optionCodeChanged', detail: 'option "daily" changed code from "daily" to "d"', params: { label: 'daily', from: 'daily', to: 'd' } },
      { questionId: 'usage', kind: 'optionRemoved', detail: 'option "rarely" (rarely) was removed', params: { code: 'rarely', label: 'rarely' } },
      { questionId: 'sat', kind: 'scalePointsChanged', detail: 'the scale changed from 5 to 7 points', params: { from: 5, to: 7 } },
      { questionId: 'grid', kind: 'rowRemoved', detail: 'row "price" (Price) was removed', params: { row: 'price', label: 'Price' } },
      { questionId: 'wtp', kind: 'typeChanged', detail: 'type changed from number to text', params: { from: 'number', to: 'text' } },
      { questionId: 'name', kind: 'questionRemoved', detail: 'question "name" was removed', params: {} },
    ]);
  });

  it('flags a matrix whose shared scale lost a point', () => {
    const [, usage, sat, grid, wtp, name] = earlier.pages[0]!.questions;
    const fourPoints = { ...grid!, options: grid!.type === 'matrix' ? grid!.options.slice(0, 4) : [] };
    expect(comparabilityBreaks(earlier, { ...earlier, pages: [{ ...earlier.pages[0]!, questions: [usage!, sat!, fourPoints, wtp!, name!] }] })).toEqual([
      { questionId: 'grid', kind: 'optionRemoved', detail: 'option "5" (Strongly agree) was removed', params: { code: '5', label: 'Strongly agree' } },
      { questionId: 'grid', kind: 'scalePointsChanged', detail: 'the scale changed from 5 to 4 points', params: { from: 5, to: 4 } },
    ]);
  });

  it('does not flag added questions, options and rows, new wording, or a removed information block', () => {
    const later = onePage([
      single('first', 'New first question'),
      single('usage', 'How often, honestly?', ['daily', 'weekly', 'rarely', 'never']),
      { id: 'sat', type: 'likert', text: 'How satisfied are you?', options: agreeScale },
      { id: 'grid', type: 'matrix', text: 'Rate', rows: [{ id: 'speed', label: 'Speed' }, { id: 'price', label: 'Price' }, { id: 'support', label: 'Support' }], options: agreeScale },
      { id: 'wtp', type: 'number', text: 'Pay?', min: 0 },
      { id: 'name', type: 'text', text: 'Your name?' },
    ]);
    expect(comparabilityBreaks(earlier, later)).toEqual([]);
  });
});
