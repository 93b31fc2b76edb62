import { describe, expect, it } from 'vitest';
import type { Filter } from '../../../main/model/filter/filter';
import type { SurveyDefinition } from '../../../main/model/survey/definition';
import { formatIssue } from '../../../main/model/survey/definition-issues';
import { validateDefinition } from '../../../main/model/survey/validate-definition';
import { agreeScale, onePage, single, survey } from './survey-fixtures';

const issues = (d: SurveyDefinition) => validateDefinition(d).map(formatIssue);
const kinds = (d: SurveyDefinition) => validateDefinition(d).map((i) => i.kind);
const eq = (questionId: string, value: string | number): Filter => ({ field: `answer:${questionId}`, op: 'eq', value });

describe('definition rules beyond the schema', () => {
  it('finds nothing wrong with a sound survey', () => {
    const d = survey([
      { id: 'p1', questions: [single('usage', 'How often?', ['daily', 'weekly', 'other']), { id: 'sat', type: 'likert', text: 'Satisfied?', options: agreeScale }] },
      {
        id: 'p2',
        title: 'About {{answer:usage}} use',
        showIf: eq('usage', 'daily'),
        questions: [
          { id: 'why', type: 'text', text: 'Why {{answer:usage|so often}}?', showIf: { field: 'answer:sat', op: 'in', value: ['4', '5'] } },
          { id: 'grid', type: 'matrix', text: 'Rate', rows: [{ id: 'speed', label: 'Speed' }], options: agreeScale },
          { id: 'more', type: 'text', text: 'And speed?', showIf: { field: 'answer:grid.speed', op: 'notEmpty' } },
        ],
      },
    ]);
    expect(issues(d)).toEqual([]);
  });

  it('finds repeated ids and option codes, naming where the first one is', () => {
    const d = survey([
      { id: 'p1', questions: [single('q1', 'A?', ['a', 'b', 'a'])] },
      { id: 'p1', questions: [single('q1'), { id: 'm', type: 'matrix', text: 'Rate', rows: [{ id: 'r', label: 'R' }, { id: 'r', label: 'S' }], options: agreeScale }] },
    ]);
    expect(issues(d)).toEqual([
      'pages[1].id: page id "p1" is used again (first at pages[0].id)',
      'pages[1].questions[0].id: question id "q1" is used again (first at pages[0].questions[0].id)',
      'pages[0].questions[0].options[2].code: option code "a" is used again (first at pages[0].questions[0].options[0].code)',
      'pages[1].questions[1].rows[1].id: row id "r" is used again (first at pages[1].questions[1].rows[0].id)',
    ]);
  });

  it('keeps the code "other" for "Other, please specify" in single and multiple choice', () => {
    expect(issues(onePage([single('q1', 'Pick', ['a', 'Other'])]))).toEqual([
      'pages[0].questions[0].options[1].code: "Other" is too close to the reserved code "other"; write it "other" for "Other, please specify", or choose another code',
    ]);
    expect(kinds(onePage([{ id: 'q1', type: 'likert', text: 'Agree?', options: [...agreeScale, { code: 'other', label: 'Other', nonSubstantive: true }] }]))).toEqual(['reservedCode']);
    expect(kinds(onePage([single('q1', 'Pick', ['a', 'other'])]))).toEqual([]);
  });

  it('holds each type to its own rules', () => {
    const likert = (points: number) => ({ id: 'q', type: 'likert' as const, text: 'Agree?', options: Array.from({ length: points }, (_, i) => ({ label: `p${i}` })) });
    expect(issues(onePage([likert(4)]))).toEqual(['pages[0].questions[0].options: a Likert scale has 5 or 7 points; this one has 4 (not counting non-substantive options)']);
    expect(kinds(onePage([likert(7)]))).toEqual([]);
    expect(kinds(onePage([{ ...likert(5), options: [...likert(5).options, { label: "Don't know", nonSubstantive: true }] }]))).toEqual([]);
    expect(kinds(onePage([{ id: 'q', type: 'single', text: 'Pick', options: [{ code: 'a', label: 'A' }, { code: 'n', label: 'None', exclusive: true }] }]))).toEqual(['exclusiveOutsideMulti']);
    expect(kinds(onePage([{ id: 'q', type: 'nps', text: 'Recommend?', options: [{ code: 'dk', label: "Don't know" }] }]))).toEqual(['npsOption']);
    expect(issues(onePage([{ id: 'q', type: 'number', text: 'Age?', min: 99, max: 18 }]))).toEqual(['pages[0].questions[0].min: min (99) is greater than max (18)']);
    const multi = { id: 'q', type: 'multi' as const, text: 'Which?', options: [{ code: 'a', label: 'A' }, { code: 'b', label: 'B' }, { code: 'n', label: 'None', exclusive: true }] };
    expect(kinds(onePage([{ ...multi, minChoices: 2, maxChoices: 1 }]))).toEqual(['rangeOrder']);
    expect(issues(onePage([{ ...multi, maxChoices: 3 }]))).toEqual(['pages[0].questions[0].maxChoices: maxChoices (3) is more than the 2 options that can be chosen together']);
    expect(issues(survey([{ id: 'p1', questions: [single('q1')] }, { id: 'p2', questions: [] }]))).toEqual(['pages[1].questions: page "p2" has no questions']);
  });
});

describe('display logic references', () => {
  it('refuses logic that points forward, and says which question and how to fix it', () => {
    const d = onePage([{ ...single('q1'), showIf: eq('q2', 'yes') }, single('q2')]);
    expect(issues(d)).toEqual([
      'pages[0].questions[0].showIf: question "q1": its display logic refers to "q2", which comes later (page 1, question 2), so its answer is not known yet: move "q2" before "q1" or change the reference',
    ]);
  });

  it('flags a reorder that moves a referenced question below the question that depends on it', () => {
    const before = onePage([single('q1'), { ...single('q2'), showIf: eq('q1', 'yes') }, single('q3')]);
    expect(issues(before)).toEqual([]);
    const [q1, q2, q3] = before.pages[0]!.questions;
    const reordered: SurveyDefinition = { ...before, pages: [{ ...before.pages[0]!, questions: [q2!, q3!, q1!] }] };
    expect(validateDefinition(reordered)).toMatchObject([
      { path: ['pages', 0, 'questions', 0, 'showIf'], kind: 'forwardReference', params: { subject: 'question "q2"', target: 'q1' } },
    ]);
  });

  it('calls a forward reference whose target depends back on the question the cycle it is', () => {
    // After the reorder above, q1 was given logic on q2 as well: q2 → q1 → q2.
    const d = onePage([{ ...single('q2'), showIf: eq('q1', 'yes') }, single('q3'), { ...single('q1'), showIf: { field: 'answer:q2', op: 'notEmpty' } }]);
    expect(issues(d)).toEqual([
      'pages[0].questions[0].showIf: question "q2": its display logic refers to "q1", which comes later (page 1, question 3) and itself depends on it: q2 → q1 → q2 is a cycle',
    ]);
  });

  it('names a deleted question, a question referring to itself, and an information block', () => {
    const d = onePage([
      { id: 'intro', type: 'info', text: 'Welcome' },
      { ...single('q1'), showIf: { and: [eq('gone', 'yes'), { not: eq('q1', 'yes') }] } },
      { ...single('q2'), showIf: { field: 'answer:intro', op: 'notEmpty' } },
    ]);
    expect(issues(d)).toEqual([
      'pages[0].questions[1].showIf.and[0]: question "q1": its display logic refers to "gone", which does not exist (deleted or renamed?)',
      'pages[0].questions[1].showIf.and[1].not: question "q1": its display logic refers to "q1", itself: a question can only use answers given before it',
      'pages[0].questions[2].showIf: question "q2": its display logic refers to "intro", an information block, which has no answer',
    ]);
  });

  it('lets a page use only earlier pages, and asks for a row of a matrix', () => {
    const grid = { id: 'grid', type: 'matrix' as const, text: 'Rate', rows: [{ id: 'speed', label: 'Speed' }], options: agreeScale };
    const d = survey([
      { id: 'p1', questions: [grid, { ...single('q1'), showIf: { field: 'answer:grid', op: 'notEmpty' } }, { ...single('q2'), showIf: { field: 'answer:grid.price', op: 'notEmpty' } }] },
      { id: 'p2', showIf: eq('q3', 'yes'), questions: [single('q3'), { ...single('q4'), showIf: { field: 'country', op: 'eq', value: 'DE' } }] },
    ]);
    expect(kinds(d)).toEqual(['unknownField', 'matrixNeedsRow', 'unknownRow', 'forwardReference']);
    expect(issues(d)[3]).toBe('pages[1].showIf: page "p2": its display logic refers to "q3", which comes later (page 2, question 1), so its answer is not known yet: move "q3" to an earlier page or change the reference');
  });

  it('checks operators and values against the referenced question type', () => {
    const d = onePage([
      { id: 'nps', type: 'nps', text: 'Recommend?' },
      { id: 'feat', type: 'multi', text: 'Which?', options: [{ code: 'search', label: 'Search' }, { code: 'export', label: 'Export' }] },
      single('usage', 'How often?', ['daily', 'weekly']),
      { ...single('a'), showIf: { field: 'answer:nps', op: 'contains', value: '9' } },
      { ...single('b'), showIf: eq('feat', 'search') },
      { ...single('c'), showIf: { field: 'answer:usage', op: 'gt', value: 'daily' } },
      { ...single('d'), showIf: { field: 'answer:feat', op: 'has', value: ['search', 'print'] } },
      { ...single('e'), showIf: eq('nps', 'nine') },
      { ...single('f'), showIf: { field: 'answer:nps', op: 'gte', value: 9 } },
    ]);
    expect(issues(d)).toEqual([
      'pages[0].questions[3].showIf: "contains" does not fit nps question "nps": its answers take eq, neq, lt, lte, gt, gte, between, in, notIn, isEmpty, notEmpty',
      'pages[0].questions[4].showIf: "eq" does not fit multi question "feat": its answers take has, hasNot',
      'pages[0].questions[5].showIf: "gt" does not fit single question "usage": its answers take eq, neq, in, notIn, isEmpty, notEmpty',
      'pages[0].questions[6].showIf: "feat" has no option "print" (its codes: search, export)',
      'pages[0].questions[7].showIf: "answer:nps" eq expects a number',
    ]);
  });
});

describe('piping references', () => {
  it('lets text pipe only earlier answers, and names bad tokens', () => {
    const d = survey([
      {
        id: 'p1',
        title: 'About {{answer:q1}}',
        questions: [
          single('q1', 'You said {{answer:q2}}?'),
          { ...single('q2', 'Pick'), options: [{ code: 'a', label: 'Same as {{answer:q2}}' }] },
          single('q3', 'About {{answer:nothing}} and {{answer q1}}'),
        ],
      },
    ]);
    expect(issues(d)).toEqual([
      'pages[0].questions[2].text: {{answer q1}} is not a piping token: write {{answer:<questionId>}} or {{answer:<questionId>.<rowId>}}',
      'pages[0].title: page "p1": its piped text refers to "q1", which comes later (page 1, question 1), so its answer is not known yet: move "q1" to an earlier page or change the reference',
      'pages[0].questions[0].text: question "q1": its piped text refers to "q2", which comes later (page 1, question 2), so its answer is not known yet: move "q2" before "q1" or change the reference',
      'pages[0].questions[1].options[0].label: question "q2": its piped text refers to "q2", itself: a question can only use answers given before it',
      'pages[0].questions[2].text: question "q3": its piped text refers to "nothing", which does not exist (deleted or renamed?)',
    ]);
  });

  it('lets the end message pipe any answer', () => {
    const d = survey([{ id: 'p1', questions: [single('q1')] }]);
    expect(issues({ ...d, settings: { ...d.settings, endMessage: 'Thanks for saying {{answer:q1}}' } })).toEqual([]);
    expect(kinds({ ...d, settings: { ...d.settings, endMessage: 'Thanks {{answer:q9}}' } })).toEqual(['unknownQuestion']);
  });
});
