import { describe, expect, it } from 'vitest';
import { openWorkbench, screenshot } from './support/browser';
import { sharedHostAndBrowser } from './support/shared-host';
import { countOnCard, enterName, findOverflow } from './support/workbench-page';

describe('overview of the demo community', () => {
  // Without --workspace the host creates the default workspace as the demo community; no name yet: the first test gives it.
  const shared = sharedHostAndBrowser('overview');

  it('asks for the user’s name first, then shows the demo counts', async () => {
    const { page, problems } = await openWorkbench(shared.browser, shared.host.url);
    const welcome = page.getByRole('dialog', { name: 'Welcome' });
    await welcome.waitFor();
    // The name cannot be skipped: Escape keeps the dialog, an empty name is refused.
    await page.keyboard.press('Escape');
    await welcome.getByRole('button', { name: 'Continue' }).click();
    await welcome.getByText('Enter your name to continue.').waitFor();
    expect(await welcome.isVisible()).toBe(true);
    await enterName(page, 'Mei Chen');
    expect(await shared.host.call('profile.get', {})).toEqual({ name: 'Mei Chen' });
    await page.getByRole('button', { name: /Mei Chen/ }).waitFor();

    // The token has left the address bar; the page is at its route.
    expect(new URL(page.url()).hash).toBe('#/overview');

    const info = await shared.host.call('workspace.info', {});
    expect(info.counts.members).toBeGreaterThan(0);
    expect(info.counts.surveys).toBeGreaterThan(0);
    expect(info.counts.responses).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    expect(await countOnCard(page, 'Members')).toBe(info.counts.members);
    expect(await countOnCard(page, 'Surveys')).toBe(info.counts.surveys);
    expect(await countOnCard(page, 'Responses')).toBe(info.counts.responses);
    // Numbers are grouped per locale, e.g. 2,000.
    expect(await page.getByRole('group', { name: 'Members', exact: true }).innerText()).toContain(info.counts.members.toLocaleString('en'));

    // The lifecycle chart is drawn (SVG) with the stages in order.
    const chart = page.getByRole('img', { name: 'Member lifecycle' });
    await chart.locator('svg').waitFor();
    const chartText = await chart.locator('svg').textContent();
    for (const stage of ['Acquisition', 'Activation', 'Retention', 'Monetization']) expect(chartText).toContain(stage);
    await page.getByText(info.name, { exact: true }).first().waitFor();

    await page.waitForTimeout(500); // the chart's entry animation
    await screenshot(page, 'overview-en');
    expect(await findOverflow(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('switches to Simplified Chinese, and stays in it after a reload', async () => {
    const { page, problems } = await openWorkbench(shared.browser, shared.host.url);
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.getByLabel('Language').selectOption('zh-CN');

    await page.getByRole('heading', { name: '概览', level: 1 }).waitFor();
    expect(await page.getByRole('navigation').getByRole('link').first().innerText()).toBe('概览');
    expect(await page.locator('.app-name').innerText()).toBe('洞察社区工作台');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.title()).toBe('洞察社区工作台');

    await page.reload();
    await page.getByRole('heading', { name: '概览', level: 1 }).waitFor();
    expect(await page.getByRole('group', { name: '成员', exact: true }).isVisible()).toBe(true);
    await page.getByRole('img', { name: '成员生命周期' }).locator('svg').waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, 'overview-zh-CN');
    expect(await findOverflow(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['ru', 'Обзор'],
    ['zh-CN', '概览'],
  ])('fits the small window (1024×700) in %s', async (language, heading) => {
    const { page, problems } = await openWorkbench(shared.browser, shared.host.url, { width: 1024, height: 700 });
    await page.getByLabel('Language').selectOption(language);
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    await page.locator('.echart svg').waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, `overview-${language}-1024`);
    expect(await findOverflow(page)).toEqual([]);

    // The File menu and its Recent submenu, opened from the keyboard.
    await page.locator('.app-header .header-button[aria-haspopup="menu"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('menu').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('menu').nth(1).getByRole('menuitem').first().waitFor();
    await screenshot(page, `file-menu-${language}-1024`);
    expect(await findOverflow(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows members with no lifecycle stage as “No stage”, so the funnel accounts for every member, in every language', async () => {
    await shared.host.call('profile.set', { name: 'Mei Chen' });
    // Members added by hand (or imported) without a stage.
    await shared.host.call('members.create', { name: 'Lin Yue' });
    await shared.host.call('members.create', { name: 'Ольга Петрова' });
    const info = await shared.host.call('workspace.info', {});
    const staged = info.lifecycle.reduce((sum, row) => sum + row.members, 0);
    expect(info.counts.members - staged).toBe(2);
    for (const [language, heading, noStage] of [
      ['en', 'Overview', 'No stage'],
      ['zh-CN', '概览', '无阶段'],
      ['ru', 'Обзор', 'Без этапа'],
    ] as const) {
      for (const [width, height] of [[1280, 800], [1024, 700]] as const) {
        const { page, problems } = await openWorkbench(shared.browser, shared.host.url, { width, height });
        await page.getByLabel('Language').selectOption(language);
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        const svg = page.locator('.lifecycle-card .echart svg');
        await svg.waitFor();
        await page.waitForTimeout(500); // the chart's entry animation
        expect(await svg.textContent()).toContain(noStage);
        // The chart's table: the top of the funnel plus “No stage” is every member on the card.
        const reached = await page.locator('.lifecycle-card table tbody tr').evaluateAll((rows) =>
          rows.map((row) => [row.querySelector('th')!.textContent, Number(row.querySelector('td')!.textContent!.replace(/\D/g, ''))] as const),
        );
        expect(reached.at(-1)).toEqual([noStage, 2]);
        expect(reached[0]![1] + reached.at(-1)![1]).toBe(info.counts.members);
        await screenshot(page, `overview-no-stage-${language}-${width}`);
        expect(await findOverflow(page)).toEqual([]);
        expect(problems).toEqual([]);
        await page.context().close();
      }
    }
  });
});
