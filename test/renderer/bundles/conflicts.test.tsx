import { describe, expect, it } from 'vitest';
import type { ApiClient } from '@renderer/api/client';
import { complete, publishSurvey } from '../support/collection-data';
import { renderCoreWindow, startCore, waitFor } from '../support/core-window';

/** The folder of the core's workspace: where it may write a bundle. */
const folderOf = async (api: ApiClient) => (await api.call('workspace.info', {})).path.replace(/[\\/][^\\/]*$/, '');

async function finished(api: ApiClient, jobId: string) {
  const state = await api.call('jobs.wait', { jobId, timeoutMs: 15_000 });
  if (state.state !== 'succeeded') throw new Error(`${state.kind} ${state.state}: ${state.error?.message}`);
}

/**
 * Device A collects one response (a fruit, a grid row); B imports A's bundle and corrects the grid,
 * A corrects the fruit; B meets A's bundle again: neither is an edit of the other, one conflict,
 * shown in the Bundles page.
 */
async function conflictInB() {
  const a = await startCore();
  const versionId = await publishSurvey(a, [
    { id: 'fruit', type: 'single', text: 'Which fruit do you prefer?', options: [{ code: 'ap', label: 'Apples' }, { code: 'ba', label: 'Bananas' }] },
    { id: 'grid', type: 'matrix', text: 'Rate the shop', rows: [{ id: 'price', label: 'Prices' }], options: [{ label: 'Poor' }, { label: 'Fair' }, { label: 'Good' }] },
  ]);
  const responseId = await complete(a, versionId, { fruit: 'ap', grid: { price: '3' } });
  const bundle = `${await folderOf(a)}/from-a.icwb`;
  await finished(a, (await a.call('bundles.export', { path: bundle })).jobId);
  const b = await startCore({ allowedDirs: null });
  await b.call('profile.set', { name: 'Analyst Ann' });
  await a.call('profile.set', { name: 'Field Fay' });
  await finished(b, (await b.call('bundles.import', { file: { path: bundle } })).jobId);
  await b.call('responses.update', { responseId, answers: [{ questionId: 'grid', value: { price: '1' } }], reason: 'Field note' });
  await a.call('responses.update', { responseId, answers: [{ questionId: 'fruit', value: 'ba' }], reason: 'The respondent said bananas' });
  const again = `${await folderOf(a)}/from-a-again.icwb`;
  await finished(a, (await a.call('bundles.export', { path: again })).jobId);
  await finished(b, (await b.call('bundles.import', { file: { path: again } })).jobId);
  return b;
}

const sideTexts = (article: Element) => [...article.querySelectorAll('.conflict-side')].map((side) => [...side.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));

describe('bundles: the conflict view', () => {
  it('shows each side’s answers under the question’s text, with option and row labels (codes beside)', async () => {
    const b = await conflictInB();
    const root = await renderCoreWindow('#/bundles', b);
    // Shown once with its labels: never codes first and labels a moment later.
    const article = await waitFor(() => root.querySelector('.conflict'));
    expect(sideTexts(article)).toEqual([
      ['Which fruit do you prefer? fruit Apples (ap)', 'Rate the shop grid Prices: Poor (1)'],
      ['Which fruit do you prefer? fruit Bananas (ba)', 'Rate the shop grid Prices: Good (3)'],
    ]);
  });
});
