import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench, screenshot } from './support/browser';
import { sharedHostAndBrowser } from './support/shared-host';
import { enterName, findOverflow } from './support/workbench-page';

const PULSE = 'Product experience pulse';
const REASON = 'Interviewer’s note: the respondent meant daily';

/** The demo community (about 1,500 responses, some flagged): an analyst checks the flagged ones and cleans one. */
describe('responses: checking and cleaning', () => {
  const shared = sharedHostAndBrowser('responses', { host: (dir) => ({ args: ['--workspace', path.join(dir, 'community.sqlite'), '--demo'] }) });
  let pulseVersionId = '';
  let flaggedTotal = 0;
  let cleaned = '';

  beforeAll(async () => {
    const { versions } = await shared.host.call('collect.versions', { all: true });
    pulseVersionId = versions.find((v) => v.title === PULSE)!.surveyVersionId;
    flaggedTotal = (await shared.host.call('responses.list', { surveyVersionId: pulseVersionId, flagged: true, limit: 1 })).total;
  });

  const flagSelect = (page: Page) => page.getByLabel('Quality flags');
  const rows = (page: Page) => page.locator('.responses-table tbody tr');

  it('filters to the flagged responses, opens one, corrects an answer with a reason and shows it in the history', async () => {
    expect(flaggedTotal).toBeGreaterThan(10);
    const { page, problems } = await openWorkbench(shared.browser, shared.host.url);
    await enterName(page, 'Mei Chen');
    await page.locator('.app-nav').getByRole('link', { name: 'Responses', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Responses' }).waitFor();
    await page.getByLabel('Survey version').selectOption(pulseVersionId);
    await rows(page).first().waitFor();

    await flagSelect(page).selectOption({ label: 'Any flag' });
    await page.getByText(`1–50 of ${flaggedTotal.toLocaleString('en')}`).waitFor();
    // Every row shown carries a flag chip.
    const chips = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('.responses-flags li').length));
    expect(chips).toHaveLength(50);
    expect(chips.every((n) => n > 0)).toBe(true);
    await screenshot(page, 'responses-flagged-en');

    // The next page, then back.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(`51–${Math.min(100, flaggedTotal)} of ${flaggedTotal}`).waitFor();
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByText(`1–50 of ${flaggedTotal}`).waitFor();

    // Open the newest flagged response.
    await rows(page).first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /^Response from M-/ }).waitFor();
    cleaned = decodeURIComponent(new URL(page.url()).hash.split('/').at(-1)!);
    const before = await shared.host.call('responses.get', { responseId: cleaned });
    expect(before.flags.length).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Quality flags' }).waitFor();
    await page.getByText('Not corrected or voided.').waitFor();

    // Correct "How often do you use the product?" to Daily (or Weekly, if it was Daily).
    const usage = before.answers.find((a) => a.questionId === 'usage')!.value;
    const [to, label] = usage === 'daily' ? ['weekly', 'Weekly'] : ['daily', 'Daily'];
    await page.getByRole('button', { name: 'Correct the answer to usage' }).click();
    const dialog = page.getByRole('dialog', { name: 'Correct an answer' });
    await dialog.getByLabel(label, { exact: true }).check();
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await dialog.getByText('Say why, in at least 3 characters.').waitFor();
    await dialog.getByLabel('Why is it corrected?').fill(REASON);
    await screenshot(page, 'responses-correct-en');
    expect(await findOverflow(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The history: who, when, why and what changed.
    const entry = page.locator('.response-history li').first();
    await entry.getByText('Corrected', { exact: true }).waitFor();
    await entry.getByText(/^by Mei Chen, /).waitFor();
    await entry.getByText(`Why: ${REASON}`).waitFor();
    const after = await shared.host.call('responses.get', { responseId: cleaned });
    expect(after.answers.find((a) => a.questionId === 'usage')!.value).toBe(to);
    expect(after.history).toMatchObject([{ actor: 'Mei Chen', action: 'update', reason: REASON, replacedHash: before.contentHash }]);
    expect(after.replacedHashes).toEqual([before.contentHash]);
    await entry.getByText(`Replaced hash ${before.contentHash!.slice(0, 12)}`).waitFor();
    await page.locator('.response-answers-table').getByRole('cell', { name: label, exact: true }).waitFor();
    // The flags stay as raised.
    expect(after.flags).toEqual(before.flags);
    await screenshot(page, 'responses-detail-en');
    expect(await findOverflow(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  for (const { language, locale, heading, anyFlag } of [
    { language: 'en', locale: 'en-US', heading: 'Responses', anyFlag: 'Any flag' },
    { language: 'zh-CN', locale: 'zh-CN', heading: '答卷', anyFlag: '有任一标记' },
    { language: 'ru', locale: 'ru-RU', heading: 'Анкеты', anyFlag: 'С любой отметкой' },
  ]) {
    it(`fits 1024×700 and 1280×800 in ${language}: the flagged list, a cleaned response and the member's points`, async () => {
      for (const [width, height] of [
        [1024, 700],
        [1280, 800],
      ] as const) {
        const { page, problems } = await openWorkbench(shared.browser, `${shared.host.url}`, { width, height, locale });
        await page.locator('.app-nav').waitFor();
        await page.goto(`${shared.host.origin}/#/responses/${pulseVersionId}`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        // The filter by its place: its label is in the page's language.
        await page.locator('.responses-flag-filter select').selectOption({ label: anyFlag });
        await rows(page).nth(49).waitFor();
        await screenshot(page, `responses-list-${language}-${width}x${height}`);
        expect(await findOverflow(page), `list at ${width}×${height}`).toEqual([]);

        await page.goto(`${shared.host.origin}/#/responses/${pulseVersionId}/${cleaned}`);
        await page.locator('.response-history li').waitFor();
        await screenshot(page, `responses-detail-${language}-${width}x${height}`);
        expect(await findOverflow(page), `response at ${width}×${height}`).toEqual([]);

        // The respondent's member page, with the points card.
        await page.locator('.fact-list a').click();
        await page.locator('.points-balance').waitFor();
        await page.locator('[aria-labelledby="member-points-title"]').scrollIntoViewIfNeeded();
        await screenshot(page, `responses-member-points-${language}-${width}x${height}`);
        expect(await findOverflow(page), `member page at ${width}×${height}`).toEqual([]);
        expect(problems).toEqual([]);
        await page.context().close();
      }
    });
  }
});
