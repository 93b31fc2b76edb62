import { afterEach, describe, expect, it, vi } from 'vitest';
import { complete, publishSurvey, single } from './support/collection-data';
import { renderCoreWindow, startCore, waitFor } from './support/core-window';
import { byText, click } from './support/render';

afterEach(() => vi.restoreAllMocks());

describe('the summary’s Export CSV', () => {
  it('exports the question on screen and offers the file as a download (browser host)', async () => {
    const links: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      links.push({ href: this.getAttribute('href')!, download: this.download });
    });
    const api = await startCore();
    const versionId = await publishSurvey(api, [single('q1'), single('q2')], { identification: 'optional' });
    for (const q1 of ['a', 'a', 'b']) await complete(api, versionId, { q1, q2: 'b' });
    const root = await renderCoreWindow('#/analysis/results', api);
    const summary = await waitFor(() => root.querySelector('.an-summary .an-options'), 20_000);
    expect(summary).toBeTruthy();

    await click(byText(root.querySelector('.an-summary')!, 'button', 'Export results as CSV'));
    const link = await waitFor(() => links[0], 20_000);
    const jobs = await api.call('jobs.list', {});
    const job = jobs.jobs.find((j) => j.kind === 'export.summary');
    expect(job?.state).toBe('succeeded');
    const result = job!.result as { downloadId: string; fileName: string; rows: number };
    expect(link).toEqual({ href: `/download/${result.downloadId}`, download: result.fileName });
    expect(result.fileName).toMatch(/^summary-q1-\d{4}-\d{2}-\d{2}\.csv$/);
    // Complete responses, A, B, answered.
    expect(result.rows).toBe(4);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  }, 60_000);
});
