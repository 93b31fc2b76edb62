import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench, screenshot } from './support/browser';
import { drawnChart, findOverlaps, pngSize } from './support/chart-page';
import { sharedHostAndBrowser } from './support/shared-host';
import { enterName, findOverflow } from './support/workbench-page';

const PULSE = 'Product experience pulse';

/**
 * The demo community: an analyst defines a segment of new members, then crosses how often members
 * use the product by that segment and a segment of loyal ones, and reads the significance letters.
 */
describe('analysis: segments and a crosstab with significance letters', () => {
  const shared = sharedHostAndBrowser('analysis', { host: (dir) => ({ args: ['--workspace', path.join(dir, 'community.sqlite'), '--demo'] }) });
  let pulseVersionId = '';

  beforeAll(async () => {
    const { versions } = await shared.host.call('collect.versions', { all: true });
    pulseVersionId = versions.find((v) => v.title === PULSE)!.surveyVersionId;
    // A second segment made through the API, as automation would.
    await shared.host.call('segments.save', { name: 'Loyal members', filter: { field: 'lifecycleStage', op: 'in', value: ['retention', 'monetization'] } });
  });

  /** A survey whose answers have long Russian and Chinese labels, with a few complete responses; its version id. */
  const longLabels = async () => {
    const ru = ['Совершенно не удовлетворён качеством обслуживания клиентов', 'Скорее удовлетворён, но с существенными оговорками', 'Полностью удовлетворён'];
    const zh = ['每天都会使用这个产品来处理工作中的各种任务', '偶尔使用', '从来没有使用过这个产品'];
    const { id } = await shared.host.call('surveys.create', { title: 'Длинные подписи 长标签' });
    const question = (qid: string, labels: string[]) => ({ id: qid, type: 'single' as const, text: qid, options: labels.map((label, i) => ({ code: `o${i}`, label })) });
    await shared.host.call('surveys.update', { id, definition: { language: 'ru', settings: { identification: 'optional' }, pages: [{ id: 'p1', questions: [question('ru', ru)] }, { id: 'p2', questions: [question('zh', zh)] }] } });
    const { versionId } = await shared.host.call('surveys.publish', { id, override: { reason: 'long labels' } });
    for (let i = 0; i < 9; i++) {
      const started = await shared.host.call('collect.start', { surveyVersionId: versionId, memberId: null });
      if (started.status !== 'started') throw new Error(started.status);
      await shared.host.call('collect.answer', { responseId: started.responseId, questionId: 'ru', value: `o${i % 3}`, ms: 1000 });
      await shared.host.call('collect.answer', { responseId: started.responseId, questionId: 'zh', value: `o${(i * 2) % 3}`, ms: 1000 });
      await shared.host.call('collect.complete', { responseId: started.responseId });
    }
    return versionId;
  };

  /** The chart in a card, drawn and in view, looked at: a screenshot, and nothing overlapping or overflowing. */
  const checkChart = async (page: Page, card: string, name: string) => {
    await drawnChart(page, card);
    await screenshot(page, name);
    expect(await findOverlaps(page), name).toEqual([]);
    expect(await findOverflow(page), name).toEqual([]);
  };

  const crosstab = async (page: Page, segmentNames: string[]) => {
    await page.getByLabel('Survey version').selectOption(pulseVersionId);
    await page.getByLabel('Question', { exact: true }).selectOption('usage');
    await page.getByLabel('Columns').selectOption('segments');
    for (const name of segmentNames) await page.getByRole('group', { name: 'Segments to compare' }).getByLabel(name).check();
    await page.getByRole('button', { name: 'Show crosstab' }).click();
    await page.locator('.an-crosstab-table tbody tr').first().waitFor();
  };

  it('defines a segment with its live size, then opens a crosstab with significance letters', async () => {
    const { page, problems } = await openWorkbench(shared.browser, shared.host.url);
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
    const acquisition = (await shared.host.call('members.count', { filter: { field: 'lifecycleStage', op: 'eq', value: 'acquisition' } })).total;
    expect(acquisition).toBeGreaterThan(100);
    await dialog.getByText(`${acquisition.toLocaleString('en')} of 2,000 members`).waitFor();
    await screenshot(page, 'analysis-segment-editor-en');
    await dialog.getByRole('button', { name: 'Save segment' }).click();
    await dialog.waitFor({ state: 'detached' });
    const saved = (await shared.host.call('segments.list', {})).segments.find((s) => s.name === 'New members')!;
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
    const api = await shared.host.call('analysis.crosstab', { surveyVersionId: pulseVersionId, questionId: 'usage', by: { kind: 'segments', segmentIds: [saved.id, saved.id - 1] } });
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

    // Switch to the chart: the column percentages of the table, saved as a PNG download.
    await page.getByRole('group', { name: 'Show the crosstab as' }).getByRole('button', { name: 'Chart' }).click();
    const view = await drawnChart(page, '.an-crosstab');
    const drawnTexts = await view.locator('.echart svg text').allTextContents();
    for (const name of ['New members', 'Loyal members']) expect(drawnTexts).toContain(name);
    const [png] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: 'Save as PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('crosstab-usage.png');
    const file = fs.readFileSync((await png.path())!);
    const drawn = (await view.locator('.echart').boundingBox())!;
    expect(pngSize(file)).toEqual({ width: Math.round(drawn.width), height: Math.round(drawn.height) });
    expect(file.length).toBeGreaterThan(5_000);
    await screenshot(page, 'analysis-crosstab-chart-en');
    expect(await findOverlaps(page)).toEqual([]);
    expect(await findOverflow(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  for (const { language, locale, heading, results, show, segments, chart } of [
    { language: 'zh-CN', locale: 'zh-CN', heading: '分析', results: '结果', show: '显示交叉表', segments: '要比较的细分', chart: '图表' },
    { language: 'ru', locale: 'ru-RU', heading: 'Анализ', results: 'Результаты', show: 'Построить таблицу', segments: 'Сегменты для сравнения', chart: 'Диаграмма' },
    { language: 'en', locale: 'en-US', heading: 'Analysis', results: 'Results', show: 'Show crosstab', segments: 'Segments to compare', chart: 'Chart' },
  ]) {
    it(`fits 1024×700 and 1280×800 in ${language}: segments, a summary's chart, a crosstab and its chart`, async () => {
      for (const [width, height] of [
        [1024, 700],
        [1280, 800],
      ] as const) {
        const { page, problems } = await openWorkbench(shared.browser, shared.host.url, { width, height, locale });
        await page.locator('.app-nav').waitFor();
        await page.goto(`${shared.host.origin}/#/analysis`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.locator('.an-segment-table tbody tr').nth(1).waitFor();
        await screenshot(page, `analysis-segments-${language}-${width}x${height}`);
        expect(await findOverflow(page), `segments at ${width}×${height}`).toEqual([]);

        await page.getByRole('link', { name: results }).click();
        await page.locator('.an-pick select').first().selectOption(pulseVersionId);
        await page.locator('.an-pick select').nth(1).selectOption('usage');
        await checkChart(page, '.an-summary', `analysis-summary-chart-${language}-${width}x${height}`);
        await page.locator('.an-crosstab-form select').first().selectOption('segments');
        for (const box of await page.getByRole('group', { name: segments }).locator('input[type="checkbox"]').all()) await box.check();
        await page.getByRole('button', { name: show }).click();
        await page.locator('.an-crosstab-table tbody tr').first().waitFor();
        await page.locator('.an-crosstab').scrollIntoViewIfNeeded();
        await screenshot(page, `analysis-crosstab-${language}-${width}x${height}`);
        expect(await findOverflow(page), `crosstab at ${width}×${height}`).toEqual([]);
        await page.locator('.an-crosstab .an-switch').first().getByRole('button', { name: chart, exact: true }).click();
        await checkChart(page, '.an-crosstab', `analysis-crosstab-chart-${language}-${width}x${height}`);
        expect(problems).toEqual([]);
        await page.context().close();
      }
    });
  }

  it("draws a number question's distribution with its frequency table, in each language at 1024×700 and 1280×800", async () => {
    await shared.host.call('profile.set', { name: 'Mei Chen' });
    const { versions } = await shared.host.call('collect.versions', { all: true });
    const conceptVersionId = versions.find((v) => v.title.startsWith('Concept test'))!.surveyVersionId;
    for (const [language, locale, range] of [['en', 'en-US', 'Range'], ['zh-CN', 'zh-CN', '区间'], ['ru', 'ru-RU', 'Интервал']] as const) {
      for (const [width, height] of [[1024, 700], [1280, 800]] as const) {
        const { page, problems } = await openWorkbench(shared.browser, shared.host.url, { width, height, locale });
        await page.locator('.app-nav').waitFor();
        await page.goto(`${shared.host.origin}/#/analysis/results`);
        await page.locator('.an-pick select').first().selectOption(conceptVersionId);
        await page.locator('.an-pick select').nth(1).selectOption('wtp');
        await page.locator('.an-summary-tables th', { hasText: range }).waitFor();
        await checkChart(page, '.an-summary', `analysis-number-${language}-${width}x${height}`);
        expect(problems).toEqual([]);
        await page.context().close();
      }
    }
  });

  it('fits long Russian and Chinese answer labels in the summary and crosstab charts at 1024×700', async () => {
    await shared.host.call('profile.set', { name: 'Mei Chen' });
    const versionId = await longLabels();
    for (const view of ['clustered', 'stacked'] as const) {
      const { page, problems } = await openWorkbench(shared.browser, shared.host.url, { width: 1024, height: 700 });
      await page.locator('.app-nav').waitFor();
      await page.goto(`${shared.host.origin}/#/analysis/results`);
      await page.getByLabel('Survey version').selectOption(versionId);
      await page.getByLabel('Question', { exact: true }).selectOption('ru');
      await checkChart(page, '.an-summary', `analysis-long-labels-summary-${view}`);
      await page.getByRole('button', { name: 'Show crosstab' }).click();
      await page.getByRole('group', { name: 'Show the crosstab as' }).getByRole('button', { name: 'Chart' }).click();
      if (view === 'stacked') await page.getByRole('group', { name: 'Bars' }).getByRole('button', { name: 'Stacked' }).click();
      await checkChart(page, '.an-crosstab', `analysis-long-labels-crosstab-${view}`);
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });
});
