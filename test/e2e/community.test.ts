import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench, screenshot } from './support/browser';
import { sharedHostAndBrowser } from './support/shared-host';
import { chooseLanguage, findOverflow, layoutCases, openAt } from './support/workbench-page';

describe('community health: importing activity and transactions, lifecycle rules and RFM groups', () => {
  const shared = sharedHostAndBrowser('community', { userName: 'Mei Chen' });
  const activityCsv = path.join(shared.dir, 'platform events.csv');
  const transactionsCsv = path.join(shared.dir, 'shop orders.csv');

  beforeAll(async () => {
    const codes = (await shared.host.call('members.list', { limit: 3, sort: { field: 'code', dir: 'asc' } })).rows.map((m) => m.code);
    const [a, b, c] = codes as [string, string, string];
    // Dates a few days back, so they fall in the default rules' periods whenever the test runs.
    const day = (back: number) => new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
    // Row 4 has the type "boost", which is none of the six.
    fs.writeFileSync(activityCsv, ['Member code,Time,Event,Minutes', `${a},${day(9)} 09:00,post,12`, `${b},${day(8)} 10:00,comment,5`, `${c},${day(7)} 11:00,like,`, `${a},${day(6)} 12:00,boost,3`].join('\n'));
    fs.writeFileSync(transactionsCsv, ['Member code,Order date,Total,Currency', `${a},${day(5)},49.90,EUR`, `${b},${day(4)},12.5,EUR`, `${c},${day(3)},"1,2",EUR`].join('\n'));
  });

  it('imports activity (a bad type named by row and column, then the valid rows) and transactions, then shows lifecycle stages and RFM groups', async () => {
    const { page, problems } = await openWorkbench(shared.browser, shared.host.url);
    await page.getByRole('link', { name: 'Community health' }).click();
    await page.getByRole('heading', { level: 1, name: 'Community health' }).waitFor();
    await page.getByRole('link', { name: 'Import activity' }).click();
    await page.locator('input[type="file"]').setInputFiles(activityCsv);

    // Each field's column suggested from the headers.
    await page.getByRole('heading', { name: 'Which column holds what' }).waitFor();
    expect(await page.getByLabel('Member', { exact: true }).inputValue()).toBe('Member code');
    expect(await page.getByLabel('Date and time').inputValue()).toBe('Time');
    expect(await page.getByLabel('Type', { exact: true }).inputValue()).toBe('Event');
    expect(await page.getByLabel('Session minutes').inputValue()).toBe('Minutes');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { name: 'Check before importing' }).waitFor();
    await page.locator('.result-counts').waitFor();
    expect(await page.locator('.result-counts').getByRole('definition').allInnerTexts()).toEqual(['3', '1']);
    const rejected = page.locator('.rejected-table tbody tr');
    expect(await rejected.nth(0).locator('td').allInnerTexts()).toEqual(['4', 'Event', 'boost', expect.stringContaining("'boost' is not an activity type")]);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Nothing was imported' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Import the valid rows instead' }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.result-counts').getByRole('definition').allInnerTexts()).toEqual(['3', '1']);
    expect((await shared.host.call('activity.imports', {})).items.map((i) => [i.fileName, i.added])).toEqual([['platform events.csv', 3]]);

    // Transactions: the valid rows at once; "1,2" is not an amount without "decimal comma" chosen.
    await page.getByRole('link', { name: 'Import transactions' }).click();
    await page.locator('input[type="file"]').setInputFiles(transactionsCsv);
    await page.getByRole('heading', { name: 'Which column holds what' }).waitFor();
    expect(await page.getByLabel('Amount').inputValue()).toBe('Total');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.result-counts').waitFor();
    await page.getByLabel('Import the valid rows').check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.result-counts').getByRole('definition').allInnerTexts()).toEqual(['2', '1']);
    expect(await page.locator('.rejected-table tbody tr').first().locator('td').allInnerTexts()).toEqual(['3', 'Total', '1,2', expect.stringContaining("'1,2' is not an amount")]);

    // The lifecycle rules, and the stages they derive now.
    await page.getByRole('link', { name: 'See lifecycle stages' }).click();
    await page.getByRole('heading', { name: 'Members by derived stage' }).waitFor();
    const view = await shared.host.call('lifecycle.rules', {});
    expect(view.counts.derived.find((d) => d.stage === 'monetization')?.members).toBe(2);
    // RFM: two buyers in the default period.
    await page.getByRole('link', { name: 'RFM groups' }).click();
    await page.getByRole('heading', { name: 'RFM groups' }).first().waitFor();
    await page.getByText(/2 members with purchases/).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(layoutCases({ en: ['Community health', 'Next'], 'zh-CN': ['社区健康', '下一步'], ru: ['Здоровье сообщества', 'Далее'] }))('fits the window in %s at %i×%i: the lifecycle rules, RFM groups and the import steps', async (language, width, height, heading, next) => {
    const { page, problems } = await openAt(shared.browser, shared.host, '#/community/lifecycle', { width, height });
    await chooseLanguage(page, language, heading);
    await page.locator('.community-columns .data-table').first().waitFor();
    expect(await findOverflow(page)).toEqual([]);
    await screenshot(page, `community-lifecycle-${language}-${width}`);
    await page.goto(`${shared.host.origin}/#/community/rfm`);
    await page.locator('.rfm-rule').first().waitFor();
    expect(await findOverflow(page)).toEqual([]);
    await screenshot(page, `community-rfm-${language}-${width}`);
    await page.goto(`${shared.host.origin}/#/community/activity`);
    await page.locator('input[type="file"]').setInputFiles(activityCsv);
    await page.locator('.community-fields').waitFor();
    expect(await findOverflow(page)).toEqual([]);
    await screenshot(page, `community-mapping-${language}-${width}`);
    await page.getByRole('button', { name: next }).click();
    await page.locator('.rejected-table').waitFor();
    await page.evaluate("document.querySelectorAll('details.result-section').forEach((d) => { d.open = true; })");
    await page.locator('.data-table-box:has(.sample-table)').evaluate((box) => (box.style.display = 'none'));
    expect(await findOverflow(page)).toEqual([]);
    await page.locator('.data-table-box:has(.sample-table)').evaluate((box) => (box.style.display = ''));
    await screenshot(page, `community-check-${language}-${width}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
