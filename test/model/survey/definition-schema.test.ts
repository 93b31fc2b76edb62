import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../main/model/survey/definition-issues';
import { parseDefinition, parseDefinitionJson } from '../../../main/model/survey/parse-definition';
import { agreeScale } from './survey-fixtures';

const messages = (input: unknown) => {
  const result = parseDefinition(input);
  return result.ok ? [] : result.issues.map(formatIssue);
};
const parsed = (input: unknown) => {
  const result = parseDefinition(input);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.definition;
};
const withQuestions = (questions: unknown[]) => ({ language: 'en', pages: [{ id: 'p1', questions }] });
const firstQuestion = (q: unknown) => parsed(withQuestions([q])).pages[0]!.questions[0]!;

describe('survey definition schema', () => {
  it('reads a minimal hand-written file and fills in every default', () => {
    const definition = parsed({
      language: 'en',
      pages: [{ id: 'p1', questions: [{ id: 'q1', type: 'single', text: 'How often?', options: [{ code: '1', label: 'Daily' }] }] }],
    });
    expect(definition).toEqual({
      format: 1,
      language: 'en',
      settings: { identification: 'anonymous', responseCap: null, rewardPoints: 0, endMessage: null, quotaFullMessage: null, limits: { items: null, minutes: null } },
      pages: [
        {
          id: 'p1',
          title: null,
          showIf: null,
          questions: [
            {
              id: 'q1', type: 'single', text: 'How often?', help: null, required: false, showIf: null, randomizeOptions: false,
              options: [{ code: '1', label: 'Daily', exclusive: false, nonSubstantive: false }],
            },
          ],
        },
      ],
    });
  });

  it('gives each question type its own fields and defaults', () => {
    expect(firstQuestion({ id: 'q', type: 'multi', text: 'Which?', options: [{ code: 'a', label: 'A' }] })).toMatchObject({ minChoices: null, maxChoices: null, randomizeOptions: false });
    expect(firstQuestion({ id: 'q', type: 'nps', text: 'Recommend?' })).toMatchObject({ lowLabel: null, highLabel: null, options: [] });
    expect(firstQuestion({ id: 'q', type: 'number', text: 'How many?' })).toMatchObject({ min: null, max: null, integer: false });
    expect(firstQuestion({ id: 'q', type: 'text', text: 'Name?' })).toMatchObject({ maxLength: 250 });
    expect(firstQuestion({ id: 'q', type: 'longText', text: 'Tell us' })).toMatchObject({ maxLength: 5000 });
    expect(firstQuestion({ id: 'q', type: 'info', text: 'Thanks' })).toEqual({ id: 'q', type: 'info', text: 'Thanks', help: null, showIf: null });
    expect(firstQuestion({ id: 'q', type: 'matrix', text: 'Rate', rows: [{ id: 'r1', label: 'Speed' }], options: agreeScale })).toMatchObject({ randomizeRows: false });
  });

  it('numbers the points of a Likert or matrix scale when their codes are left out, keeping given codes', () => {
    const q = firstQuestion({ id: 'q', type: 'likert', text: 'Agree?', options: [...agreeScale, { label: "Don't know", code: 'dk', nonSubstantive: true }] });
    expect(q.type === 'likert' && q.options.map((o) => o.code)).toEqual(['1', '2', '3', '4', '5', 'dk']);
  });

  it('refuses fields that do not belong to a question type', () => {
    expect(messages(withQuestions([{ id: 'q', type: 'info', text: 'Hello', required: true }]))).toEqual(['pages[0].questions[0].required: is not a field of this format']);
    expect(messages(withQuestions([{ id: 'q', type: 'nps', text: 'Recommend?', min: 0 }]))).toEqual(['pages[0].questions[0].min: is not a field of this format']);
    expect(messages(withQuestions([{ id: 'q', type: 'matrix', text: 'Rate', rows: [], options: agreeScale }]))).toEqual(['pages[0].questions[0].rows: needs at least 1 item']);
    expect(messages(withQuestions([{ id: 'q', type: 'single', text: 'Pick' }]))).toEqual(['pages[0].questions[0].options: is missing (expected a list)']);
  });

  const four = [
    { id: 'q1', type: 'text', text: 'Name?' },
    { id: 'q2', type: 'text', text: 'City?' },
    { id: 'q3', type: 'text', text: 'Job?' },
  ];
  const malformed: [string, unknown, string][] = [
    ['an option code that is a number', withQuestions([...four, { id: 'q4', type: 'single', text: 'Pick', options: [{ code: 'a', label: 'A' }, { code: 2, label: 'B' }] }]), 'pages[0].questions[3].options[1].code: expected a string'],
    ['a question without text', withQuestions([{ id: 'q1', type: 'text' }]), 'pages[0].questions[0].text: is missing (expected a string)'],
    ['an unknown question type', withQuestions([{ id: 'q1', type: 'dropdown', text: 'Pick' }]), 'pages[0].questions[0].type: expected one of "single", "multi", "likert", "matrix", "nps", "number", "text", "longText", "info"'],
    ['a misspelt field', withQuestions([{ id: 'q1', type: 'text', text: 'Name?', requried: true }]), 'pages[0].questions[0].requried: is not a field of this format'],
    ['an id with a space', withQuestions([{ id: 'q 1', type: 'text', text: 'Name?' }]), 'pages[0].questions[0].id: expected an id: letters, digits, "_" or "-", starting with a letter or digit, at most 64 characters'],
    ['no pages', { language: 'en', pages: [] }, 'pages: needs at least 1 item'],
    ['an unsupported language', { language: 'de', pages: [{ id: 'p1', questions: [] }] }, 'language: expected one of "en", "zh-CN", "ru"'],
    ['a fractional choice limit', withQuestions([{ id: 'q1', type: 'multi', text: 'Which?', options: [{ code: 'a', label: 'A' }], maxChoices: 1.5 }]), 'pages[0].questions[0].maxChoices: expected a whole number'],
    ['display logic with an unknown operator', withQuestions([...four.slice(0, 1), { id: 'q2', type: 'text', text: 'Why?', showIf: { field: 'answer:q1', op: 'equals', value: 'x' } }]), 'pages[0].questions[1].showIf.op: expected one of "eq", "neq", "lt", "lte", "gt", "gte", "between", "in", "notIn", "contains", "startsWith", "isEmpty", "notEmpty", "has", "hasNot"'],
    ['a negative time limit', { language: 'en', settings: { limits: { minutes: -5 } }, pages: [{ id: 'p1', questions: [] }] }, 'settings.limits.minutes: must be greater than 0'],
    ['an empty option label', withQuestions([{ id: 'q1', type: 'single', text: 'Pick', options: [{ code: 'a', label: '' }] }]), 'pages[0].questions[0].options[0].label: must not be empty'],
    ['an unknown identification mode', { language: 'en', settings: { identification: 'email' }, pages: [{ id: 'p1', questions: [] }] }, 'settings.identification: expected one of "anonymous", "member", "optional"'],
  ];
  it.each(malformed)('names the field path of %s', (_, input, expected) => {
    expect(messages(input)).toEqual([expected]);
  });

  it('lists every bad field, not only the first', () => {
    expect(messages(withQuestions([{ id: 'q1', type: 'text' }, { id: 'q2', type: 'text', text: 7 }]))).toEqual([
      'pages[0].questions[0].text: is missing (expected a string)',
      'pages[0].questions[1].text: expected a string',
    ]);
  });

  it('reads a file without format as format 1 and says plainly when a file is from a newer version', () => {
    expect(parsed({ language: 'ru', pages: [{ id: 'p1', questions: [] }] }).format).toBe(1);
    expect(messages({ format: 2, language: 'en', pages: [] })).toEqual([
      'format: the file is format 2, written by a newer version of the workbench; this version reads format 1',
    ]);
  });

  it('reports a file that is not JSON at all', () => {
    const result = parseDefinitionJson('{ "language": "en", ');
    expect(result.ok).toBe(false);
    expect(!result.ok && formatIssue(result.issues[0]!)).toMatch(/^\(definition\): is not valid JSON: /);
    expect(parseDefinitionJson('{"language":"zh-CN","pages":[{"id":"p1","questions":[]}]}').ok).toBe(true);
  });
});
