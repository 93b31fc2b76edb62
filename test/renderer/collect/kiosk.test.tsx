import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '@api/index';
import type { WorkspaceInfo } from '@api/workspace';
import { surveyDefinition, type SurveyDefinitionInput, type SurveyLanguage } from '@model/survey/definition';
import { ApiError } from '@renderer/api';
import { kioskSession } from '@renderer/features/collect/kiosk/kiosk-session';
import type { FakeHandlers } from '../support/fake-client';
import { byText, click, settle, typeInto } from '../support/render';
import { renderWindow } from '../support/render-window';

const workspace: WorkspaceInfo = { path: '/data/workspaces/spring.sqlite', name: 'spring', schemaVersion: 11, sizeBytes: 300_000, counts: { members: 2, surveys: 1, responses: 0 }, lifecycle: [] };

/** Two pages: a choice (options randomised) and a question that pipes it. */
const definition = (language: SurveyLanguage = 'en', settings: SurveyDefinitionInput['settings'] = {}) =>
  surveyDefinition.parse({
    language,
    settings: { identification: 'optional', ...settings },
    pages: [
      {
        id: 'p1',
        questions: [
          {
            id: 'usage',
            type: 'single',
            text: 'How often?',
            required: true,
            randomizeOptions: true,
            options: ['daily', 'weekly', 'monthly', 'rarely', 'never'].map((code) => ({ code, label: code[0]!.toUpperCase() + code.slice(1) })),
          },
        ],
      },
      { id: 'p2', questions: [{ id: 'why', type: 'text', text: 'Why {{answer:usage}}?' }] },
    ],
  });

const version = (language: SurveyLanguage = 'en', settings: SurveyDefinitionInput['settings'] = {}) => ({
  surveyVersionId: 'v1',
  surveyId: 's1',
  title: 'Pulse',
  version: 2,
  language,
  identification: 'optional' as const,
  responseCount: 12,
  responseCap: null,
  drafts: 0,
  publishedAt: '2026-01-15T09:00:00.000Z',
  definition: definition(language, settings),
});

type Draft = MethodOutput<'collect.drafts'>['drafts'][number];
const draft: Draft = {
  responseId: 'r-draft',
  surveyVersionId: 'v1',
  surveyId: 's1',
  surveyTitle: 'Pulse',
  version: 2,
  memberId: null,
  memberCode: null,
  deviceId: 'laptop-1',
  startedAt: '2026-01-16T10:00:00.000Z',
  updatedAt: '2026-01-16T10:02:00.000Z',
  answered: 1,
  lastQuestionId: 'usage',
  resumeQuestionId: 'why',
};

/** A call the test answers when it chooses. */
function later<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function handlers(over: FakeHandlers = {}, language: SurveyLanguage = 'en'): FakeHandlers {
  const { definition: _d, ...listed } = version(language);
  return {
    'workspace.info': () => workspace,
    'profile.get': () => ({ name: 'Mei Chen' }),
    'jobs.list': () => ({ jobs: [] }),
    'app.info': () => ({ host: 'electron', version: '0.1.0', workspacesDir: '/data/workspaces', allowedDirs: [] }),
    'collect.versions': () => ({ versions: [listed] }),
    'collect.drafts': () => ({ drafts: [] }),
    'collect.version': () => version(language),
    'kiosk.lock': () => ({ locked: true }),
    'kiosk.unlock': (input) => {
      if (input.pin !== '2468') throw new ApiError({ code: 'FORBIDDEN', message: 'That is not the PIN that started kiosk mode.', key: 'errors.kiosk.wrongPin' });
      return { locked: false };
    },
    'collect.start': () => ({ status: 'started', responseId: 'r1', surveyVersionId: 'v1', memberId: null, deviceId: 'laptop-1', startedAt: '2026-01-16T10:00:00.000Z' }),
    'collect.answer': (input) => ({ responseId: input.responseId, questionId: input.questionId, answered: 1, savedAt: '2026-01-16T10:00:05.000Z' }),
    'responses.get': (input) => response(input.responseId, []),
    'collect.complete': () => ({ status: 'complete', responseId: 'r1', completedAt: '2026-01-16T10:01:00.000Z', contentHash: 'h', pointsAwarded: 0, flags: [], endMessage: null }),
    ...over,
  };
}

function response(responseId: string, answers: MethodOutput<'responses.get'>['answers']): MethodOutput<'responses.get'> {
  return {
    responseId,
    surveyVersionId: 'v1',
    memberId: null,
    memberCode: null,
    campaignId: null,
    status: 'draft',
    voidCause: null,
    deviceId: 'laptop-1',
    startedAt: '2026-01-16T10:00:00.000Z',
    completedAt: null,
    updatedAt: '2026-01-16T10:00:00.000Z',
    answered: answers.length,
    totalMs: 0,
    contentHash: null,
    replacedHashes: [],
    flags: [],
    answers,
    timings: [],
    history: [],
  };
}

const kiosk = () => document.querySelector<HTMLDialogElement>('dialog.kiosk');
const dialogNamed = (title: string) => [...document.querySelectorAll('dialog')].find((d) => d.querySelector('h2')?.textContent === title)!;
const inputLabelled = (root: ParentNode, label: string) => {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  if (!found) throw new Error(`No field labelled "${label}".`);
  return (found.control ?? found.querySelector('input')) as HTMLInputElement;
};
const optionLabels = () => [...kiosk()!.querySelectorAll('.rv-option span')].map((s) => s.textContent);

async function startKiosk(choice = 'Anonymous') {
  await click(byText(document.body, 'button', 'Start kiosk…'));
  const setup = dialogNamed('Start kiosk: Pulse');
  await click(inputLabelled(setup, choice));
  await typeInto(inputLabelled(setup, 'PIN to leave kiosk mode'), '2468');
  await typeInto(inputLabelled(setup, 'Repeat the PIN'), '2468');
  await click(byText(setup, 'button', 'Start kiosk'));
  await settle();
  await settle();
}

/** Waits for what a real asynchronous step (Web Crypto's digest) brings about. */
async function until(condition: () => boolean) {
  for (let i = 0; i < 50 && !condition(); i++) await settle();
  expect(condition()).toBe(true);
}

afterEach(() => kioskSession.set(null));

describe('kiosk', () => {
  it('runs the survey from the welcome to the end message, sending each answer as given with its time, and says saved only once it is acknowledged', async () => {
    const acks: ReturnType<typeof later<MethodOutput<'collect.answer'>>>[] = [];
    const { fake } = await renderWindow(
      '#/collect',
      handlers({
        'collect.answer': (() => {
          acks.push(later());
          return acks.at(-1)!.promise;
        }) as unknown as FakeHandlers['collect.answer'],
      }),
    );
    await startKiosk();
    expect(fake.callsOf('kiosk.lock').map((c) => c.input)).toEqual([{ pin: '2468' }]);
    expect(kiosk()!.open).toBe(true);
    expect(kiosk()!.querySelector('h1')!.textContent).toBe('Welcome');

    await click(byText(kiosk()!, 'button', 'Start'));
    await settle();
    expect(fake.callsOf('collect.start').map((c) => c.input)).toEqual([{ surveyVersionId: 'v1' }]);
    await click(byText(kiosk()!, 'label', 'Never').querySelector('input')!);
    const sent = fake.callsOf('collect.answer').map((c) => c.input as MethodInput<'collect.answer'>);
    expect(sent).toEqual([{ responseId: 'r1', questionId: 'usage', value: 'never', ms: expect.any(Number) }]);
    expect(kiosk()!.querySelector('[data-save]')!.textContent).toBe('Saving…');
    await act(async () => acks[0]!.resolve({ responseId: 'r1', questionId: 'usage', answered: 1, savedAt: '2026-01-16T10:00:05.000Z' }));
    expect(kiosk()!.querySelector('[data-save]')!.textContent).toBe('Saved');

    await click(byText(kiosk()!, 'button', 'Next'));
    expect(kiosk()!.querySelector('.rv-question-text')!.textContent).toContain('Why Never?');
    await click(byText(kiosk()!, 'button', 'Submit'));
    await settle();
    expect(fake.callsOf('collect.complete').map((c) => c.input)).toEqual([{ responseId: 'r1' }]);
    expect(kiosk()!.querySelector('.rv-end')!.textContent).toContain('Your answers have been recorded.');

    await click(byText(kiosk()!, 'button', 'Next respondent'));
    expect(kiosk()!.querySelector('h1')!.textContent).toBe('Welcome');
  });

  it('leaves kiosk mode only with the PIN, and then shows the response left unfinished', async () => {
    let drafts: Draft[] = [];
    const { fake } = await renderWindow('#/collect', handlers({ 'collect.drafts': () => ({ drafts }) }));
    await startKiosk();
    await click(byText(kiosk()!, 'button', 'Start'));
    await settle();

    await click(byText(kiosk()!, 'button', 'Exit'));
    const pin = dialogNamed('Leave kiosk mode');
    await typeInto(inputLabelled(pin, 'PIN'), '1111');
    await click(byText(pin, 'button', 'Leave kiosk mode'));
    await settle();
    expect(pin.querySelector('[role="alert"]')!.textContent).toBe('That is not the PIN.');
    expect(kiosk()!.open).toBe(true);

    drafts = [{ ...draft, responseId: 'r1' }];
    await typeInto(inputLabelled(pin, 'PIN'), '2468');
    await click(byText(pin, 'button', 'Leave kiosk mode'));
    await settle();
    expect(fake.callsOf('kiosk.unlock').map((c) => c.input)).toEqual([{ pin: '1111' }, { pin: '2468' }]);
    expect(kiosk()).toBeNull();
    expect(window.location.hash).toBe('#/collect');
    expect(document.querySelector('.collect-drafts')!.textContent).toContain('Pulse');
  });

  it('resumes a draft at its first unanswered question with its answers kept, and discards one only after asking', async () => {
    const { fake } = await renderWindow(
      '#/collect',
      handlers({
        'collect.drafts': () => ({ drafts: [draft] }),
        'collect.discard': () => ({ responseId: 'r-draft', status: 'void' }),
        'responses.get': (input) => response(input.responseId, [{ questionId: 'usage', value: 'weekly' }]),
      }),
    );
    const row = document.querySelector('.collect-drafts tbody tr')!;
    expect(row.textContent).toContain('Anonymous');

    await click(byText(row, 'button', 'Discard…'));
    await click(byText(dialogNamed('Discard this unfinished response?'), 'button', 'Cancel'));
    expect(fake.callsOf('collect.discard')).toEqual([]);
    await click(byText(row, 'button', 'Discard…'));
    await click(byText(dialogNamed('Discard this unfinished response?'), 'button', 'Discard response'));
    await settle();
    expect(fake.callsOf('collect.discard').map((c) => c.input)).toEqual([{ responseId: 'r-draft' }]);

    await click(byText(row, 'button', 'Resume…'));
    const setup = dialogNamed('Resume in kiosk: Pulse');
    await typeInto(inputLabelled(setup, 'PIN to leave kiosk mode'), '2468');
    await typeInto(inputLabelled(setup, 'Repeat the PIN'), '2468');
    await click(byText(setup, 'button', 'Resume in kiosk'));
    await settle();
    await settle();
    expect(kiosk()!.querySelector('.rv-question-text')!.textContent).toContain('Why Weekly?');
    expect(fake.callsOf('collect.start')).toEqual([]);
    await click(byText(kiosk()!, 'button', 'Back'));
    expect(byText(kiosk()!, 'label', 'Weekly').querySelector('input')!.checked).toBe(true);
  });

  it('orders randomised options per response, the same each time that response is shown', async () => {
    const orders: Record<string, (string | null)[]> = {};
    for (const responseId of ['r-a', 'r-b', 'r-a']) {
      kioskSession.set({ surveyVersionId: 'v1', identification: { kind: 'anonymous' }, responseId, single: false, ended: null, guard: { kind: 'desktop' } });
      await renderWindow('#/collect', handlers());
      const order = optionLabels();
      expect(order.slice().sort()).toEqual(['Daily', 'Monthly', 'Never', 'Rarely', 'Weekly']);
      if (orders[responseId]) expect(order).toEqual(orders[responseId]);
      orders[responseId] = order;
      kioskSession.set(null);
      await settle();
    }
    expect(orders['r-a']).not.toEqual(orders['r-b']);
  });

  it('speaks to the respondent in the survey\'s language, and an unknown member code is theirs to fix', async () => {
    const { fake } = await renderWindow(
      '#/collect',
      handlers(
        {
          'collect.start': () => {
            throw new ApiError({ code: 'NOT_FOUND', message: 'No member has the code ZZZ.', key: 'errors.memberCodeUnknown' });
          },
        },
        'ru',
      ),
    );
    await startKiosk('Each respondent may type their member code, or stay anonymous');
    expect(kiosk()!.querySelector('h1')!.textContent).toBe('Добро пожаловать');
    await typeInto(inputLabelled(kiosk()!, 'Ваш код участника (если есть)'), ' zzz ');
    await click(byText(kiosk()!, 'button', 'Начать'));
    await settle();
    expect(fake.callsOf('collect.start').map((c) => c.input)).toEqual([{ surveyVersionId: 'v1', memberCode: 'zzz' }]);
    expect(kiosk()!.querySelector('[role="alert"]')!.textContent).toBe('Такой код участника не найден. Проверьте его и попробуйте ещё раз.');
    // The researcher's own screens stay in the app's language.
    await click(byText(kiosk()!, 'button', 'Выход'));
    expect(dialogNamed('Leave kiosk mode')).toBeTruthy();
  });

  it('shows the survey\'s quota-full message when the respondent is turned away at the start', async () => {
    await renderWindow(
      '#/collect',
      handlers({ 'collect.start': () => ({ status: 'quotaFull', reason: 'responseCap', quota: null, message: 'We have all the answers we need. Thank you!', responseId: null }) }),
    );
    await startKiosk();
    await click(byText(kiosk()!, 'button', 'Start'));
    await settle();
    expect(kiosk()!.querySelector('.rv-end')!.textContent).toContain('We have all the answers we need. Thank you!');
    expect(byText(kiosk()!, 'button', 'Next respondent')).toBeTruthy();
  });

  it('shows the quota-full message when the respondent is turned away on submitting (a quota filled meanwhile)', async () => {
    await renderWindow(
      '#/collect',
      handlers({ 'collect.complete': () => ({ status: 'quotaFull', reason: 'quota', quota: { id: 1, label: 'Germany' }, message: null, responseId: 'r1' }) }),
    );
    await startKiosk();
    await click(byText(kiosk()!, 'button', 'Start'));
    await settle();
    await click(byText(kiosk()!, 'label', 'Daily').querySelector('input')!);
    await click(byText(kiosk()!, 'button', 'Next'));
    await click(byText(kiosk()!, 'button', 'Submit'));
    await settle();
    // The survey has no message of its own: the standard text, in its language.
    expect(kiosk()!.querySelector('.rv-end')!.textContent).toContain('Thank you for your interest. This survey is already full.');
  });

  it('in a browser goes full screen, and leaving full screen brings the PIN screen over the survey', async () => {
    const root = document.documentElement;
    let full: Element | null = null;
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => full });
    const change = (to: Element | null) => {
      full = to;
      document.dispatchEvent(new Event('fullscreenchange'));
    };
    root.requestFullscreen = async () => change(root);
    document.exitFullscreen = async () => change(null);
    try {
      await renderWindow('#/collect', handlers({ 'app.info': () => ({ host: 'browser', version: '0.1.0', workspacesDir: '/w', allowedDirs: ['/w'] }) }));
      await startKiosk();
      await until(() => kiosk() !== null);
      expect(full).toBe(root);
      expect(kioskSession.get()!.guard.kind).toBe('browser');
      // The PIN is kept as a salted digest, never as typed.
      expect(JSON.stringify(kioskSession.get())).not.toContain('2468');

      await act(async () => change(null));
      const pin = dialogNamed('Leave kiosk mode');
      expect(pin.textContent).toContain('Full screen was left.');
      await click(byText(pin, 'button', 'Back to the survey'));
      await settle();
      expect(full).toBe(root);
      expect(dialogNamed('Leave kiosk mode')).toBeUndefined();

      await act(async () => change(null));
      await typeInto(inputLabelled(dialogNamed('Leave kiosk mode'), 'PIN'), '2468');
      await click(byText(dialogNamed('Leave kiosk mode'), 'button', 'Leave kiosk mode'));
      await until(() => kiosk() === null);
    } finally {
      delete (document as { fullscreenElement?: unknown }).fullscreenElement;
    }
  });

  it('for one chosen panel member starts their response, and afterwards waits for the researcher', async () => {
    const { fake } = await renderWindow(
      '#/collect',
      handlers({
        'members.list': (input) => ({
          rows: input.search === 'olga' ? [{ id: 7, code: 'M-OLGA01', name: 'Olga Petrova' } as MethodOutput<'members.list'>['rows'][number]] : [],
          nextCursor: null,
        }),
        'collect.start': () => ({ status: 'started', responseId: 'r1', surveyVersionId: 'v1', memberId: 7, deviceId: 'laptop-1', startedAt: '2026-01-16T10:00:00.000Z' }),
      }),
    );
    await click(byText(document.body, 'button', 'Start kiosk…'));
    const setup = dialogNamed('Start kiosk: Pulse');
    await click(inputLabelled(setup, 'One panel member, chosen here'));
    await typeInto(inputLabelled(setup, 'PIN to leave kiosk mode'), '2468');
    await typeInto(inputLabelled(setup, 'Repeat the PIN'), '2468');
    await click(byText(setup, 'button', 'Start kiosk'));
    expect(setup.querySelector('[role="alert"]')!.textContent).toBe('Choose the member who will answer.');
    expect(fake.callsOf('kiosk.lock')).toEqual([]);

    await typeInto(inputLabelled(setup, 'Find the member'), 'olga');
    await act(async () => new Promise((resolve) => setTimeout(resolve, 300)));
    await click(byText(setup, 'label', 'Olga PetrovaM-OLGA01').querySelector('input')!);
    await click(byText(setup, 'button', 'Start kiosk'));
    await settle();
    await click(byText(kiosk()!, 'button', 'Start'));
    await settle();
    expect(fake.callsOf('collect.start').map((c) => c.input)).toEqual([{ surveyVersionId: 'v1', memberId: 7 }]);
    await click(byText(kiosk()!, 'label', 'Daily').querySelector('input')!);
    await click(byText(kiosk()!, 'button', 'Next'));
    await click(byText(kiosk()!, 'button', 'Submit'));
    await settle();
    expect(kiosk()!.textContent).toContain('Please hand the device back to the person in charge.');
    expect(kiosk()!.textContent).not.toContain('Next respondent');
  });

  it('stores only answers that fit (an unfinished one is cleared until it does), clears answers that logic hid, and offers to try again when saving fails', async () => {
    const numberSurvey = surveyDefinition.parse({
      language: 'en',
      pages: [
        {
          id: 'p1',
          questions: [
            { id: 'usage', type: 'single', text: 'How often?', options: [{ code: 'daily', label: 'Daily' }, { code: 'never', label: 'Never' }] },
            { id: 'why', type: 'text', text: 'Why never?', showIf: { field: 'answer:usage', op: 'eq', value: 'never' } },
            { id: 'spend', type: 'number', text: 'How much?', min: 0, max: 500 },
          ],
        },
      ],
    });
    let failNext = true;
    const { fake } = await renderWindow(
      '#/collect',
      handlers({
        'collect.version': () => ({ ...version(), definition: numberSurvey }),
        'collect.answer': (input) => {
          if (input.questionId === 'usage' && failNext) {
            failNext = false;
            throw new ApiError({ code: 'INTERNAL', message: 'disk I/O error' });
          }
          return { responseId: 'r1', questionId: input.questionId, answered: 1, savedAt: '2026-01-16T10:00:05.000Z' };
        },
      }),
    );
    await startKiosk();
    await click(byText(kiosk()!, 'button', 'Start'));
    await settle();
    const values = () => fake.callsOf('collect.answer').map((c) => [(c.input as MethodInput<'collect.answer'>).questionId, (c.input as MethodInput<'collect.answer'>).value]);

    await click(byText(kiosk()!, 'label', 'Never').querySelector('input')!);
    await settle();
    expect(kiosk()!.querySelector('[data-save]')!.textContent).toContain('Your last answer could not be saved.');
    await click(byText(kiosk()!, 'button', 'Try again'));
    await settle();
    expect(kiosk()!.querySelector('[data-save]')!.textContent).toBe('Saved');

    await typeInto(kiosk()!.querySelector<HTMLInputElement>('[aria-labelledby="why-text"]')!, 'Too far');
    const spend = kiosk()!.querySelector<HTMLInputElement>('[aria-labelledby="spend-text"]')!;
    await typeInto(spend, '900');
    await typeInto(spend, '90');
    await click(byText(kiosk()!, 'label', 'Daily').querySelector('input')!);
    await click(byText(kiosk()!, 'button', 'Submit'));
    await settle();
    expect(values()).toEqual([
      ['usage', 'never'],
      ['usage', 'never'],
      ['why', 'Too far'],
      ['spend', null],
      ['spend', 90],
      ['usage', 'daily'],
      // At submit: the answer to the question logic hid is cleared.
      ['why', null],
    ]);
  });
});
