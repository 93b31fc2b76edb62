import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { drawnChart, findOverlaps, pngSize } from './support/chart-page';
import { sharedHostAndBrowser } from './support/shared-host';
import { chooseLanguage, findOverflow, layoutCases, openAt } from './support/workbench-page';

/** An ISO day `back` days before today (the dashboard's default period is the 90 days up to today). */
const daysAgo = (back: number) => new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);

describe('community health dashboard', () => {
  const shared = sharedHostAndBrowser('health', { host: (dir) => ({ args: ['--workspace', path.join(dir, 'health.sqlite'), '--allow-dir', dir] }), userName: 'Mei Chen' });
  let china: number;

  const importFile = async (kind: 'activity' | 'transactions', name: string, rows: string[]) => {
    const file = path.join(shared.dir, name);
    fs.writeFileSync(file, rows.join('\n'));
    const member = { column: 'Member', by: 'code' as const };
    const { jobId } =
      kind === 'activity'
        ? await shared.host.call('activity.import', { file: { path: file }, mapping: { member, at: { column: 'Time' }, type: { column: 'Type' }, sessionMinutes: { column: 'Minutes' } } })
        : await shared.host.call('transactions.import', { file: { path: file }, mapping: { member, at: { column: 'Date' }, amount: { column: 'Total' }, currency: { column: 'Currency' } } });
    expect(await shared.host.call('jobs.wait', { jobId, timeoutMs: 60_000 })).toMatchObject({ state: 'succeeded', result: { committed: true, rejected: 0 } });
  };

  it('shows a way in on an empty workspace, then the figures of imported activity and transactions, filtered by a segment, and saves a chart as PNG', async () => {
    const { page, problems } = await openAt(shared.browser, shared.host, '#/community/dashboard');
    await page.getByRole('heading', { name: 'Nothing to show yet' }).waitFor();
    expect(await page.locator('.echart').count()).toBe(0);

    // Six members who joined in the last 90 days, two of them in China (the segment), and one without a join date (no stage).
    const people = [
      ['CN', 80],
      ['CN', 40],
      ['DE', 70],
      ['DE', 35],
      ['DE', 20],
      ['DE', 10],
    ] as const;
    const codes: string[] = [];
    for (const [country, joined] of people) codes.push((await shared.host.call('members.create', { country, joinedAt: daysAgo(joined) })).code);
    await shared.host.call('members.create', { country: 'DE' });
    china = (await shared.host.call('segments.save', { name: 'China', filter: { field: 'country', op: 'eq', value: 'CN' } })).id;
    const [a, b, c, d, e] = codes as [string, string, string, string, string];
    await importFile('activity', 'platform events.csv', [
      'Member,Time,Type,Minutes',
      `${a},${daysAgo(79)}T09:00:00Z,post,12`,
      `${a},${daysAgo(30)}T09:00:00Z,like,3`,
      `${b},${daysAgo(39)}T10:00:00Z,comment,8`,
      `${c},${daysAgo(60)}T11:00:00Z,like,`,
      `${c},${daysAgo(50)}T11:00:00Z,like,`,
      `${d},${daysAgo(34)}T12:00:00Z,report,2`,
      `${e},${daysAgo(19)}T08:00:00Z,post,20`,
    ]);
    await importFile('transactions', 'shop orders.csv', ['Member,Date,Total,Currency', `${a},${daysAgo(25)},49.90,EUR`, `${c},${daysAgo(5)},12.50,EUR`]);

    await page.reload();
    await page.getByRole('heading', { name: 'Members by lifecycle stage' }).waitFor();
    const scope = page.locator('.health-scope');
    await expect.poll(() => scope.innerText()).toContain('the whole panel: 7 members');
    const kpi = (name: string) => page.locator(`[data-kpi="${name}"] .health-kpi-value`);
    const panel = await shared.host.call('analysis.health', {});
    // Contributors a, b, e (post or comment) of the 5 members active on the platform: 60 %.
    expect(panel.contributorShare).toBe(3 / 5);
    expect(await kpi('contributorShare').innerText()).toBe('60%');
    await expect.poll(() => page.locator('.health-card').count()).toBe(4);
    expect(panel.funnel.at(-1)).toEqual({ stage: null, count: 1 });
    await expect.poll(() => page.locator('#health-funnel + .chart-view svg text').allTextContents()).toContain('No stage');

    // The segment: a and b only; both contributed.
    await page.getByLabel('Members', { exact: true }).selectOption({ label: 'China' });
    await expect.poll(() => scope.innerText()).toContain('China: 2 members');
    expect((await shared.host.call('analysis.health', { segmentId: china })).contributorShare).toBe(1);
    await expect.poll(() => kpi('contributorShare').innerText()).toBe('100%');
    // a's one like against a's post and b's comment.
    expect(await kpi('postsAndCommentsToLikes').innerText()).toBe('2');

    // Save the funnel as PNG: a download at the size drawn on screen.
    const view = await drawnChart(page, '.health-card:has(#health-funnel)');
    const [png] = await Promise.all([page.waitForEvent('download'), view.locator('.chart-actions button').first().click()]);
    expect(png.suggestedFilename()).toBe('health-lifecycle-funnel.png');
    const drawn = await view.locator('.echart').boundingBox();
    expect(pngSize(fs.readFileSync((await png.path())!))).toEqual({ width: Math.round(drawn!.width), height: Math.round(drawn!.height) });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);

  it.each(layoutCases({ en: ['Community health'], 'zh-CN': ['社区健康'], ru: ['Здоровье сообщества'] }))('fits the window in %s at %i×%i, charts without overlaps', async (language, width, height, heading) => {
    const { page, problems } = await openAt(shared.browser, shared.host, '#/community/dashboard', { width, height });
    await chooseLanguage(page, language, heading);
    await page.locator('.health-card .echart svg text').first().waitFor();
    await page.waitForTimeout(600); // the charts' entry animation
    expect(await findOverflow(page)).toEqual([]);
    expect(await findOverlaps(page)).toEqual([]);
    await screenshot(page, `health-${language}-${width}-top`);
    await page.locator('.health-grid').scrollIntoViewIfNeeded();
    await page.locator('.health-card').last().scrollIntoViewIfNeeded();
    await page.waitForTimeout(600);
    await screenshot(page, `health-${language}-${width}-charts`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
