import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import type { QuestionInput } from '../surveys/survey-fixture';
import { collectionSession, matrix } from './collection-fixture';

const questions: QuestionInput[] = [
  { id: 's1', type: 'single', text: 'Which one?', options: [{ code: 'a', label: 'A' }, { code: 'b', label: 'B' }, { code: 'other', label: 'Other' }] },
  { id: 'l1', type: 'likert', text: 'Agree?', options: [{ label: '1' }, { label: '2' }, { label: '3' }, { label: '4' }, { label: '5' }, { code: 'dk', label: 'Don’t know', nonSubstantive: true }] },
  {
    id: 'm1',
    type: 'multi',
    text: 'Which ones?',
    maxChoices: 3,
    options: [{ code: 'a', label: 'A' }, { code: 'b', label: 'B' }, { code: 'c', label: 'C' }, { code: 'd', label: 'D' }, { code: 'none', label: 'None', exclusive: true }, { code: 'other', label: 'Other' }],
  },
  matrix('x1'),
  { id: 'n1', type: 'nps', text: 'Recommend?', options: [{ code: 'dk', label: 'Don’t know', nonSubstantive: true }] },
  { id: 'u1', type: 'number', text: 'Age?', min: 0, max: 120, integer: true },
  { id: 't1', type: 'text', text: 'Name a colour', maxLength: 20 },
  { id: 'lt1', type: 'longText', text: 'Tell us more' },
  { id: 'i1', type: 'info', text: 'Thanks so far.' },
];

/** Each accepted value, the answer rows it is stored as, and (when it differs) the value read back. */
const accepted: { questionId: string; value: unknown; rows: [string | null, string | null, number | null, string | null][]; readBack?: unknown }[] = [
  { questionId: 's1', value: 'b', rows: [[null, 'b', null, null]] },
  { questionId: 's1', value: { code: 'other', text: 'Lilac' }, rows: [[null, 'other', null, 'Lilac']] },
  { questionId: 'l1', value: '4', rows: [[null, '4', null, null]] },
  { questionId: 'l1', value: 'dk', rows: [[null, 'dk', null, null]] },
  { questionId: 'm1', value: ['a', 'c', { code: 'other', text: 'Tea' }], rows: [[null, 'a', null, null], [null, 'c', null, null], [null, 'other', null, 'Tea']] },
  { questionId: 'm1', value: ['c', 'a'], rows: [[null, 'a', null, null], [null, 'c', null, null]], readBack: ['a', 'c'] },
  { questionId: 'm1', value: ['none'], rows: [[null, 'none', null, null]] },
  { questionId: 'x1', value: { r1: '1', r3: '5' }, rows: [['r1', '1', null, null], ['r3', '5', null, null]] },
  { questionId: 'n1', value: 9, rows: [[null, null, 9, null]] },
  { questionId: 'n1', value: 0, rows: [[null, null, 0, null]] },
  { questionId: 'n1', value: 'dk', rows: [[null, 'dk', null, null]] },
  { questionId: 'u1', value: 42, rows: [[null, null, 42, null]] },
  { questionId: 't1', value: 'Teal 蓝绿色', rows: [[null, null, null, 'Teal 蓝绿色']] },
  { questionId: 'lt1', value: 'Line one\nline two', rows: [[null, null, null, 'Line one\nline two']] },
];

/** Values that do not fit, with where the error points and what kind of misfit it names. */
const refused: { questionId: string; value: unknown; path: (string | number)[]; key: string; says: RegExp }[] = [
  { questionId: 's1', value: 'z', path: ['value'], key: 'errors.answer.notAnOption', says: /“z” is not one of its options \(a, b, other\)/ },
  { questionId: 's1', value: ['a'], path: ['value'], key: 'errors.answer.expectedCode', says: /expected an option code/ },
  { questionId: 's1', value: 3, path: ['value'], key: 'errors.answer.expectedCode', says: /expected an option code \(a, b, other\)/ },
  { questionId: 'l1', value: { code: 'other', text: 'x' }, path: ['value'], key: 'errors.answer.notAnOption', says: /“other” is not one of its options/ },
  { questionId: 'm1', value: 'a', path: ['value'], key: 'errors.answer.expectedCodes', says: /expected an array of option codes/ },
  { questionId: 'm1', value: ['a', 'zz'], path: ['value', 1], key: 'errors.answer.notAnOption', says: /“zz” is not one of its options/ },
  { questionId: 'm1', value: ['a', 'a'], path: ['value', 1], key: 'errors.answer.duplicateChoice', says: /chosen twice/ },
  { questionId: 'm1', value: ['none', 'a'], path: ['value'], key: 'errors.answer.exclusiveWithOthers', says: /excludes every other option/ },
  { questionId: 'm1', value: ['a', 'b', 'c', 'd'], path: ['value'], key: 'errors.answer.tooManyChoices', says: /at most 3 options, not 4/ },
  { questionId: 'x1', value: ['1'], path: ['value'], key: 'errors.answer.expectedRows', says: /expected an object of row ids \(r1, r2, r3\)/ },
  { questionId: 'x1', value: { r9: '1' }, path: ['value', 'r9'], key: 'errors.answer.notARow', says: /“r9” is not one of its rows/ },
  { questionId: 'x1', value: { r1: '6' }, path: ['value', 'r1'], key: 'errors.answer.notAnOption', says: /“6” is not a point of its scale \(1, 2, 3, 4, 5\)/ },
  { questionId: 'n1', value: 11, path: ['value'], key: 'errors.answer.expectedNps', says: /whole number from 0 to 10 or one of dk, not 11/ },
  { questionId: 'n1', value: 7.5, path: ['value'], key: 'errors.answer.expectedNps', says: /not 7.5/ },
  { questionId: 'u1', value: '42', path: ['value'], key: 'errors.answer.expectedNumber', says: /expected a number, not “42”/ },
  { questionId: 'u1', value: 4.5, path: ['value'], key: 'errors.answer.notAWholeNumber', says: /whole number/ },
  { questionId: 'u1', value: 121, path: ['value'], key: 'errors.answer.tooHigh', says: /120 or less, not 121/ },
  { questionId: 'u1', value: -1, path: ['value'], key: 'errors.answer.tooLow', says: /0 or more, not -1/ },
  { questionId: 't1', value: 7, path: ['value'], key: 'errors.answer.expectedText', says: /expected a text/ },
  { questionId: 't1', value: 'x'.repeat(21), path: ['value'], key: 'errors.answer.tooLong', says: /at most 20 characters, not 21/ },
  { questionId: 'i1', value: 'hello', path: ['value'], key: 'errors.answer.notAnswerable', says: /takes no answer/ },
  { questionId: 'q404', value: 'a', path: ['questionId'], key: 'errors.questionMissing', says: /q404 is not a question/ },
];

type AnswerRowTuple = [string | null, string | null, number | null, string | null];

describe('collect.answer value shapes', () => {
  it.each(accepted)('$questionId accepts $value, stored as answer rows and read back equal', async ({ questionId, value, rows, readBack }) => {
    const t = await collectionSession(questions);
    const started = await call(t.dispatch, 'collect.start', { surveyVersionId: t.versionId });
    if (started.status !== 'started') throw new Error('not started');
    const saved = await call(t.dispatch, 'collect.answer', { responseId: started.responseId, questionId, value: value as never });
    expect(saved).toMatchObject({ responseId: started.responseId, questionId, answered: 1 });

    const stored = await t.session.workspace.db.reader.all<{ row_id: string | null; option_code: string | null; num: number | null; text: string | null }>(
      'SELECT row_id, option_code, num, text FROM answer WHERE response_id = ? AND question_id = ? ORDER BY rowid',
      [started.responseId, questionId],
    );
    expect(stored.map((r): AnswerRowTuple => [r.row_id, r.option_code, r.num, r.text])).toEqual(rows);
    const response = await call(t.dispatch, 'responses.get', { responseId: started.responseId });
    expect(response.answers).toEqual([{ questionId, value: readBack ?? value }]);
    await t.session.closeWorkspace();
  });

  it('clears an answer with null, and replaces an earlier answer to the same question', async () => {
    const t = await collectionSession(questions);
    const started = await call(t.dispatch, 'collect.start', { surveyVersionId: t.versionId });
    if (started.status !== 'started') throw new Error('not started');
    const responseId = started.responseId;
    await call(t.dispatch, 'collect.answer', { responseId, questionId: 'm1', value: ['a', 'b'] });
    await call(t.dispatch, 'collect.answer', { responseId, questionId: 'x1', value: { r1: '2', r2: '2' } });
    await call(t.dispatch, 'collect.answer', { responseId, questionId: 'm1', value: ['c'] });
    expect((await call(t.dispatch, 'responses.get', { responseId })).answers).toEqual([
      { questionId: 'm1', value: ['c'] },
      { questionId: 'x1', value: { r1: '2', r2: '2' } },
    ]);
    const cleared = await call(t.dispatch, 'collect.answer', { responseId, questionId: 'x1', value: null });
    expect(cleared.answered).toBe(1);
    expect((await call(t.dispatch, 'responses.get', { responseId })).answers).toEqual([{ questionId: 'm1', value: ['c'] }]);
    await t.session.closeWorkspace();
  });

  it('refuses every ill-fitting value with VALIDATION naming the field and what was expected, and writes nothing', async () => {
    const t = await collectionSession(questions);
    const started = await call(t.dispatch, 'collect.start', { surveyVersionId: t.versionId });
    if (started.status !== 'started') throw new Error('not started');
    const responseId = started.responseId;
    for (const questionId of ['s1', 'm1', 'x1', 'n1', 'u1', 't1']) {
      await call(t.dispatch, 'collect.answer', { responseId, questionId, value: accepted.find((a) => a.questionId === questionId)!.value as never, ms: 1000 });
    }
    const before = await call(t.dispatch, 'responses.get', { responseId });
    for (const r of refused) {
      const result = await t.dispatch('collect.answer', { responseId, questionId: r.questionId, value: r.value, ms: 5000 });
      expect(result.ok, `${r.questionId} ${JSON.stringify(r.value)}`).toBe(false);
      if (result.ok) continue;
      expect(result.error).toMatchObject({ code: 'VALIDATION', key: r.key });
      expect(result.error.message).toContain(r.questionId);
      expect(result.error.message).toMatch(r.says);
      expect(result.error.issues?.[0]?.path).toEqual(r.path);
    }
    // Nothing written: the answers, their times and the last change are as they were.
    expect(await call(t.dispatch, 'responses.get', { responseId })).toEqual(before);
    await t.session.closeWorkspace();
  });
});
