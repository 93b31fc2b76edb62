import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../main/api/index';
import { openWorkbench, screenshot, type PageOptions } from './support/browser';
import { sharedHostAndBrowser } from './support/shared-host';
import { startHost, type HostOptions } from './support/workbench-host';
import { findOverflow as findAnyOverflow } from './support/workbench-page';

type Definition = MethodInput<'surveys.update'>['definition'];

const PIN = '2468';
const OVERRIDE_REASON = 'Long store visit form, agreed with the client';

/** A store visit survey with display logic (page 2 only for "Never") and piping (the name), in English. */
const pulse: Definition = {
  language: 'en',
  settings: { identification: 'optional', endMessage: 'Thank you, {{answer:name}}! See you next time.' },
  pages: [
    {
      id: 'p1',
      title: 'About your visit',
      questions: [
        { id: 'name', type: 'text', text: 'What is your first name?', required: true },
        {
          id: 'usage',
          type: 'single',
          text: 'How often do you shop here?',
          required: true,
          randomizeOptions: true,
          options: [
            { code: 'weekly', label: 'Every week' },
            { code: 'monthly', label: 'Every month' },
            { code: 'never', label: 'This is my first time' },
          ],
        },
      ],
    },
    {
      id: 'p2',
      showIf: { field: 'answer:usage', op: 'eq', value: 'never' },
      questions: [{ id: 'found', type: 'longText', text: 'Welcome, {{answer:name}}! How did you find us?' }],
    },
    {
      id: 'p3',
      questions: [
        { id: 'bought', type: 'multi', text: 'What did you buy today?', options: [{ code: 'food', label: 'Food' }, { code: 'home', label: 'Home goods' }, { code: 'none', label: 'Nothing', exclusive: true }] },
        { id: 'rate', type: 'matrix', text: 'How do you rate…', options: [1, 2, 3, 4, 5].map((n) => ({ code: String(n), label: String(n) })), rows: [{ id: 'staff', label: 'Staff' }, { id: 'queue', label: 'Queue' }] },
        { id: 'nps', type: 'nps', text: 'How likely are you to recommend us, {{answer:name}}?', required: true },
        { id: 'spend', type: 'number', text: 'How much did you spend (EUR)?', min: 0, max: 500 },
      ],
    },
    {
      id: 'p4',
      questions: [
        { id: 'bye', type: 'info', text: 'Almost done.' },
        { id: 'mood', type: 'likert', text: 'I enjoyed this visit.', options: ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'].map((label, i) => ({ code: String(i + 1), label })) },
      ],
    },
  ],
};

/** 30 questions, one per page: over the default 25-item limit, so it is published with an override reason. */
const QUESTIONS = 30;
const visit: Definition = {
  language: 'en',
  pages: Array.from({ length: QUESTIONS }, (_, i) => ({
    id: `p${i + 1}`,
    questions: [{ id: `q${String(i + 1).padStart(2, '0')}`, type: 'single' as const, text: `How was part ${i + 1} of your visit?`, required: true, options: [{ code: 'good', label: 'Good' }, { code: 'bad', label: 'Bad' }] }],
  })),
};

/** The same short survey in the respondent's language, for the screenshots. */
const local = (language: 'zh-CN' | 'ru'): Definition =>
  language === 'zh-CN'
    ? {
        language,
        settings: { identification: 'optional' },
        pages: [{ id: 'p1', title: '关于您的到访', questions: [{ id: 'usage', type: 'single', text: '您多久来一次本店？', required: true, options: [{ code: 'weekly', label: '每周' }, { code: 'monthly', label: '每月' }, { code: 'never', label: '第一次来' }] }, { id: 'nps', type: 'nps', text: '您有多大可能向朋友推荐我们？' }] }],
      }
    : {
        language,
        settings: { identification: 'optional' },
        pages: [{ id: 'p1', title: 'О вашем визите', questions: [{ id: 'usage', type: 'single', text: 'Как часто вы делаете покупки у нас?', required: true, options: [{ code: 'weekly', label: 'Каждую неделю' }, { code: 'monthly', label: 'Каждый месяц' }, { code: 'never', label: 'Впервые' }] }, { id: 'nps', type: 'nps', text: 'Насколько вероятно, что вы порекомендуете нас друзьям?' }] }],
      };

/** The respondent view hides its screen-reader text with a class of its own (it uses no app class), which is clipped on purpose. */
const findOverflow = async (page: Page) => (await findAnyOverflow(page)).filter((problem) => !problem.includes('.rv-visually-hidden'));

describe('kiosk', () => {
  // The same workspace file and user-data folder whenever the host starts (again after the crash below).
  const fieldHost = (dir: string): HostOptions => ({ args: ['--workspace', path.join(dir, 'field.sqlite')], home: path.join(dir, 'home') });
  const shared = sharedHostAndBrowser('kiosk', { host: fieldHost, userName: 'Mei Chen' });
  const titles = { pulse: 'Store visit pulse', visit: 'Store visit', en: 'Store visit pulse', 'zh-CN': '门店回访', ru: 'Опрос в магазине' };
  let memberCode = '';

  const publish = async (title: string, definition: Definition, override?: string) => {
    const { id } = await shared.host.call('surveys.create', { title });
    await shared.host.call('surveys.update', { id, definition });
    return shared.host.call('surveys.publish', { id, ...(override ? { override: { reason: override } } : {}) });
  };

  beforeAll(async () => {
    memberCode = (await shared.host.call('members.create', { name: 'Olga Petrova' })).code;
    await publish(titles.pulse, pulse);
    await publish(titles.visit, visit, OVERRIDE_REASON);
    await publish(titles['zh-CN'], local('zh-CN'));
    await publish(titles.ru, local('ru'));
  });

  const open = async (options: PageOptions = {}) => {
    const opened = await openWorkbench(shared.browser, shared.host.url, options);
    await opened.page.locator('.app-nav').getByRole('link', { name: /^(Collect|收集|Сбор)$/ }).click();
    return opened;
  };
  const kiosk = (page: Page) => page.locator('dialog.kiosk');
  const versionRow = (page: Page, title: string) => page.locator('.collect-versions tbody tr').filter({ has: page.locator('.collect-survey-title').getByText(title, { exact: true }) });
  // Strings: this project's Node typings have no DOM.
  const fullScreen = (page: Page) => page.evaluate<boolean>('document.fullscreenElement !== null');
  const saved = (page: Page) => kiosk(page).locator('[data-save="saved"]').waitFor();

  async function startKiosk(page: Page, title: string, setup: { choice?: string; start?: string; pin?: string } = {}) {
    await versionRow(page, title).getByRole('button').click();
    const dialog = page.locator('dialog[open]').last();
    if (setup.choice) await dialog.getByLabel(setup.choice).check();
    const pins = dialog.locator('input[type="password"]');
    await pins.nth(0).fill(setup.pin ?? PIN);
    await pins.nth(1).fill(setup.pin ?? PIN);
    await dialog.getByRole('button', { name: setup.start ?? 'Start kiosk' }).click();
    await kiosk(page).waitFor();
  }

  /** Answers the one question of a page of the long survey and goes on once the answer is saved. */
  async function answerPart(page: Page, n: number) {
    await expect.poll(() => kiosk(page).locator('.rv-question-text').first().textContent()).toContain(`How was part ${n} of your visit?`);
    await kiosk(page).getByLabel(n % 3 === 0 ? 'Bad' : 'Good').check();
    await saved(page);
    await kiosk(page).getByRole('button', { name: n === QUESTIONS ? 'Submit' : 'Next' }).click();
  }

  it('runs a survey full screen from the member code to the end message, with display logic, piping, the keyboard and larger text', async () => {
    const { page, problems } = await open();
    await screenshot(page, 'kiosk-area-en-1280x800');
    await startKiosk(page, titles.pulse, { choice: 'Each respondent may type their member code, or stay anonymous' });
    expect(await fullScreen(page)).toBe(true);
    const k = kiosk(page);
    await k.getByLabel('Your member code (if you have one)').fill(memberCode.toLowerCase());
    await screenshot(page, 'kiosk-welcome-en-1280x800');
    await k.getByRole('button', { name: 'Start' }).click();

    // Page 1, by keyboard: type, Tab to the choices, arrows choose, Enter goes on.
    await k.getByLabel('What is your first name?').fill('Olga');
    await k.getByLabel('What is your first name?').press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => k.locator('input[name="usage"]:checked').count()).toBe(1);
    // The options are in this response's own order; choose the first time by its label.
    await k.getByLabel('This is my first time').check();
    await saved(page);
    await screenshot(page, 'kiosk-survey-en-1280x800');
    await k.getByLabel('This is my first time').press('Enter');

    // Page 2 is shown by the logic and pipes the name.
    await k.getByText('Welcome, Olga! How did you find us?').waitFor();
    await k.getByLabel('Welcome, Olga! How did you find us?').fill('A friend told me');
    await k.getByRole('button', { name: 'Next' }).click();

    // Page 3: Next without the required NPS says so, in the survey's language.
    await k.getByLabel('Food').check();
    await k.getByLabel('Staff: 4').check();
    await k.getByRole('button', { name: 'Next' }).click();
    await k.getByText('Please answer this question.').waitFor();
    await k.getByRole('button', { name: 'Larger text' }).click();
    await screenshot(page, 'kiosk-required-large-en-1280x800');
    await k.getByRole('button', { name: 'Larger text' }).click();
    await k.locator('.rv-nps-point', { hasText: /^9$/ }).click();
    await k.getByLabel('How much did you spend (EUR)?').fill('42.5');
    await saved(page);
    await k.getByRole('button', { name: 'Next' }).click();
    await k.getByLabel('Agree', { exact: true }).check();
    await saved(page);
    await k.getByRole('button', { name: 'Submit' }).click();
    await k.getByText('Thank you, Olga! See you next time.').waitFor();
    await screenshot(page, 'kiosk-end-en-1280x800');
    expect(await findOverflow(page)).toEqual([]);

    const [done] = (await shared.host.call('responses.list', { surveyVersionId: (await shared.host.call('collect.versions', {})).versions.find((v) => v.title === titles.pulse)!.surveyVersionId, status: ['complete'] })).rows;
    const response = await shared.host.call('responses.get', { responseId: done!.responseId });
    expect(response.memberCode).toBe(memberCode);
    expect(response.answers).toEqual([
      { questionId: 'name', value: 'Olga' },
      { questionId: 'usage', value: 'never' },
      { questionId: 'found', value: 'A friend told me' },
      { questionId: 'bought', value: ['food'] },
      { questionId: 'rate', value: { staff: '4' } },
      { questionId: 'nps', value: 9 },
      { questionId: 'spend', value: 42.5 },
      { questionId: 'mood', value: '4' },
    ]);
    // Every answer was timed by the page (the client's measure).
    expect(response.timings.map((t) => t.questionId).sort()).toEqual(['bought', 'found', 'mood', 'name', 'nps', 'rate', 'spend', 'usage']);

    // The next respondent starts from the welcome.
    await k.getByRole('button', { name: 'Next respondent' }).click();
    await k.getByRole('heading', { name: 'Welcome' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('leaves kiosk mode only with the PIN: leaving full screen brings the PIN screen over the survey', async () => {
    const { page, problems } = await open({ width: 1024, height: 700 });
    await startKiosk(page, titles.pulse, { choice: 'Each respondent may type their member code, or stay anonymous' });
    const k = kiosk(page);
    await k.getByRole('button', { name: 'Start' }).click();
    await k.getByLabel('What is your first name?').fill('Ana');
    await saved(page);

    // The respondent leaves full screen (Escape, as the browser offers): the PIN screen covers the survey.
    await page.evaluate('document.exitFullscreen()');
    const pin = page.getByRole('dialog', { name: 'Leave kiosk mode' });
    await pin.getByText('Full screen was left.').waitFor();
    await screenshot(page, 'kiosk-pin-en-1024x700');
    expect(await findOverflow(page)).toEqual([]);
    await pin.getByRole('button', { name: 'Back to the survey' }).click();
    await expect.poll(() => fullScreen(page)).toBe(true);
    expect(await k.getByLabel('What is your first name?').inputValue()).toBe('Ana');

    await k.getByRole('button', { name: 'Exit' }).click();
    await pin.getByLabel('PIN').fill('1111');
    await pin.getByRole('button', { name: 'Leave kiosk mode' }).click();
    await pin.getByText('That is not the PIN.').waitFor();
    await pin.getByLabel('PIN').fill(PIN);
    await pin.getByRole('button', { name: 'Leave kiosk mode' }).click();
    await k.waitFor({ state: 'detached' });
    expect(await fullScreen(page)).toBe(false);
    // The response stays unfinished, with its answer, to resume or discard.
    const draft = page.locator('.collect-drafts tbody tr', { hasText: titles.pulse });
    await draft.waitFor();
    expect(await draft.locator('td').nth(1).innerText()).toBe('1');
    await screenshot(page, 'kiosk-drafts-en-1024x700');
    await draft.getByRole('button', { name: /^Discard/ }).click();
    await page.getByRole('dialog', { name: 'Discard this unfinished response?' }).getByRole('button', { name: 'Discard response' }).click();
    await draft.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });

  it('comes back to the survey after a reload, and after a crash resumes the draft at its first unanswered question; the override reason never shows', async () => {
    const first = await open();
    let page = first.page;
    await startKiosk(page, titles.visit);
    await kiosk(page).getByRole('button', { name: 'Start' }).click();
    for (let n = 1; n <= 5; n++) await answerPart(page, n);

    // A reload (the page crashed, or someone pressed F5) comes back to the kiosk, not to the panel.
    await page.reload();
    const pin = page.getByRole('dialog', { name: 'Leave kiosk mode' });
    await pin.getByRole('button', { name: 'Back to the survey' }).click();
    await expect.poll(() => fullScreen(page)).toBe(true);
    for (let n = 6; n <= 17; n++) await answerPart(page, n);
    expect(await kiosk(page).textContent()).not.toContain(OVERRIDE_REASON);

    expect(first.problems).toEqual([]);
    // The battery dies right after the 17th acknowledged answer (the open page then loses its event stream).
    await shared.host.crash();
    await page.context().close();
    shared.host = await startHost(fieldHost(shared.dir));
    const relaunched = await open();
    page = relaunched.page;
    const draft = page.locator('.collect-drafts tbody tr', { hasText: titles.visit });
    expect(await draft.locator('td').nth(1).innerText()).toBe('17');
    await draft.getByRole('button', { name: /^Resume/ }).click();
    await startResume(page);
    await expect.poll(() => kiosk(page).locator('.rv-question-text').first().textContent()).toContain('How was part 18 of your visit?');
    await kiosk(page).getByRole('button', { name: 'Back' }).click();
    // Question 18 has a "Good" too: read the answer once question 17 is back.
    await expect.poll(() => kiosk(page).locator('.rv-question-text').first().textContent()).toContain('How was part 17 of your visit?');
    expect(await kiosk(page).getByLabel('Good').isChecked()).toBe(true);
    await kiosk(page).getByRole('button', { name: 'Next' }).click();
    for (let n = 18; n <= QUESTIONS; n++) await answerPart(page, n);
    await kiosk(page).getByText('Please hand the device back to the person in charge.').waitFor();
    expect(await page.locator('body').textContent()).not.toContain(OVERRIDE_REASON);
    expect(relaunched.problems).toEqual([]);
  });

  async function startResume(page: Page) {
    const dialog = page.locator('dialog[open]').last();
    const pins = dialog.locator('input[type="password"]');
    await pins.nth(0).fill(PIN);
    await pins.nth(1).fill(PIN);
    await dialog.getByRole('button', { name: 'Resume in kiosk' }).click();
    await kiosk(page).waitFor();
  }

  for (const { language, locale, start, exit, leave } of [
    { language: 'en' as const, locale: 'en-US', start: 'Start kiosk', exit: 'Exit', leave: 'Leave kiosk mode' },
    { language: 'zh-CN' as const, locale: 'zh-CN', start: '启动自助模式', exit: '退出', leave: '退出自助模式' },
    { language: 'ru' as const, locale: 'ru-RU', start: 'Запустить киоск', exit: 'Выход', leave: 'Выход из режима киоска' },
  ]) {
    it(`looks right in ${language} at 1024×700 and 1280×800: the area, the setup, the survey and the PIN screen`, async () => {
      for (const [width, height] of [
        [1024, 700],
        [1280, 800],
      ] as const) {
        const { page, problems } = await open({ width, height, locale });
        const shot = async (step: string) => {
          await screenshot(page, `kiosk-${step}-${language}-${width}x${height}`);
          expect(await findOverflow(page), `${step} at ${width}×${height}`).toEqual([]);
        };
        await page.locator('.collect-versions').waitFor();
        await shot('area');
        await versionRow(page, titles[language]).getByRole('button').click();
        const dialog = page.locator('dialog[open]').last();
        await dialog.locator('input[type="radio"]').nth(2).check();
        await shot('setup');
        await dialog.locator('input[type="radio"]').nth(0).check();
        const pins = dialog.locator('input[type="password"]');
        await pins.nth(0).fill(PIN);
        await pins.nth(1).fill(PIN);
        await dialog.getByRole('button', { name: start }).click();
        const k = kiosk(page);
        await k.waitFor();
        await k.locator('button[type="submit"]').click();
        await k.locator('.rv-option').first().click();
        await saved(page);
        await shot('survey');
        await k.getByRole('button', { name: exit }).click();
        await page.getByRole('dialog', { name: leave }).waitFor();
        await shot('pin');
        await page.getByRole('dialog', { name: leave }).locator('input').fill(PIN);
        await page.getByRole('dialog', { name: leave }).locator('button[type="submit"]').click();
        await k.waitFor({ state: 'detached' });
        await shot('drafts');
        expect(problems).toEqual([]);
        await page.context().close();
      }
    });
  }
});

