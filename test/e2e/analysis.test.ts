import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWorkbench, screenshot } from './support/browser';
import { startHost, type WorkbenchHost } from './support/workbench-host';
import { enterName, findOverflow } from './support/workbench-page';

const PULSE = 'Product experience pulse';

/**
 * The demo community: an analyst defines a segment of new members, then crosses how often members
 * use the product by that segment and a segment of loyal ones, and reads the significance letters.
 */
describe('analysis: segments and a crosstab with significance letters', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'icw-e2e-analysis-'));
  let host: WorkbenchHost;
  let browser: Browser;
  let pulseVersionId = '';

  beforeAll(async () => {
    host = await startHost({ args: ['--workspace', path.join(root, 'community.sqlite'), '--demo'] });
    const { versions } = await host.call('collect.versions', { all: true });
    pulseVersionId = versions.find((v) => v.title === PULSE)!.surveyVersionId;
    // A second segment made through the API, as automation would.
    await host.call('segments.save', { name: 'Loyal members', filter: { field: 'lifecycleStage', op: 'in', value: ['retention', 'monetization'] } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const crosstab = async (page: Page, segmentNames: string[]) => {
    await page.getByLabel('Survey version').selectOption(pulseVersionId);
    await page.getByLabel('Question', { exact: true }).selectOption('usage');
    await page.getByLabel('Columns').selectOption('segments');
    for (const name of segmentNames) await page.getByRole('group', { name: 'Segments to compare' }).getByLabel(name).check();
    await page.getByRole('button', { name: 'Show crosstab' }).click();
    await page.locator('.an-crosstab-table tbody tr').first().waitFor();
  };

  it('defines a segment with its live size, then opens a crosstab with significance letters', async () => {
    const { page, problems } = await openWorkbench(browser, host.url);
    await enterName(page, 'Mei Chen');
    await page.locator('.app-nav').getByRole('link', { name: 'Analysis', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Analysis' }).waitFor();
    await page.getByRole('cell', { name: 'Loyal members' }).waitFor();

    await page.getByRole('button', { name: 'New segment' }).click();
    const dialog = page.getByRole('dialog', { name: 'New segment' });
    await dialog.getByLabel('Name', { exact: true }).fill('New members');
    await dialog.getByRole('button', { name: 'Add condition' }).click();
    await dialog.getByLabel('Field', { exact: true }).selectOption('lifecycleStage');
    await dialog.getByRole('group', { name: 'Values' }).getByLabel('Acquisition').check();
    const acquisition = (await host.call('members.count', { filter: { field: 'lifecycleStage', op: 'eq', value: 'acquisition' } })).total;
    expect(acquisition).toBeGreaterThan(100);
    await dialog.getByText(`${acquisition.toLocaleString('en')} of 2,000 members`).waitFor();
    await screenshot(page, 'analysis-segment-editor-en');
    await dialog.getByRole('button', { name: 'Save segment' }).click();
    await dialog.waitFor({ state: 'detached' });
    const saved = (await host.call('segments.list', {})).segments.find((s) => s.name === 'New members')!;
    expect(saved).toMatchObject({ size: acquisition, filter: { and: [{ field: 'lifecycleStage', op: 'in', value: ['acquisition'] }] } });

    // Side by side.
    await page.getByLabel('Compare New members').check();
    await page.getByLabel('Compare Loyal members').check();
    await page.getByRole('table', { name: 'The chosen segments side by side' }).waitFor();
    await screenshot(page, 'analysis-segments-en');
    expect(await findOverflow(page)).toEqual([]);

    await page.getByRole('link', { name: 'Results' }).click();
    await crosstab(page, ['New members', 'Loyal members']);
    // New members use it more rarely, loyal ones daily: letters in both directions, and the test.
    const letters = await page.locator('.an-crosstab-table .an-letters').allInnerTexts();
    expect(letters.join('')).toMatch(/[AB]/);
    await page.getByText(/^Chi-square: χ² = [\d.,]+, df = 3, p [<=] /).waitFor();
    await page.getByText(/^Letters mark a column significantly higher/).waitFor();
    const api = await host.call('analysis.crosstab', { surveyVersionId: pulseVersionId, questionId: 'usage', by: { kind: 'segments', segmentIds: [saved.id, saved.id - 1] } });
    if (api.measure !== 'counts') throw new Error('expected counts');
    const firstCell = await page.locator('.an-crosstab-table tbody tr').first().locator('td').first().innerText();
    expect(firstCell).toContain(`${api.counts[0]![0]}`);
    await screenshot(page, 'analysis-crosstab-en');
    expect(await findOverflow(page)).toEqual([]);

    // The table on screen as CSV: a download in the browser host, the same figures and letters.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^crosstab-usage-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...lines] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(header!.slice(0, 4)).toEqual(['Answer', `${api.columns[0]!.label} (A) n`, `${api.columns[0]!.label} (A) %`, `${api.columns[0]!.label} (A) sig.`]);
    expect(lines.slice(0, api.rows.length).map((l) => [l[1], l[3], l[4], l[6]])).toEqual(api.counts.map((row, r) => [String(row[0]), api.letters[r]![0], String(row[1]), api.letters[r]![1]]));
    expect(lines.find((l) => l[0] === 'Chi-square' && l[1] === 'df')?.[2]).toBe('3');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  for (const { language, locale, heading, results, show, segments } of [
    { language: 'zh-CN', locale: 'zh-CN', heading: '分析', results: '结果', show: '显示交叉表', segments: '要比较的细分' },
    { language: 'ru', locale: 'ru-RU', heading: 'Анализ', results: 'Результаты', show: 'Построить таблицу', segments: 'Сегменты для сравнения' },
    { language: 'en', locale: 'en-US', heading: 'Analysis', results: 'Results', show: 'Show crosstab', segments: 'Segments to compare' },
  ]) {
    it(`fits 1024×700 and 1280×800 in ${language}: segments and a crosstab`, async () => {
      for (const [width, height] of [
        [1024, 700],
        [1280, 800],
      ] as const) {
        const { page, problems } = await openWorkbench(browser, host.url, { width, height, locale });
        await page.locator('.app-nav').waitFor();
        await page.goto(`${host.origin}/#/analysis`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.locator('.an-segment-table tbody tr').nth(1).waitFor();
        await screenshot(page, `analysis-segments-${language}-${width}x${height}`);
        expect(await findOverflow(page), `segments at ${width}×${height}`).toEqual([]);

        await page.getByRole('link', { name: results }).click();
        await page.locator('.an-pick select').first().selectOption(pulseVersionId);
        await page.locator('.an-pick select').nth(1).selectOption('usage');
        await page.locator('.an-crosstab-form select').first().selectOption('segments');
        for (const box of await page.getByRole('group', { name: segments }).locator('input[type="checkbox"]').all()) await box.check();
        await page.getByRole('button', { name: show }).click();
        await page.locator('.an-crosstab-table tbody tr').first().waitFor();
        await page.locator('.an-crosstab').scrollIntoViewIfNeeded();
        await screenshot(page, `analysis-crosstab-${language}-${width}x${height}`);
        expect(await findOverflow(page), `crosstab at ${width}×${height}`).toEqual([]);
        expect(problems).toEqual([]);
        await page.context().close();
      }
    });
  }
});
