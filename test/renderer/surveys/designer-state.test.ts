import { describe, expect, it } from 'vitest';
import { surveyDefinition, type SurveyDefinition } from '@model/survey/definition';
import { nps, surveyOf, usage, why } from './survey-fixture';
import { createPiping } from '@model/survey/piping';
import { validateDefinition } from '@model/survey/validate-definition';
import { changeType, deleteQuestion, duplicateQuestion, newQuestion, stepQuestion, updateQuestion } from '@renderer/features/surveys/designer/definition-edits';
import { historyReducer, startHistory, type EditHistory } from '@renderer/features/surveys/designer/edit-history';
import { placeIssues } from '@renderer/features/surveys/designer/issue-places';
import { insertAtCaret, pipeToken } from '@renderer/features/surveys/designer/pipe-insert';

const definition = () => surveyOf([usage, why], [nps]);

const order = (d: SurveyDefinition) => d.pages.map((p) => p.questions.map((q) => q.id));

describe('designer edits', () => {
  it('move a question one step with the keyboard, across page edges, and refuse past the ends', () => {
    const d = definition();
    const down = stepQuestion(d, 'why', 1)!;
    expect(order(down.definition)).toEqual([['usage'], ['why', 'nps']]);
    expect(down.to).toEqual({ pageIndex: 1, index: 0 });
    expect(order(stepQuestion(down.definition, 'why', -1)!.definition)).toEqual([['usage', 'why'], ['nps']]);
    expect(stepQuestion(d, 'usage', -1)).toBeNull();
    expect(stepQuestion(d, 'nps', 1)).toBeNull();
    // Untouched pages are shared, so their memoised editors are not drawn again.
    expect(stepQuestion(d, 'why', -1)!.definition.pages[1]).toBe(d.pages[1]);
  });

  it('refuse logic that points forward after a reorder, naming the question and why', () => {
    const moved = stepQuestion(definition(), 'usage', 1)!.definition;
    expect(order(moved)).toEqual([['why', 'usage'], ['nps']]);
    const places = placeIssues(moved, validateDefinition(moved));
    const [issue] = places.byQuestion.get('why')!;
    expect(issue!.issue.kind).toBe('forwardReference');
    expect(issue!.issue.params).toMatchObject({ subject: 'question "why"', target: 'usage' });
    expect(issue!.at).toEqual(['showIf']);
    // Deleting the question the logic used is refused the same way.
    const deleted = deleteQuestion(definition(), 'usage');
    expect(placeIssues(deleted, validateDefinition(deleted)).byQuestion.get('why')![0]!.issue.kind).toBe('unknownQuestion');
  });

  it('duplicate a question under a new id and keep every type valid when it is added or changed', () => {
    const d = definition();
    const copy = duplicateQuestion(d, 'usage')!;
    expect(order(copy.definition)[0]).toEqual(['usage', 'usage_2', 'why']);
    let all = d;
    for (const type of ['single', 'multi', 'likert', 'matrix', 'nps', 'number', 'text', 'longText', 'info'] as const) {
      all = { ...all, pages: [{ ...all.pages[0]!, questions: [...all.pages[0]!.questions, newQuestion(all, type)] }, ...all.pages.slice(1)] };
    }
    expect(surveyDefinition.safeParse(all).success).toBe(true);
    expect(validateDefinition(all)).toEqual([]);
    const likert = changeType(d, d.pages[0]!.questions[0]!, 'likert');
    expect(likert).toMatchObject({ id: 'usage', type: 'likert', text: 'How often do you use it?' });
    expect(validateDefinition(updateQuestion(d, 'usage', () => likert)).filter((i) => i.kind === 'likertPoints')).toEqual([]);
  });
});

describe('edit history', () => {
  const rename = (text: string) => (d: SurveyDefinition) => updateQuestion(d, 'usage', (q) => ({ ...q, text }));
  const textOf = (h: EditHistory) => h.present.pages[0]!.questions[0]!.text;

  it('undoes and redoes whole edits, typing in one field counting as one', () => {
    let h = startHistory(definition());
    for (const text of ['H', 'Ho', 'How']) h = historyReducer(h, { type: 'edit', update: rename(text), coalesce: 'usage.text' });
    h = historyReducer(h, { type: 'edit', update: (d) => stepQuestion(d, 'why', 1)!.definition });
    expect(h.past).toHaveLength(2);
    h = historyReducer(h, { type: 'undo' });
    expect(order(h.present)).toEqual([['usage', 'why'], ['nps']]);
    expect(textOf(h)).toBe('How');
    h = historyReducer(h, { type: 'undo' });
    expect(textOf(h)).toBe('How often do you use it?');
    h = historyReducer(h, { type: 'undo' });
    expect(textOf(h)).toBe('How often do you use it?');
    h = historyReducer(h, { type: 'redo' });
    h = historyReducer(h, { type: 'redo' });
    expect(textOf(h)).toBe('How');
    expect(order(h.present)).toEqual([['usage'], ['why', 'nps']]);
    // After an undo, typing in the same field again is a new entry, and the redo branch is gone.
    h = historyReducer(h, { type: 'undo' });
    h = historyReducer(h, { type: 'edit', update: rename('Hello'), coalesce: 'usage.text' });
    expect(h.future).toEqual([]);
    expect(historyReducer(h, { type: 'undo' }).present.pages[0]!.questions[0]!.text).toBe('How');
  });
});

describe('piping insert', () => {
  it('writes the token at the caret, spaced from Latin words but not from Chinese, and the preview renders it', () => {
    const token = pipeToken('usage');
    expect(token).toBe('{{answer:usage}}');
    expect(insertAtCaret('Why use it', { start: 4, end: 7 }, token)).toEqual({ text: 'Why {{answer:usage}} it', caret: 20 });
    expect(insertAtCaret('Whynot', { start: 3, end: 3 }, token).text).toBe('Why {{answer:usage}} not');
    expect(insertAtCaret('您为什么', { start: 1, end: 1 }, token).text).toBe('您{{answer:usage}}为什么');
    expect(pipeToken('grid', 'speed')).toBe('{{answer:grid.speed}}');
    const d = updateQuestion(definition(), 'why', (q) => ({ ...q, text: insertAtCaret('Why not, though?', { start: 3, end: 3 }, token).text }));
    expect(validateDefinition(d)).toEqual([]);
    const pipe = createPiping(d, [{ questionId: 'usage', rowId: null, optionCode: 'never', num: null, text: null }]);
    expect(pipe(d.pages[0]!.questions[1]!.text)).toBe('Why Never not, though?');
  });
});
