import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { AnswerRow } from '@model/survey/answer-fields';
import { surveyDefinition, type SurveyDefinitionInput } from '@model/survey/definition';
import { replaceRows } from '@renderer/components/respondent-view/respondent-answers';
import { RespondentView } from '@renderer/components/respondent-view/respondent-view';
import { byText, click, render, typeInto } from '../support/render';

const survey = (language: SurveyDefinitionInput['language'] = 'en') =>
  surveyDefinition.parse({
    language,
    settings: { endMessage: 'Thanks, {{answer:name|friend}}!' },
    pages: [
      {
        id: 'p1',
        questions: [
          { id: 'name', type: 'text', text: 'What is your first name?' },
          { id: 'usage', type: 'single', text: 'How often do you use it?', required: true, options: [{ code: 'daily', label: 'Daily' }, { code: 'never', label: 'Never' }] },
          { id: 'why', type: 'longText', text: 'Why not, {{answer:name}}?', showIf: { field: 'answer:usage', op: 'eq', value: 'never' } },
        ],
      },
      { id: 'p2', questions: [{ id: 'nps', type: 'nps', text: 'Would you recommend it?', required: true }] },
    ],
  });

function Harness({ definition, onSubmit }: { definition: ReturnType<typeof survey>; onSubmit?(answers: AnswerRow[]): void }) {
  const [answers, setAnswers] = useState<AnswerRow[]>([]);
  return <RespondentView definition={definition} answers={answers} onAnswer={(id, rows) => setAnswers((all) => replaceRows(all, id, rows))} onSubmit={onSubmit} />;
}

async function typeIntoArea(area: HTMLTextAreaElement, text: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  await act(async () => {
    setValue.call(area, text);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const questionTexts = (root: HTMLElement) => [...root.querySelectorAll('.rv-question-text')].map((p) => p.firstChild?.textContent);

describe('respondent view', () => {
  it('shows a question only while its display logic holds, and pipes the earlier answer into its text', async () => {
    const root = await render(<Harness definition={survey()} />);
    expect(questionTexts(root)).toEqual(['What is your first name?', 'How often do you use it?']);
    await typeInto(root.querySelector<HTMLInputElement>('[aria-labelledby="name-text"]')!, 'Olga');
    await click(byText(root, 'label', 'Never').querySelector('input')!);
    expect(questionTexts(root)).toEqual(['What is your first name?', 'How often do you use it?', 'Why not, Olga?']);
    await click(byText(root, 'label', 'Daily').querySelector('input')!);
    expect(questionTexts(root)).not.toContain('Why not, Olga?');
  });

  it('says a required answer is missing in the survey\'s language, not the app\'s, and goes on once it is given', async () => {
    const root = await render(<Harness definition={survey('ru')} />);
    expect(root.querySelector('.respondent')!.getAttribute('lang')).toBe('ru');
    expect(root.textContent).toContain('Страница 1 из 2');
    await click(byText(root, 'button', 'Далее'));
    expect(root.querySelector('.rv-problem')!.textContent).toBe('Пожалуйста, ответьте на этот вопрос.');
    expect(root.textContent).toContain('Страница 1 из 2');
    await click(byText(root, 'label', 'Daily').querySelector('input')!);
    await click(byText(root, 'button', 'Далее'));
    expect(root.textContent).toContain('Страница 2 из 2');
    expect(byText(root, 'button', 'Отправить')).toBeTruthy();
    expect(byText(root, 'button', 'Назад')).toBeTruthy();
  });

  it('submits only the answers to questions that were shown, then shows the end message with its piping', async () => {
    const submitted: AnswerRow[][] = [];
    const root = await render(<Harness definition={survey('zh-CN')} onSubmit={(a) => submitted.push(a)} />);
    await typeInto(root.querySelector<HTMLInputElement>('[aria-labelledby="name-text"]')!, 'Wei');
    await click(byText(root, 'label', 'Never').querySelector('input')!);
    await typeIntoArea(root.querySelector('textarea')!, 'Too slow');
    await click(byText(root, 'label', 'Daily').querySelector('input')!);
    await click(byText(root, 'button', '下一页'));
    await click(byText(root, 'button', '提交'));
    expect(root.querySelector('.rv-problem')!.textContent).toBe('请回答此问题。');
    await click(byText(root, 'label', '9').querySelector('input')!);
    await click(byText(root, 'button', '提交'));
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.map((a) => a.questionId).sort()).toEqual(['name', 'nps', 'usage']);
    expect(root.textContent).toContain('谢谢！');
    expect(root.textContent).toContain('Thanks, Wei!');
  });
});
