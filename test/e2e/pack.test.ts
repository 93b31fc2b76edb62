import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { sharedHostAndBrowser } from './support/shared-host';
import type { WorkbenchHost } from './support/workbench-host';

/** Waits for a job and answers its result; fails on any other end. */
async function jobResult(host: WorkbenchHost, jobId: string) {
  const state = await host.call('jobs.wait', { jobId, timeoutMs: 60_000 });
  if (state.state !== 'succeeded') throw new Error(`${state.kind} ${state.state}: ${state.error?.message}`);
  return state.result as Record<string, unknown>;
}

async function downloadResponses(page: Page, to: string, count: number): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download responses (${count})` }).click();
  await (await download).saveAs(to);
  return to;
}

describe('the offline survey pack', () => {
  const shared = sharedHostAndBrowser('pack', { host: (dir) => ({ args: ['--workspace', path.join(dir, 'w.sqlite'), '--allow-dir', dir] }) });
  const dir = shared.dir;
  let versionId: string;

  beforeAll(async () => {
    const { id } = await shared.host.call('surveys.create', { title: 'Library visit' });
    await shared.host.call('surveys.update', {
      id,
      definition: {
        language: 'en',
        pages: [
          {
            id: 'p1',
            questions: [
              { id: 'visit', type: 'single', text: 'Why did you come today?', options: [{ code: 'books', label: 'Borrow books' }, { code: 'study', label: 'Study' }] },
              { id: 'wish', type: 'text', text: 'What should we add?' },
            ],
          },
        ],
      },
    });
    versionId = (await shared.host.call('surveys.publish', { id, override: { reason: 'pack test' } })).versionId;
  });

  it('runs with networking disabled; its download imports as a bundle, and a second download after more answers is an update', async () => {
    const started = await shared.host.call('packs.export', { surveyVersionId: versionId, path: path.join(dir, 'library-visit.html') });
    const pack = (await jobResult(shared.host, started.jobId)).path as string;
    const html = fs.readFileSync(pack, 'utf8');
    expect(html).toMatch(/http-equiv="Content-Security-Policy"[^>]*default-src 'none'/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);

    const context = await shared.browser.newContext();
    await context.setOffline(true);
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    const url = pathToFileURL(pack).href;
    await page.goto(url);
    await page.getByText('Why did you come today?').waitFor();
    await page.getByLabel('Study').check();
    await page.getByLabel('What should we add?').fill('Longer hours');
    await screenshot(page, 'pack-en');
    const first = await downloadResponses(page, path.join(dir, 'first.icwb'), 1);
    const firstImport = await jobResult(shared.host, (await shared.host.call('bundles.import', { file: { path: first } })).jobId);
    expect(firstImport).toMatchObject({ added: 1, updated: 0, conflicts: 0, rejected: 0 });

    // More answers from the same respondent, kept across a reload (the browser's storage), then downloaded again.
    await page.reload();
    await expect.poll(() => page.getByLabel('What should we add?').inputValue()).toBe('Longer hours');
    await page.getByLabel('What should we add?').fill('Longer hours and a quiet room');
    const second = await downloadResponses(page, path.join(dir, 'second.icwb'), 1);
    const secondImport = await jobResult(shared.host, (await shared.host.call('bundles.import', { file: { path: second } })).jobId);
    expect(secondImport).toMatchObject({ added: 0, updated: 1, conflicts: 0, rejected: 0 });
    // The first file again: an ancestor of what is here now, skipped.
    expect(await jobResult(shared.host, (await shared.host.call('bundles.import', { file: { path: first } })).jobId)).toMatchObject({ skipped: 1, conflicts: 0 });

    const { rows } = await shared.host.call('responses.list', { surveyVersionId: versionId });
    expect(rows).toHaveLength(1);
    const stored = await shared.host.call('responses.get', { responseId: rows[0]!.responseId });
    expect(stored.answers).toEqual([{ questionId: 'visit', value: 'study' }, { questionId: 'wish', value: 'Longer hours and a quiet room' }]);
    // Nothing but the file itself was ever requested.
    expect(requests.filter((r) => !r.startsWith('file:') && !r.startsWith('blob:') && !r.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
