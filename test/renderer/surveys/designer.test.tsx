import { act } from 'react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceInfo } from '@api/workspace';
import type { SurveyCalibration, SurveyDetail } from '@api/surveys';
import type { SurveyDefinition } from '@model/survey/definition';
import { DEFAULT_CONSTANTS } from '@model/survey/estimator-constants';
import { estimateLength } from '@model/survey/estimate-length';
import { validateDefinition } from '@model/survey/validate-definition';
import type { FakeHandlers } from '../support/fake-client';
import { byText, click, settle } from '../support/render';
import { renderWindow } from '../support/render-window';
import { nps, surveyOf, usage, why } from './survey-fixture';

const workspace: WorkspaceInfo = {
  path: '/data/workspaces/spring.sqlite',
  name: 'spring',
  schemaVersion: 8,
  sizeBytes: 300_000,
  counts: { members: 0, surveys: 1, responses: 0 },
  lifecycle: [],
};

const definition = () => surveyOf([usage, why, nps]);

function detail(d: SurveyDefinition): SurveyDetail {
  const estimate = estimateLength(d);
  const summary = { items: estimate.items, seconds: estimate.seconds, minutes: estimate.minutes, status: estimate.status };
  return {
    id: 's1',
    title: 'Pulse',
    description: null,
    status: 'draft',
    version: 1,
    publishedVersion: null,
    language: 'en',
    questionCount: 3,
    estimate,
    responseCount: 0,
    responsesInProgress: 0,
    createdAt: '2026-01-15T09:00:00.000Z',
    updatedAt: '2026-01-15T09:00:00.000Z',
    definition: d,
    draft: { versionId: 'v1', version: 1, issues: validateDefinition(d) },
    ownLimits: { items: null, minutes: null },
    limits: { items: 25, minutes: 20 },
    versions: [{ id: 'v1', version: 1, publishedAt: null, publishedBy: null, overrideReason: null, breaks: [], responseCount: 0, estimate: summary }],
    publishedDefinition: null,
  };
}

const handlers = (): FakeHandlers => ({
  'workspace.info': () => workspace,
  'profile.get': () => ({ name: 'Mei Chen' }),
  'jobs.list': () => ({ jobs: [] }),
  'app.info': () => ({ host: 'browser', version: '0.1.0', workspacesDir: '/data/workspaces', allowedDirs: ['/data/workspaces'] }),
  'surveys.get': () => detail(definition()),
  'surveys.constants': () => ({ constants: DEFAULT_CONSTANTS, source: 'default', fitted: [], refittedAt: null, refittedBy: null }),
  'surveys.defaults': () => ({ limits: { items: 25, minutes: 20 } }),
  'surveys.update': (input) => {
    const d = input.definition as SurveyDefinition;
    return { id: 's1', draft: { versionId: 'v1', version: 1 }, startedNewVersion: false, issues: validateDefinition(d), estimate: estimateLength(d), updatedAt: '2026-01-15T09:01:00.000Z' };
  },
});

const order = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-question-card]')].map((card) => card.dataset.questionCard);
const card = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-question-card="${id}"]`)!;
const press = (target: Element, key: string, init: KeyboardEventInit = {}) =>
  act(async () => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })));
/** The rules are checked once typing pauses (250 ms). */
const pause = () => act(async () => new Promise((resolve) => setTimeout(resolve, 300)));

describe('survey designer', () => {
  it('moves a question with Alt+↓ on its handle, announces it, marks the logic that now points forward, and undoes with Ctrl+Z', async () => {
    const { root } = await renderWindow('#/surveys/s1', handlers());
    expect(order(root)).toEqual(['usage', 'why', 'nps']);

    await press(card(root, 'usage').querySelector('.sv-card-handle')!, 'ArrowDown', { altKey: true });
    expect(order(root)).toEqual(['why', 'usage', 'nps']);
    expect(root.textContent).toContain('Q1 moved to page 1, position 2.');
    // The moved card keeps the focus, so Alt+↓ can be pressed again.
    expect(document.activeElement).toBe(card(root, 'usage').querySelector('.sv-card-handle'));

    await pause();
    expect(card(root, 'why').querySelector('.sv-card-issue')?.textContent).toBe(
      'Uses the answer to “Q2 · How often do you use it?”, which comes later, so it is not known yet. Move “Q2 · How often do you use it?” before this question, or change the condition.',
    );

    await press(root.querySelector('.sv-designer')!, 'z', { ctrlKey: true });
    expect(order(root)).toEqual(['usage', 'why', 'nps']);
    await pause();
    expect(card(root, 'why').querySelector('.sv-card-issue')).toBeNull();
    await press(root.querySelector('.sv-designer')!, 'z', { ctrlKey: true, shiftKey: true });
    expect(order(root)).toEqual(['why', 'usage', 'nps']);
  });

  it('updates the length meter on each edit in this window and saves the draft a moment later', async () => {
    const { root, fake } = await renderWindow('#/surveys/s1', handlers());
    const items = () => root.querySelector('.sv-bar[data-kind="items"] .sv-bar-value')!.textContent;
    expect(items()).toBe('3');
    await click(byText(root, 'button', 'Add question'));
    await click(byText(root, 'button', 'Matrix'));
    // A matrix counts one item per row (three), before any call to the core.
    expect(items()).toBe('6');
    expect(fake.callsOf('surveys.estimate')).toEqual([]);
    expect(fake.callsOf('surveys.update')).toEqual([]);
    await pause();
    await act(async () => new Promise((resolve) => setTimeout(resolve, 700)));
    await settle();
    const saves = fake.callsOf('surveys.update');
    expect(saves).toHaveLength(1);
    expect((saves[0]!.input as { definition: SurveyDefinition }).definition.pages[0]!.questions.map((q) => q.type)).toEqual(['single', 'text', 'nps', 'matrix']);
  });

  it('publishes the edit of a moment ago: Publish waits for its check and saves it, and the edit shows as unsaved until then', async () => {
    const { root, fake } = await renderWindow('#/surveys/s1', handlers());
    const saveState = () => root.querySelector('[data-save]')!.getAttribute('data-save');
    await click(byText(root, 'button', 'Add question'));
    await click(byText(root, 'button', 'Matrix'));
    // Before its check (250 ms) and the autosave's delay (600 ms): unsaved, and nothing sent.
    expect(saveState()).toBe('pending');
    await click(byText(root, 'button', 'Publish…'));
    expect(fake.callsOf('surveys.update')).toEqual([]);
    await pause();
    await settle();
    // Well before the autosave's delay: Publish saved the draft with the matrix.
    const saves = fake.callsOf('surveys.update');
    expect(saves).toHaveLength(1);
    expect((saves[0]!.input as { definition: SurveyDefinition }).definition.pages[0]!.questions.map((q) => q.type)).toEqual(['single', 'text', 'nps', 'matrix']);
    expect(saveState()).toBe('saved');
  });

  it('lists the problems an edit of a moment ago brings when Publish is pressed at once, instead of offering to publish', async () => {
    const { root } = await renderWindow('#/surveys/s1', handlers());
    // Q2's condition uses Q1's answer: moved after it, Q1 comes too late (a problem the check finds).
    await press(card(root, 'usage').querySelector('.sv-card-handle')!, 'ArrowDown', { altKey: true });
    await click(byText(root, 'button', 'Publish…'));
    await pause();
    await settle();
    const dialog = root.ownerDocument.querySelector('.sv-publish')!;
    expect(dialog.textContent).toContain('Fix the problems before publishing (1):');
    expect(dialog.querySelector('.button-primary')?.textContent ?? '').not.toContain('Publish version');
  });
});

/** The draft above, published with 1,011 complete responses, and what they took. */
function published(): FakeHandlers {
  const d = definition();
  const published = detail(d);
  published.versions = published.versions.map((v) => ({ ...v, publishedAt: '2026-02-01T09:00:00.000Z', publishedBy: 'Mei Chen', responseCount: 1011 }));
  const question = (questionId: string, type: 'single' | 'text' | 'nps', estimateSeconds: number, observedMedianSeconds: number | null, notReachedShare: number, leftAtShare: number | null) => ({
    questionId, type, estimateSeconds, observedMedianSeconds, notReachedShare, leftAtShare,
    timedResponses: 1011, started: 1055, reached: 1055, answered: 1011, shown: 1011, visibilityShare: 1, notAnsweredShare: 0,
  });
  const calibration: SurveyCalibration = {
    surveyId: 's1',
    versionId: 'v1',
    version: 1,
    completeResponses: 1011,
    startedResponses: 1055,
    perQuestion: [question('usage', 'single', 9, 5, 0, 0.007), question('why', 'text', 15.4, null, 0.007, null), question('nps', 'nps', 9, 5.2, 0.042, 0)],
    total: { estimateSeconds: 84, observedMedianSeconds: 48, errorShare: 0.75 },
    estimate: estimateLength(d),
    visibilityObserved: true,
  };
  return {
    ...handlers(),
    'surveys.get': () => published,
    'surveys.calibration': () => calibration,
    'surveys.refitConstants': () => ({
      applied: false,
      current: { constants: DEFAULT_CONSTANTS, source: 'default', fitted: [], refittedAt: null, refittedBy: null },
      proposed: DEFAULT_CONSTANTS,
      fitted: [{ type: 'likert', parameter: 'baseSeconds', value: 1, questions: 3, clamped: true }],
      observations: 10,
    }),
  };
}

/** Each row's cells as read, spaces (no-break ones too) as plain spaces. */
const cellTexts = (rows: NodeListOf<Element>) => [...rows].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));

describe('versions tab', () => {
  afterEach(() => act(async () => void (await i18next.changeLanguage('en'))));

  it('lists the estimate beside the observed times per question, totals them under their columns, and shows the refit in Russian units', async () => {
    await act(async () => void (await i18next.changeLanguage('ru')));
    const { root } = await renderWindow('#/surveys/s1/versions', published());
    const table = root.querySelector('.sv-calibration table')!;
    expect(cellTexts(table.querySelectorAll('thead tr'))).toEqual([['Вопрос', 'Оценка', 'Медиана', 'Не дошли', 'Ушли здесь']]);
    expect(cellTexts(table.querySelectorAll('tbody tr')).map((cells) => cells.slice(1))).toEqual([
      ['9 с', '5 с', '0 %', '0,7 %'],
      ['15 с', '—', '0,7 %', '—'],
      ['9 с', '5 с', '4,2 %', '0 %'],
    ]);
    // Each question names its row and opens its card; the whole survey's times total the columns.
    expect([...table.querySelectorAll('tbody th[scope="row"] button')].map((b) => b.textContent)).toEqual(['В1 · How often do you use it?', 'В2 · Why not?', 'В3 · Would you recommend it?']);
    expect(cellTexts(table.querySelectorAll('tfoot tr'))).toEqual([['Весь опрос', '1,4 мин', '0,8 мин', '', '']]);
    expect(root.querySelector('.sv-calibration')!.textContent!.replace(/\s+/g, ' ')).toContain('Ошибка оценки 75 %');

    await click(byText(root, 'button', 'Подогнать оценщик…'));
    const dialog = root.querySelector('dialog[open]')!;
    expect(cellTexts(dialog.querySelectorAll('table tbody tr'))).toEqual([['Шкала Лайкерта', 'Время ответа', '4,5 с → 1 с (удержано в допустимых пределах)', '3']]);
  });
});
