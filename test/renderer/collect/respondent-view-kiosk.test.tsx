import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { AnswerRow } from '@model/survey/answer-fields';
import { surveyDefinition } from '@model/survey/definition';
import { answerRow, replaceRows } from '@renderer/components/respondent-view/respondent-answers';
import { RespondentView, type RespondentViewProps } from '@renderer/components/respondent-view/respondent-view';
import { byText, click, render, settle } from '../support/render';

/** Three pages of one question each; the second pipes the first answer. */
const survey = surveyDefinition.parse({
  language: 'en',
  settings: { quotaFullMessage: 'Sorry, {{answer:usage|friend}}: we have enough answers.' },
  pages: [
    { id: 'p1', questions: [{ id: 'usage', type: 'single', text: 'How often?', required: true, options: [{ code: 'daily', label: 'Daily' }, { code: 'never', label: 'Never' }] }] },
    { id: 'p2', questions: [{ id: 'why', type: 'text', text: 'Why {{answer:usage}}?' }, { id: 'score', type: 'nps', text: 'Recommend?' }] },
    { id: 'p3', questions: [{ id: 'last', type: 'number', text: 'How many?' }] },
  ],
});

type Props = Partial<RespondentViewProps> & { initial?: AnswerRow[] };

function Harness({ initial = [], ...props }: Props) {
  const [answers, setAnswers] = useState<AnswerRow[]>(initial);
  return <RespondentView definition={survey} answers={answers} onAnswer={(id, rows) => setAnswers((all) => replaceRows(all, id, rows))} {...props} />;
}

const progress = (root: HTMLElement) => root.querySelector('.rv-progress span')?.textContent;

describe('respondent view in the kiosk', () => {
  it('starts on the page of the question to resume at, with the answers kept, and focuses that question', async () => {
    const initial = [answerRow('usage', { optionCode: 'daily' }), answerRow('why', { text: 'habit' })];
    const root = await render(<Harness initial={initial} startQuestionId="score" />);
    await settle();
    expect(progress(root)).toBe('Page 2 of 3');
    expect(root.querySelector<HTMLInputElement>('[aria-labelledby="why-text"]')!.value).toBe('habit');
    expect(root.querySelector('[data-question="why"] .rv-question-text')!.textContent).toContain('Why Daily?');
    expect(document.activeElement?.closest('[data-question]')?.getAttribute('data-question')).toBe('score');
    // Back still reaches the earlier page.
    await click(byText(root, 'button', 'Back'));
    expect(progress(root)).toBe('Page 1 of 3');
  });

  it('tells which page is shown, at the start and after each move', async () => {
    const pages: string[] = [];
    const root = await render(<Harness onPage={(id) => pages.push(id)} />);
    await click(byText(root, 'label', 'Never').querySelector('input')!);
    await click(byText(root, 'button', 'Next'));
    await click(byText(root, 'button', 'Back'));
    expect(pages).toEqual(['p1', 'p2', 'p1']);
  });

  it('shows the end message only once the submission has been accepted, and stays on the page when it fails', async () => {
    let settleSubmit: { resolve(): void; reject(err: Error): void } | null = null;
    const onSubmit = () => new Promise<void>((resolve, reject) => (settleSubmit = { resolve, reject }));
    const root = await render(<Harness startQuestionId="last" initial={[answerRow('usage', { optionCode: 'daily' })]} onSubmit={onSubmit} />);
    await click(byText(root, 'button', 'Submit'));
    expect(byText(root, 'button', 'Submit').hasAttribute('disabled')).toBe(true);
    expect(root.textContent).not.toContain('Thank you!');
    await act(async () => settleSubmit!.reject(new Error('disk full')));
    expect(progress(root)).toBe('Page 3 of 3');
    expect(byText(root, 'button', 'Submit').hasAttribute('disabled')).toBe(false);

    await click(byText(root, 'button', 'Submit'));
    await act(async () => settleSubmit!.resolve());
    expect(root.textContent).toContain('Thank you!');
    expect(root.textContent).toContain('Your answers have been recorded.');
  });

  it('shows an end decided outside the view instead of the survey: its message, else the survey\'s own (piped), else the standard text', async () => {
    const given = await render(<Harness ended={{ reason: 'quotaFull', message: 'This survey has closed.' }} />);
    expect(given.querySelector('.rv-end')!.textContent).toContain('This survey has closed.');
    expect(given.querySelector('form')).toBeNull();

    const own = await render(<Harness ended={{ reason: 'quotaFull', message: null }} initial={[answerRow('usage', { optionCode: 'never' })]} />);
    expect(own.querySelector('.rv-end')!.textContent).toContain('Sorry, Never: we have enough answers.');

    const plain = await render(<RespondentView definition={{ ...survey, settings: { ...survey.settings, quotaFullMessage: null } }} answers={[]} onAnswer={() => undefined} ended={{ reason: 'quotaFull', message: null }} language="zh-CN" />);
    expect(plain.querySelector('.rv-end')!.textContent).toContain('感谢您的关注。本调查的名额已满。');

    const complete = await render(<Harness ended={{ reason: 'complete', message: null }} />);
    expect(complete.querySelector('.rv-end')!.textContent).toContain('Your answers have been recorded.');
  });

  it('sets large type on request', async () => {
    const root = await render(<Harness large />);
    expect(root.querySelector('.respondent')!.classList.contains('rv-large')).toBe(true);
    const normal = await render(<Harness />);
    expect(normal.querySelector('.respondent')!.classList.contains('rv-large')).toBe(false);
  });
});
