import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWorkbench, screenshot } from './support/browser';
import { startHost, type WorkbenchHost } from './support/workbench-host';
import { findOverflow } from './support/workbench-page';

/**
 * The same response of the demo's first published version corrected on A and on B, each to its own
 * number (an NPS answer): neither is an edit of the other. A's new content hash.
 */
async function correctOnBoth(a: WorkbenchHost, b: WorkbenchHost, reason: string) {
  const { versions } = await a.call('collect.versions', { all: true });
  const { rows } = await a.call('responses.list', { surveyVersionId: versions[0]!.surveyVersionId, status: ['complete'], limit: 1 });
  const responseId = rows[0]!.responseId;
  const [mine, theirs] = await Promise.all([b.call('responses.get', { responseId }), a.call('responses.get', { responseId })]);
  const number = (answers: typeof mine.answers) => answers.find((x) => typeof x.value === 'number')!;
  const questionId = number(theirs.answers).questionId;
  const other = (now: unknown, choices: number[]) => choices.find((n) => n !== now)!;
  await b.call('responses.update', { responseId, answers: [{ questionId, value: other(number(mine.answers).value, [9, 8]) }], reason: `${reason} on B` });
  const corrected = await a.call('responses.update', { responseId, answers: [{ questionId, value: other(number(theirs.answers).value, [7, 6]) }], reason: `${reason} on A` });
  return { responseId, theirHash: corrected.contentHash };
}

async function openBundles(page: Page, heading = 'Bundles', nav = 'Bundles') {
  await page.locator('.app-nav').waitFor();
  await page.getByRole('link', { name: nav, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Imports a bundle file through the page; the counts of the report (added, updated, skipped, conflicts, rejected). */
async function importThroughPage(page: Page, file: string): Promise<string[]> {
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByText(path.basename(file)).waitFor();
  await page.getByRole('button', { name: 'Import bundle' }).click();
  await page.getByRole('heading', { name: 'Bundle imported' }).waitFor({ timeout: 60_000 });
  return page.locator('.result-counts').getByRole('definition').allInnerTexts();
}

describe('bundles: from one workspace to another through the page', () => {
  let a: WorkbenchHost;
  let b: WorkbenchHost;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icw-e2e-bundles-'));
    [a, b] = await Promise.all([
      startHost({ args: ['--workspace', path.join(dir, 'a.sqlite'), '--demo', '--allow-dir', dir] }),
      startHost({ args: ['--workspace', path.join(dir, 'b.sqlite'), '--allow-dir', dir] }),
    ]);
    for (const host of [a, b]) await host.call('profile.set', { name: 'Mei Chen' });
    browser = await launchBrowser();
  }, 200_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([a?.stop(), b?.stop()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exports a bundle from A, imports it into B (twice: nothing added the second time), then resolves a conflict', async () => {
    const onA = await openWorkbench(browser, a.url);
    await openBundles(onA.page);
    const download = onA.page.waitForEvent('download');
    await onA.page.getByRole('button', { name: 'Export bundle' }).click();
    const file = path.join(dir, 'from-a.icwb');
    await (await download).saveAs(file);
    await onA.page.getByText(/^Exported [\d,]+ responses/).waitFor();
    const exported = Number(/^Exported ([\d,]+) responses/.exec(await onA.page.getByText(/^Exported/).innerText())![1]!.replace(/,/g, ''));
    expect(exported).toBeGreaterThan(100);
    await screenshot(onA.page, 'bundles-export-en');
    expect(await findOverflow(onA.page)).toEqual([]);

    const onB = await openWorkbench(browser, b.url);
    await openBundles(onB.page);
    expect(await importThroughPage(onB.page, file)).toEqual([exported.toLocaleString('en-US'), '0', '0', '0', '0']);
    await screenshot(onB.page, 'bundles-import-en');
    expect(await findOverflow(onB.page)).toEqual([]);
    await onB.page.getByRole('button', { name: 'Import another file' }).click();
    expect(await importThroughPage(onB.page, file)).toEqual(['0', '0', exported.toLocaleString('en-US'), '0', '0']);

    // The same response corrected differently on each side, then A's change arrives in B.
    const corrected = await correctOnBoth(a, b, 'Cleaning');
    const again = await a.call('bundles.export', { path: path.join(dir, 'again.icwb') });
    expect((await a.call('jobs.wait', { jobId: again.jobId, timeoutMs: 60_000 })).state).toBe('succeeded');
    await onB.page.getByRole('button', { name: 'Import another file' }).click();
    // A new destination (a folder, not the download): everything, the one changed response in conflict.
    expect(await importThroughPage(onB.page, path.join(dir, 'again.icwb'))).toEqual(['0', '0', (exported - 1).toLocaleString('en-US'), '1', '0']);
    const conflict = onB.page.getByRole('article');
    await conflict.getByText('Here (mine)').waitFor();
    await screenshot(onB.page, 'bundles-conflict-en');
    expect(await findOverflow(onB.page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Keep theirs' }).click();
    await onB.page.getByText('Conflict resolved.').waitFor();
    await onB.page.getByText('No conflicts.', { exact: false }).waitFor();
    expect((await b.call('responses.get', { responseId: corrected.responseId })).contentHash).toBe(corrected.theirHash);
    expect([...onA.problems, ...onB.problems]).toEqual([]);
    await onA.page.context().close();
    await onB.page.context().close();
  }, 180_000);

  it.each([
    ['zh-CN', 1024, 700, '数据包'],
    ['ru', 1024, 700, 'Пакеты'],
    ['en', 1024, 700, 'Bundles'],
    ['zh-CN', 1280, 800, '数据包'],
    ['ru', 1280, 800, 'Пакеты'],
  ])('fits the window in %s at %i×%i, with a conflict waiting', async (language, width, height, heading) => {
    // A conflict for the page to show.
    await correctOnBoth(a, b, `Check ${language} ${width}`);
    const target = path.join(dir, `conflict-${language}-${width}.icwb`);
    const { jobId } = await a.call('bundles.export', { path: target });
    await a.call('jobs.wait', { jobId, timeoutMs: 60_000 });
    const imported = await b.call('bundles.import', { file: { path: target } });
    await b.call('jobs.wait', { jobId: imported.jobId, timeoutMs: 60_000 });

    const { page, problems } = await openWorkbench(browser, b.url, { width, height, locale: language });
    await openBundles(page, heading, heading);
    await page.getByRole('article').first().waitFor();
    await screenshot(page, `bundles-${language}-${width}`);
    expect(await findOverflow(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});
