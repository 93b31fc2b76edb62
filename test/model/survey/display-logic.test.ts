import { describe, expect, it } from 'vitest';
import { evaluateFilter } from '../../../main/model/filter/evaluate';
import { validateFilter } from '../../../main/model/filter/filter';
import { answerFieldCatalog, answeredFilter, answerValues, scaleScore, type AnswerRow } from '../../../main/model/survey/answer-fields';
import { displayState } from '../../../main/model/survey/display-logic';
import { agreeScale, single, survey } from './survey-fixtures';

const answer = (questionId: string, values: Partial<Omit<AnswerRow, 'questionId'>>): AnswerRow => ({ questionId, rowId: null, optionCode: null, num: null, text: null, ...values });

const definition = survey([
  {
    id: 'p1',
    questions: [
      single('usage', 'How often?', ['daily', 'weekly', 'other']),
      { id: 'feat', type: 'multi', text: 'Which?', options: [{ code: 'search', label: 'Search' }, { code: 'export', label: 'Export' }, { code: 'none', label: 'None', exclusive: true }] },
      { id: 'grid', type: 'matrix', text: 'Rate', rows: [{ id: 'speed', label: 'Speed' }, { id: 'price', label: 'Price' }], options: [...agreeScale, { code: 'dk', label: "Don't know", nonSubstantive: true }] },
      { id: 'nps', type: 'nps', text: 'Recommend?' },
      { id: 'note', type: 'info', text: 'Thanks so far' },
      { id: 'name', type: 'text', text: 'Name?' },
    ],
  },
  {
    id: 'p2',
    showIf: { field: 'answer:usage', op: 'eq', value: 'daily' },
    questions: [
      { id: 'exportWhy', type: 'longText', text: 'Why export?', showIf: { field: 'answer:feat', op: 'has', value: 'export' } },
      { id: 'speedWhy', type: 'text', text: 'What is slow?', showIf: { field: 'answer:grid.speed', op: 'in', value: ['1', '2'] } },
      { id: 'detractor', type: 'text', text: 'What went wrong?', showIf: { and: [{ field: 'answer:nps', op: 'lte', value: 6 }, { field: 'answer:exportWhy', op: 'notEmpty' }] } },
    ],
  },
]);

describe('answer fields for display logic', () => {
  it('types each answer as the filter language sees it', () => {
    expect(answerFieldCatalog(definition)).toEqual({
      'answer:usage': { type: 'enum', values: ['daily', 'weekly', 'other'] },
      'answer:feat': { type: 'set', values: ['search', 'export', 'none'] },
      'answer:grid.speed': { type: 'enum', values: ['1', '2', '3', '4', '5', 'dk'] },
      'answer:grid.price': { type: 'enum', values: ['1', '2', '3', '4', '5', 'dk'] },
      'answer:nps': { type: 'number' },
      'answer:name': { type: 'text' },
      'answer:exportWhy': { type: 'text' },
      'answer:speedWhy': { type: 'text' },
      'answer:detractor': { type: 'text' },
    });
  });

  it('reads answer rows as field values: multi as a set, matrix by row, numbers and text as given', () => {
    const values = answerValues(definition, [
      answer('usage', { optionCode: 'other', text: 'Hourly' }),
      answer('feat', { optionCode: 'search' }),
      answer('feat', { optionCode: 'export' }),
      answer('grid', { rowId: 'speed', optionCode: '2' }),
      answer('nps', { num: 4 }),
      answer('name', { text: 'Ann' }),
    ]);
    expect(Object.fromEntries(values)).toEqual({
      'answer:usage': 'other',
      'answer:feat': ['search', 'export'],
      'answer:grid.speed': '2',
      'answer:nps': 4,
      'answer:name': 'Ann',
    });
  });

  it('writes "answered" as conditions the filter language accepts and evaluates', () => {
    const catalog = answerFieldCatalog(definition);
    const [, feat, grid, nps, note] = definition.pages[0]!.questions;
    const values = answerValues(definition, [answer('feat', { optionCode: 'none' }), answer('grid', { rowId: 'speed', optionCode: 'dk' })]);
    const answered = (q: typeof feat, row: string | null = null) => {
      const filter = answeredFilter(q!, row)!;
      expect(validateFilter(filter, catalog)).toEqual([]);
      return evaluateFilter(filter, (field) => values.get(field) ?? null);
    };
    expect([answered(feat), answered(grid), answered(grid, 'speed'), answered(grid, 'price'), answered(nps)]).toEqual([true, true, true, false, false]);
    expect(answeredFilter(note!)).toBeNull();
  });

  it('scores a scale point by its position among the substantive points', () => {
    const grid = definition.pages[0]!.questions[2]!;
    expect(grid.type === 'matrix' && [scaleScore(grid, '4'), scaleScore(grid, 'dk'), scaleScore(grid, 'x')]).toEqual([4, null, null]);
  });
});

describe('display logic evaluated in memory', () => {
  it('shows pages and questions by the answers, including matrix rows and multiple-choice sets', () => {
    const state = displayState(definition, [
      answer('usage', { optionCode: 'daily' }),
      answer('feat', { optionCode: 'export' }),
      answer('grid', { rowId: 'speed', optionCode: '1' }),
      answer('grid', { rowId: 'price', optionCode: '5' }),
      answer('nps', { num: 5 }),
      answer('exportWhy', { text: 'Reports for my boss' }),
    ]);
    expect(state.pages).toEqual({ p1: true, p2: true });
    expect(state.questions).toMatchObject({ usage: true, exportWhy: true, speedWhy: true, detractor: true });
  });

  it('hides a page and everything on it, and reads answers of hidden questions as never given', () => {
    const rows = [answer('usage', { optionCode: 'weekly' }), answer('feat', { optionCode: 'search' }), answer('nps', { num: 3 }), answer('exportWhy', { text: 'left over from before' })];
    const state = displayState(definition, rows);
    expect(state.pages.p2).toBe(false);
    expect(state.questions).toMatchObject({ usage: true, feat: true, exportWhy: false, speedWhy: false, detractor: false });

    // On page 2 but without the export feature: exportWhy is hidden, so its stale text does not count.
    const shown = displayState(definition, [{ ...rows[0]!, optionCode: 'daily' }, ...rows.slice(1)]);
    expect(shown.questions).toMatchObject({ exportWhy: false, speedWhy: false, detractor: false });
  });
});
