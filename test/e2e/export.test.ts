import fs from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench, screenshot } from './support/browser';
import { sharedHostAndBrowser } from './support/shared-host';
import type { WorkbenchHost } from './support/workbench-host';
import { chooseLanguage, findOverflow, layoutCases, openAt } from './support/workbench-page';

const PULSE = 'Product experience pulse';

/** The pulse survey's published version, with its questions' option labels by question id. */
async function pulse(host: WorkbenchHost) {
  const { surveys } = await host.call('surveys.list', {});
  const survey = surveys.find((s) => s.title === PULSE)!;
  const [version] = (await host.call('surveys.versions', { id: survey.id })).versions;
  const { definition } = await host.call('collect.version', { surveyVersionId: version!.id });
  const labels = new Map(definition.pages.flatMap((p) => p.questions.flatMap((q) => (q.type === 'single' || q.type === 'likert' ? [[q.id, q.options.map((o) => o.label)] as const] : []))));
  return { id: version!.id, labels };
}

/** The page's overflow, leaving out the preview table, which scrolls sideways in its own box on purpose. */
async function overflowBesidePreview(page: Page): Promise<string[]> {
  const box = page.locator('.export-preview-scroll');
  const shown = (await box.count()) > 0;
  if (shown) await box.evaluate((el) => (el.style.display = 'none'));
  const overflow = await findOverflow(page);
  if (shown) await box.evaluate((el) => (el.style.display = ''));
  return overflow;
}

describe('export to CSV', () => {
  // Without --workspace the host creates the default workspace as the demo community.
  const shared = sharedHostAndBrowser('export', { userName: 'Mei Chen' });

  beforeAll(async () => {
    // A saved segment: the responses and members forms then offer the segment choice.
    await shared.host.call('segments.save', { name: 'Loyal members', filter: { field: 'lifecycleStage', op: 'in', value: ['retention', 'monetization'] } });
  });

  it('exports the wide responses of the pulse survey with labels from its Responses page, and the downloaded file holds them', async () => {
    const { page, problems } = await openWorkbench(shared.browser, shared.host.url);
    const version = await pulse(shared.host);
    await page.getByRole('link', { name: 'Responses', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Responses' }).waitFor();
    await page.goto(`${shared.host.origin}/#/responses/${version.id}`);
    await page.getByRole('link', { name: 'Export', exact: true }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Export to CSV' }).waitFor();
    await expect.poll(() => page.getByLabel('Survey version').inputValue()).toBe(version.id);
    expect(await page.getByLabel('Labels').isChecked()).toBe(true);
    expect(await page.getByLabel('Excel in this language').isChecked()).toBe(true);

    // The preview shows the first rows as they will be written.
    await page.locator('.export-preview-table tbody tr').first().waitFor();
    const previewHeader = await page.locator('.export-preview-table thead th').allInnerTexts();
    expect(previewHeader.slice(0, 3)).toEqual(['response_id', 'survey_version', 'status']);
    const previewFirst = await page.locator('.export-preview-table tbody tr').first().locator('td').first().innerText();
    await screenshot(page, 'export-en');

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('heading', { name: 'Export written' }).waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^responses-v\d+-wide-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync(await download.path(), 'utf8');
    // "Excel in this language" in English: a byte-order mark, comma, CRLF.
    expect(text.startsWith('\uFEFFresponse_id,survey_version,status,member_code,')).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual(previewHeader);
    const first = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]!]));
    expect(first.status).toBe('complete');
    expect(first.response_id).toBe(previewFirst);
    // Answers as labels: each single-choice cell is one of the question's labels (or a missing-value code).
    for (const [questionId, labels] of version.labels) {
      if (!(questionId in first)) continue;
      expect([...labels, '-98', '-99'], questionId).toContain(first[questionId]);
    }
    // Every complete response, once.
    const listed = await shared.host.call('responses.list', { surveyVersionId: version.id, status: ['complete'], limit: 500 });
    expect(rows).toHaveLength(listed.total);
    const exportedIds = new Set(rows.map((r) => r[0]));
    expect(exportedIds.size).toBe(rows.length);
    expect(listed.rows.every((r) => exportedIds.has(r.responseId))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(layoutCases({ en: ['Export to CSV'], 'zh-CN': ['导出为 CSV'], ru: ['Экспорт в CSV'] }))('fits the window in %s at %i×%i, with the settings open and after the export', async (language, width, height, heading) => {
    const version = await pulse(shared.host);
    const { page, problems } = await openAt(shared.browser, shared.host, `#/export/responses/${version.id}`, { width, height });
    await chooseLanguage(page, language, heading);
    await page.locator('.export-preview-table tbody tr').first().waitFor();
    await page.locator('.export-what select').last().selectOption({ label: 'Loyal members' });
    expect(await overflowBesidePreview(page)).toEqual([]);
    await screenshot(page, `export-${language}-${width}`);
    await page.locator('details.export-own summary').click();
    expect(await overflowBesidePreview(page)).toEqual([]);
    await screenshot(page, `export-settings-${language}-${width}`);
    await page.locator('.wizard-actions .button-primary').click();
    await page.locator('#export-result-title').waitFor({ timeout: 60_000 });
    expect(await findOverflow(page)).toEqual([]);
    await screenshot(page, `export-done-${language}-${width}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
