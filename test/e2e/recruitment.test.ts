import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWorkbench, screenshot, type PageOptions } from './support/browser';
import { sharedHostAndBrowser } from './support/shared-host';
import { findOverflow } from './support/workbench-page';

const two = (x: number, locale = 'en') => x.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const countOf = (text: string) => Number(text.replace(/\D/g, ''));

/** The country of each shortlisted row, as the table shows it. */
const shortlistCountries = (page: Page) => page.locator('.rc-shortlist-table tbody td.rc-col-country').allInnerTexts();

// Runs in the page; a string because this project's Node typings have no DOM.
/** Table headers whose text is wider than their cell (it runs into the next one: the tables have fixed column widths). */
const HEADERS_TOO_WIDE = `(() => {
  const wide = [];
  for (const th of document.querySelectorAll('.rc-table th')) {
    if (th.getClientRects().length === 0) continue;
    const text = document.createRange();
    text.selectNodeContents(th);
    const style = getComputedStyle(th);
    const room = th.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (text.getBoundingClientRect().width > room + 0.5) wide.push(th.textContent.trim());
  }
  return wide;
})()`;

/** Country quota of 3, list of 20, then "Build shortlist" (English labels). */
async function buildShortlist(page: Page) {
  await page.getByRole('link', { name: 'Seed shortlist' }).click();
  await page.getByLabel('Shortlist size').fill('20');
  await page.getByRole('button', { name: 'Add quota' }).click();
  const quota = page.getByRole('group', { name: 'Quota 1' });
  await quota.getByLabel('Segment field').selectOption('country');
  await quota.getByLabel('Most members per value').fill('3');
  await page.getByRole('button', { name: 'Build shortlist' }).click();
  await page.locator('.rc-shortlist-table tbody tr').nth(19).waitFor();
}

describe('recruitment in the demo community', () => {
  // Without --workspace the host creates the default workspace as the demo community.
  const shared = sharedHostAndBrowser('recruitment', { userName: 'Mei Chen' });

  const open = async (options: PageOptions = {}) => {
    const opened = await openWorkbench(shared.browser, shared.host.url, options);
    await opened.page.locator('.app-nav').getByRole('link', { name: /^(Recruitment|招募|Набор)$/ }).click();
    return opened;
  };

  it('shows the openness distribution with its P25/P75 thresholds, the method, the bands and Cronbach’s alpha', async () => {
    const panel = await shared.host.call('recruitment.openness', {});
    expect(panel.thresholds).not.toBeNull();
    expect(panel.reliability).not.toBeNull();
    const { page, problems } = await open();
    await page.getByRole('heading', { name: 'Recruitment', level: 1 }).waitFor();

    const chart = page.getByRole('img', { name: /Histogram of the openness scores/ });
    await chart.locator('svg').waitFor();
    const chartText = await chart.locator('svg').textContent();
    expect(chartText).toContain(`P25 ${two(panel.thresholds!.p25)}`);
    expect(chartText).toContain(`P75 ${two(panel.thresholds!.p75)}`);

    const thresholds = page.getByRole('group', { name: 'Band thresholds' });
    expect(await thresholds.innerText()).toContain(`P25 = ${two(panel.thresholds!.p25)}, P75 = ${two(panel.thresholds!.p75)}`);
    expect(await thresholds.innerText()).toContain('Excel PERCENTILE.INC, R type 7');

    const alpha = page.getByRole('group', { name: 'Cronbach’s alpha' });
    expect(await alpha.locator('.rc-alpha-value').innerText()).toBe(two(panel.reliability!.alpha));
    expect(await alpha.innerText()).toContain(`n = ${panel.reliability!.n.toLocaleString('en')}`);

    for (const [band, name] of [['low', 'Low'], ['mid', 'Mid'], ['high', 'High']] as const) {
      const tile = page.getByRole('group', { name, exact: true });
      expect(countOf(await tile.locator('.rc-band-count').innerText())).toBe(panel.bands![band]);
    }
    expect(await page.locator('.rc-stats').first().innerText()).toContain(panel.population.scored.toLocaleString('en'));

    // The screener: ten items, 2, 4 and 6 reverse-keyed, English validated.
    const items = page.locator('.rc-item');
    await items.nth(9).waitFor();
    expect(await items.count()).toBe(10);
    const reversed = await items.filter({ hasText: 'reverse-keyed' }).locator('.rc-item-number').allInnerTexts();
    expect(reversed).toEqual(['O2', 'O4', 'O6']);
    await page.getByText('Published original.').waitFor();

    await page.waitForTimeout(500); // the chart's entry animation
    await screenshot(page, 'recruitment-openness-en');
    expect(await findOverflow(page)).toEqual([]);

    // A filter: only Chinese members; the bands still use the panel's thresholds.
    await page.getByLabel('Only members matching a filter').check();
    const condition = page.getByRole('group', { name: 'Condition 1' });
    await condition.getByLabel('Field').selectOption('country');
    await condition.getByLabel('Value').fill('cn');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    const china = await shared.host.call('recruitment.openness', { filter: { and: [{ field: 'country', op: 'eq', value: 'CN' }] } });
    await page.getByText('Country is CN').waitFor();
    await page.getByText(`Openness scores (1–5) of ${china.population.scored.toLocaleString('en')} scored members`).waitFor();
    expect(countOf(await page.getByRole('group', { name: 'High', exact: true }).locator('.rc-band-count').innerText())).toBe(china.bands!.high);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('builds a seed shortlist with a country quota and marks it as seed users', async () => {
    const { page, problems } = await open();
    await buildShortlist(page);

    // On screen: 20 members, no country more than 3 times.
    const countries = await shortlistCountries(page);
    expect(countries).toHaveLength(20);
    const perCountry = new Map<string, number>();
    for (const c of countries) perCountry.set(c, (perCountry.get(c) ?? 0) + 1);
    expect(Math.max(...perCountry.values())).toBeLessThanOrEqual(3);

    // The same through the API, and the screen shows exactly its ranking.
    const api = await shared.host.call('recruitment.seedCandidates', { limit: 20, quotas: [{ field: 'country', max: 3 }] });
    expect(api.candidates).toHaveLength(20);
    const apiCounts = new Map<string | null, number>();
    for (const c of api.candidates) apiCounts.set(c.country, (apiCounts.get(c.country) ?? 0) + 1);
    expect(Math.max(...apiCounts.values())).toBeLessThanOrEqual(3);
    expect(await page.locator('.rc-shortlist-table tbody .rc-code').allInnerTexts()).toEqual(api.candidates.map((c) => c.code));
    // Why: the quota bound, and how many were passed over.
    const report = page.getByRole('list', { name: 'Quotas' });
    expect(api.quotas[0]!.bound).toBe(true);
    expect(await report.innerText()).toContain(`At most 3 per Country: bound; candidates passed over: ${api.quotas[0]!.skipped}.`);
    expect(await page.getByText('Not contactable (no consent or do-not-contact)').locator('..').innerText()).toContain(api.stats.notContactable.toLocaleString('en'));
    await page.getByText('20 of 20 selected').waitFor();
    await page.locator('.rc-results').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'recruitment-shortlist-en');
    expect(await findOverflow(page)).toEqual([]);

    // Mark them as seed users: the tag gets exactly these 20 members.
    await page.getByRole('button', { name: 'Mark as seed users…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark as seed users' });
    expect(await dialog.getByLabel('Tag').inputValue()).toBe('seed user');
    await dialog.getByLabel('Reason (optional)').fill('Spring concept test');
    await dialog.getByRole('button', { name: 'Mark', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Marked as “seed user”: 20. The tag was created.').waitFor();
    const { tags } = await shared.host.call('tags.list', {});
    expect(tags.find((t) => t.name === 'seed user')?.members).toBe(20);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('creates and starts a campaign with a rule and a quota, invites, fills and shows the fill bars', async () => {
    const { page, problems } = await open();
    await page.getByRole('link', { name: 'Campaigns' }).click();
    await page.getByRole('button', { name: 'New campaign…' }).click();
    const editor = page.getByRole('dialog', { name: 'New campaign' });
    await editor.getByLabel('Name', { exact: true }).fill('Spring concept seeds');
    const rules = editor.getByRole('group', { name: 'Qualification rules' }).first();
    await rules.getByRole('button', { name: 'Add condition' }).click();
    await rules.getByRole('group', { name: 'Condition 1' }).getByLabel('Value').fill('3.5');
    await rules.getByRole('button', { name: 'Add condition' }).click();
    const country = rules.getByRole('group', { name: 'Condition 2' });
    await country.getByLabel('Field').selectOption('country');
    await country.getByLabel('Comparison').selectOption('in');
    await country.getByLabel('Value').fill('CN, US, DE');
    await editor.getByText('Qualifies: Openness is at least 3.50 and Country is one of CN, US, DE').waitFor();
    await editor.getByLabel('Overall target (optional)').fill('40');
    await editor.getByRole('button', { name: 'Add quota' }).click();
    const quota = editor.getByRole('group', { name: 'Quota 1' });
    await quota.getByLabel('Label').fill('China');
    await quota.getByLabel('Target').fill('4');
    await quota.getByLabel('Value').fill('CN');
    await editor.getByRole('button', { name: 'Create draft' }).click();
    await editor.waitFor({ state: 'detached' });

    // The draft's page; starting shows the thresholds it freezes.
    await page.getByRole('heading', { name: /Spring concept seeds/ }).waitFor();
    const [draft] = (await shared.host.call('campaigns.list', {})).campaigns;
    expect(draft!.rules).toEqual({ and: [{ field: 'openness', op: 'gte', value: 3.5 }, { field: 'country', op: 'in', value: ['CN', 'US', 'DE'] }] });
    expect(draft!.quotas.map((q) => [q.label, q.target, q.filter])).toEqual([['China', 4, { and: [{ field: 'country', op: 'eq', value: 'CN' }] }]]);
    const panel = await shared.host.call('recruitment.openness', {});
    await page.getByRole('button', { name: 'Start…' }).click();
    const start = page.getByRole('dialog', { name: 'Start the campaign' });
    await start.getByText(`Thresholds to freeze: P25 = ${two(panel.thresholds!.p25)}, P75 = ${two(panel.thresholds!.p75)}`).waitFor();
    await start.getByRole('button', { name: 'Start campaign' }).click();
    await start.waitFor({ state: 'detached' });
    const frozen = page.getByRole('group', { name: 'Frozen thresholds' });
    expect(await frozen.innerText()).toContain(`P25 = ${two(panel.thresholds!.p25)}, P75 = ${two(panel.thresholds!.p75)}`);
    await page.locator('.rc-status-running').first().waitFor();

    // Invite by a filter: the dry run says who would be skipped and why, then the user confirms.
    const target = { and: [{ field: 'country', op: 'in' as const, value: ['CN', 'US', 'DE'] }] };
    const expected = await shared.host.call('campaigns.invite', { campaignId: draft!.id, filter: target, dryRun: true });
    expect(expected.invited).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Invite members…' }).click();
    const invite = page.getByRole('dialog', { name: 'Invite members' });
    await invite.getByLabel('Members matching a filter').check();
    await invite.getByRole('button', { name: 'Add condition' }).click();
    const who = invite.getByRole('group', { name: 'Condition 1' });
    await who.getByLabel('Comparison').selectOption('in');
    await who.getByLabel('Value').fill('CN, US, DE');
    await invite.getByRole('button', { name: 'Check who would be invited' }).click();
    const check = invite.getByRole('status', { name: 'Check result' });
    await check.getByText(`Would be invited: ${expected.invited.toLocaleString('en')}`).waitFor();
    const noConsent = expected.skipped.find((s) => s.reason === 'noConsent');
    expect(noConsent).toBeDefined();
    expect(await check.getByText('No consent').locator('..').innerText()).toContain(String(noConsent!.count));
    await invite.getByRole('button', { name: `Invite ${expected.invited.toLocaleString('en')}` }).click();
    await invite.waitFor({ state: 'detached' });
    await page.getByText(`Invited: ${expected.invited.toLocaleString('en')}.`).waitFor();

    // Fill: screened members are qualified, waitlisted or disqualified; the bars show the places.
    await page.getByRole('button', { name: 'Evaluate screened members' }).click();
    await page.getByText(/^Evaluated: /).waitFor();
    const filled = await shared.host.call('campaigns.get', { campaignId: draft!.id });
    const china = filled.quotas[0]!;
    expect(china.filled).toBe(4);
    expect(china.waitlisted).toBeGreaterThan(0);
    // Everyone screened was judged; members without screener answers stay invited.
    expect(filled.counts.screened).toBe(0);
    const chinaBar = page.getByRole('meter', { name: 'China' });
    expect(await chinaBar.getAttribute('aria-valuenow')).toBe('4');
    expect(await chinaBar.getAttribute('aria-valuetext')).toBe('4 of 4');
    expect(await page.getByRole('meter', { name: 'Overall' }).getAttribute('aria-valuetext')).toBe(`${filled.filled} of 40`);
    await page.getByText(`waitlisted ${china.waitlisted}`).first().waitFor();
    expect(await page.locator('.rc-status-counts').innerText()).toContain(String(filled.counts.qualified));

    // Members by status, with the contact history of the invitations.
    await page.getByLabel('Show', { exact: true }).selectOption('qualified');
    await expect.poll(async () => new Set(await page.locator('.rc-members-table tbody .rc-member-status').allInnerTexts())).toEqual(new Set(['qualified']));
    await expect.poll(() => page.locator('.rc-history-table tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'recruitment-campaign-en');
    expect(await findOverflow(page)).toEqual([]);

    // A qualified member becomes active by hand; pause and resume.
    const first = page.locator('.rc-members-table tbody tr').first();
    const code = await first.locator('.rc-code').innerText();
    await first.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Make active' }).click();
    await page.getByText('Moved to active: 1.').waitFor();
    expect((await shared.host.call('campaigns.get', { campaignId: draft!.id })).counts.active).toBe(1);
    await page.getByLabel('Show', { exact: true }).selectOption('active');
    await expect.poll(() => page.locator('.rc-members-table tbody .rc-code').allInnerTexts()).toEqual([code]);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.locator('.rc-campaign-title .rc-status-paused').waitFor();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.locator('.rc-campaign-title .rc-status-running').waitFor();

    // Invite the seed shortlist too: those already invited are skipped as such.
    await buildShortlist(page);
    await page.getByRole('button', { name: 'Invite to a campaign…' }).click();
    const again = page.getByRole('dialog', { name: 'Invite members' });
    // The running campaigns arrive after the dialog opens; the only one is chosen.
    await expect.poll(() => again.getByLabel('Campaign').inputValue()).toBe(String(draft!.id));
    await again.getByRole('button', { name: 'Check who would be invited' }).click();
    const second = await shared.host.call('campaigns.invite', {
      campaignId: draft!.id,
      memberIds: (await shared.host.call('recruitment.seedCandidates', { limit: 20, quotas: [{ field: 'country', max: 3 }] })).candidates.map((c) => c.memberId),
      dryRun: true,
    });
    const already = second.skipped.find((s) => s.reason === 'alreadyInvited')!;
    expect(already.count).toBeGreaterThan(0);
    await again.getByText(`Would be invited: ${second.invited}`).waitFor();
    expect(await again.getByText('Already in this campaign').locator('..').innerText()).toContain(String(already.count));
    await again.getByRole('button', { name: 'Cancel' }).click();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps the shortlist across tabs, areas and a reload; its names lead to the members and its countries are named', async () => {
    const { page, problems } = await open();
    await buildShortlist(page);
    const codes = await page.locator('.rc-shortlist-table tbody .rc-code').allInnerTexts();
    await page.getByRole('checkbox', { name: `Select ${codes[1]}` }).uncheck();
    await page.getByText('19 of 20 selected').waitFor();
    const kept = async () => {
      await page.locator('.rc-shortlist-table tbody tr').nth(19).waitFor();
      expect(await page.locator('.rc-shortlist-table tbody .rc-code').allInnerTexts()).toEqual(codes);
      expect(await page.getByLabel('Shortlist size').inputValue()).toBe('20');
      expect(await page.getByRole('group', { name: 'Quota 1' }).getByLabel('Most members per value').inputValue()).toBe('3');
      await page.getByText('19 of 20 selected').waitFor();
    };

    await page.getByRole('link', { name: 'Openness', exact: true }).click();
    await page.locator('.rc-item').first().waitFor();
    await page.getByRole('link', { name: 'Seed shortlist' }).click();
    await kept();
    await page.locator('.app-nav').getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.locator('.app-nav').getByRole('link', { name: 'Recruitment' }).click();
    await page.getByRole('link', { name: 'Seed shortlist' }).click();
    await kept();
    await page.reload();
    await kept();

    // Countries read "CN China": the code as stored, its name under it.
    const { candidates } = await shared.host.call('recruitment.seedCandidates', { limit: 20, quotas: [{ field: 'country', max: 3 }] });
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    expect(await shortlistCountries(page)).toEqual(candidates.map((c) => `${c.country}\n${names.of(c.country!)}`));

    // A name opens the member's page in the panel.
    const first = candidates[0]!;
    await page.locator('.rc-shortlist-table tbody .rc-member a').first().click();
    await page.waitForURL(new RegExp(`#/panel/member/${first.memberId}$`));
    await page.getByRole('heading', { name: first.name!, level: 1 }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reads in Chinese: openness, shortlist and campaign screenshots', async () => {
    const { page, problems } = await open({ locale: 'zh-CN' });
    await page.getByRole('heading', { name: '招募', level: 1 }).waitFor();
    await page.getByRole('img', { name: /开放性得分的直方图/ }).locator('svg').waitFor();
    await page.getByText('未经验证的译本', { exact: true }).waitFor();
    expect(await page.locator('.rc-item-text').first().innerText()).toContain('我的词汇量很丰富。');
    await page.waitForTimeout(500);
    await screenshot(page, 'recruitment-openness-zh-CN');
    expect(await findOverflow(page)).toEqual([]);

    await page.getByRole('link', { name: '种子用户候选' }).click();
    await page.getByLabel('名单人数').fill('20');
    await page.getByRole('button', { name: '添加配额' }).click();
    await page.getByRole('button', { name: '生成候选名单' }).click();
    await page.locator('.rc-shortlist-table tbody tr').nth(19).waitFor();
    await page.locator('.rc-results').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'recruitment-shortlist-zh-CN');
    expect(await findOverflow(page)).toEqual([]);

    await page.getByRole('link', { name: '招募活动', exact: true }).click();
    await page.locator('.rc-campaign-name a').first().click();
    await page.getByRole('heading', { name: '完成情况' }).waitFor();
    await page.getByRole('meter', { name: 'China' }).waitFor();
    await screenshot(page, 'recruitment-campaign-zh-CN');
    expect(await findOverflow(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['en', 1280, 800],
    ['zh-CN', 1024, 700],
    ['ru', 1024, 700],
    ['ru', 1280, 800],
    ['en', 1024, 700],
  ])('fits the window in %s at %i×%i: openness, shortlist, campaigns, campaign and its dialogs', async (locale, width, height) => {
    const { page, problems } = await open({ locale, width, height });
    const { campaigns } = await shared.host.call('campaigns.list', {});
    // Each view with what shows that it has loaded (the shortlist is built, in any language).
    const views: [string, string][] = [
      ['#/recruitment', '.rc-item'],
      ['#/recruitment/shortlist', '.rc-shortlist-form'],
      ['#/recruitment/campaigns', '.rc-campaigns-table tbody tr'],
      [`#/recruitment/campaigns/${campaigns[0]!.id}`, '.rc-members-table tbody tr'],
    ];
    for (const [view, ready] of views) {
      await page.evaluate(`location.hash = ${JSON.stringify(view)}`);
      await page.locator(ready).first().waitFor();
      if (view.endsWith('shortlist')) {
        await page.locator('.rc-number-fields input').first().fill('20');
        await page.locator('.rc-quotas .button').click();
        await page.locator('.rc-form-actions .button').click();
        await page.locator('.rc-shortlist-table tbody tr').nth(19).waitFor();
      }
      expect(await findOverflow(page), `${view} in ${locale}`).toEqual([]);
      expect(await page.evaluate<string[]>(HEADERS_TOO_WIDE), `${view} in ${locale}`).toEqual([]);
      // Only the main area scrolls: nothing (e.g. a visually hidden caption) lengthens the window itself.
      expect(await page.evaluate<number>('document.scrollingElement.scrollHeight - document.scrollingElement.clientHeight'), view).toBe(0);
      if (locale === 'ru' && width === 1024) await screenshot(page, `recruitment-${view.split('/').slice(1).join('-') || 'openness'}-ru-1024`);
    }
    // The campaign page's dialogs: edit (started: fixed rules) and invite.
    await page.locator('.rc-campaign-actions .button').nth(2).waitFor();
    for (const index of [0, 3]) {
      await page.locator('.rc-campaign-actions .button').nth(index).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await findOverflow(page), `dialog ${index} in ${locale}`).toEqual([]);
      if (locale !== 'en' && width === 1024) await screenshot(page, `recruitment-dialog-${index}-${locale}-${width}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
