import { act } from 'react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '@api/campaigns';
import type { SeedCandidatesResult } from '@api/recruitment';
import type { WorkspaceInfo } from '@api/workspace';
import { memberFieldCatalog } from '@model/members/member-fields';
import { opennessInstrument } from '@model/recruitment/ipip-openness-instrument';
import { PERCENTILE_METHOD } from '@model/recruitment/percentiles';
import { ApiError } from '@renderer/api';
import { ApiProvider } from '@renderer/api/api-context';
import type { ConditionDraft, FilterDraft } from '@renderer/components/filter-builder/filter-draft';
// The panel's own route helper: the shortlist's links must lead where the panel expects them.
import { memberHref } from '@renderer/features/panel/panel-routes';
import { campaignForm, campaignValues } from '@renderer/features/recruitment/campaigns/campaign-form';
import { RecruitmentPage } from '@renderer/features/recruitment/recruitment-page';
import { defaultShortlistSettings, shortlistInput } from '@renderer/features/recruitment/shortlist/shortlist-settings';
import { NoticesProvider } from '@renderer/shell/notices';
import { WorkspaceProvider } from '@renderer/shell/workspace-context';
import { fakeClient, type FakeHandlers } from './support/fake-client';
import { byText, click, render, settle, typeInto } from './support/render';
import { renderWindow } from './support/render-window';

const workspace: WorkspaceInfo = {
  path: '/data/workspaces/spring.sqlite',
  name: 'spring',
  schemaVersion: 4,
  sizeBytes: 300_000,
  counts: { members: 2000, surveys: 2, responses: 1500 },
  lifecycle: [],
};

// The shortlist is kept for the browser session: each test starts a new one.
beforeEach(() => sessionStorage.clear());

const baseHandlers = (): FakeHandlers => ({
  'workspace.info': () => workspace,
  'tags.list': () => ({ tags: [{ id: 1, name: 'early adopter', color: '#59a14f', members: 320, createdAt: '2026-01-15T09:00:00.000Z' }] }),
  'attributes.list': () => ({ attributes: [] }),
});

/** The recruitment page at a route (#/recruitment/…), with the shell's notices and workspace around it. */
async function renderRecruitment(hash: string, handlers: FakeHandlers) {
  window.location.hash = hash;
  const fake = fakeClient(handlers);
  const root = await render(
    <ApiProvider client={fake.client}>
      <NoticesProvider>
        <WorkspaceProvider>
          <RecruitmentPage />
        </WorkspaceProvider>
      </NoticesProvider>
    </ApiProvider>,
  );
  await settle();
  await settle();
  return { fake, root };
}

/** Chooses an option of a <select> as a user does. */
const choose = (select: HTMLSelectElement, value: string) =>
  act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });

/** The control labelled `label` (by <label for>, a wrapping <label> or aria-label) inside `root`. */
function labelled<T extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string): T {
  const byAria = root.querySelector<T>(`[aria-label="${label}"]`);
  if (byAria) return byAria;
  const labelEl = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const control = labelEl?.htmlFor ? document.getElementById(labelEl.htmlFor) : labelEl?.querySelector('input, select, textarea');
  if (!control) throw new Error(`No control labelled "${label}".`);
  return control as T;
}

const runningCampaign = (patch: Partial<Campaign> = {}): Campaign => ({
  id: 7,
  name: 'Spring seeds',
  description: null,
  status: 'running',
  instrumentId: 'ipip-openness',
  rules: { and: [{ field: 'openness', op: 'gte', value: 3.5 }] },
  target: 40,
  quotas: [{ id: 3, label: 'China', filter: { and: [{ field: 'country', op: 'eq', value: 'CN' }] }, target: 4, filled: 4, waitlisted: 2 }],
  thresholds: { p25: 2.7, p75: 3.9, scored: 1575, method: 'custom method', frozenAt: '2026-01-15T09:00:00.000Z' },
  counts: { invited: 3, screened: 0, qualified: 12, disqualified: 5, waitlisted: 2, active: 0 },
  filled: 12,
  createdBy: 'Mei Chen',
  createdAt: '2026-01-15T08:00:00.000Z',
  updatedAt: '2026-01-15T09:00:00.000Z',
  startedAt: '2026-01-15T09:00:00.000Z',
  closedAt: null,
  ...patch,
});

const catalog = memberFieldCatalog;
const row = (patch: Partial<ConditionDraft>): ConditionDraft => ({ key: Math.random(), field: 'country', op: 'eq', text: '', text2: '', picks: [], ...patch });
const draft = (...rows: ConditionDraft[]): FilterDraft => ({ join: 'and', rows });

describe('campaign form', () => {
  it('sends a started campaign’s rules and quota segments exactly as stored', () => {
    const campaign = runningCampaign();
    const form = campaignForm(campaign);
    // Even if the rows were changed, a started campaign keeps its stored filters.
    form.rules!.rows[0]!.text = '1';
    form.quotas[0]!.label = 'Mainland China';
    form.quotas[0]!.target = '6';
    const saved = campaignValues(form, catalog, true);
    expect(saved).toEqual({
      values: { name: 'Spring seeds', description: null, target: 40, rules: campaign.rules, quotas: [{ id: 3, label: 'Mainland China', filter: campaign.quotas[0]!.filter, target: 6 }] },
    });
  });

  it('needs a name, whole targets and labelled quotas', () => {
    const form = { ...campaignForm(null), target: '1.5', quotas: [{ key: 9, label: ' ', target: '', draft: draft(row({ text: 'CN' })), stored: null }] };
    const result = campaignValues(form, catalog);
    expect('problems' in result && result.problems).toMatchObject({ name: true, target: true, quotaLabel: new Set([9]), quotaTarget: new Set([9]) });
  });
});

describe('shortlist settings', () => {
  it('send the weights, quotas and limit, or say what to fix', () => {
    const settings = { ...defaultShortlistSettings(), limit: '20', quotas: [{ key: 1, field: 'country', max: '3' }] };
    expect(shortlistInput(settings, catalog)).toEqual({
      input: { limit: 20, windowDays: 180, weights: { openness: 60, frequency: 25, recency: 15 }, quotas: [{ field: 'country', max: 3 }], filter: null },
    });
    const bad = shortlistInput({ ...settings, limit: '0', weights: { openness: 0, frequency: 0, recency: 0 }, quotas: [{ key: 1, field: 'country', max: '2.5' }] }, catalog);
    expect('problems' in bad && bad.problems).toMatchObject({ weights: true, limit: true, windowDays: false, quotas: new Set([1]) });
  });
});

const candidate = (rank: number, memberId: number, country: string, combined: number) => ({
  rank,
  memberId,
  code: `M-${memberId}`,
  name: rank === 3 ? null : `Member ${memberId}`,
  country,
  segments: { country },
  openness: { score: 4.8, z: 1.79, band: 'high' as const },
  frequency: { completed: 2, z: 1.62 },
  recency: { days: rank === 3 ? 180 : 12.4, z: 1.1 },
  combined,
});

const shortlist = (): SeedCandidatesResult => ({
  candidates: [candidate(1, 11, 'US', 1.78), candidate(2, 12, 'US', 1.7), candidate(3, 13, 'DE', 1.5)],
  weights: { openness: 0.6, frequency: 0.25, recency: 0.15 },
  windowDays: 180,
  quotas: [{ field: 'country', max: 2, bound: true, skipped: 4, fullSegments: [{ value: 'US', count: 2 }] }],
  stats: { pool: 1575, notContactable: 128, filteredOut: 0, eligible: 1447, considered: 7, openness: { mean: 3.28, sd: 0.85 }, frequency: null, recency: null },
  thresholds: { p25: 2.7, p75: 3.9, scored: 1575, method: PERCENTILE_METHOD },
});

const weightShare = (root: HTMLElement, component: string) => labelled(root, `Share of ${component}`).textContent;
const buildButton = (root: HTMLElement) => byText(root, 'button', 'Build shortlist');

describe('seed shortlist', () => {
  it('shows the weights as shares, refuses what cannot be sent, then ranks under the quota and says why', async () => {
    const { fake, root } = await renderRecruitment('#/recruitment/shortlist', { ...baseHandlers(), 'recruitment.seedCandidates': () => shortlist() });
    expect([weightShare(root, 'Openness'), weightShare(root, 'Frequency'), weightShare(root, 'Recency')]).toEqual(['60%', '25%', '15%']);
    await typeInto(labelled(root, 'Weight of Openness (0–100)'), '0');
    expect([weightShare(root, 'Frequency'), weightShare(root, 'Recency')]).toEqual(['63%', '38%']);
    await typeInto(labelled(root, 'Weight of Frequency (0–100)'), '0');
    await typeInto(labelled(root, 'Weight of Recency (0–100)'), '0');
    expect(root.textContent).toContain('At least one weight must be above 0.');
    await click(buildButton(root));
    expect(fake.callsOf('recruitment.seedCandidates')).toEqual([]);

    await typeInto(labelled(root, 'Weight of Openness (0–100)'), '3');
    await typeInto(labelled(root, 'Shortlist size'), '3');
    await click(byText(root, 'button', 'Add quota'));
    await typeInto(labelled(root, 'Most members per value'), 'two');
    await click(buildButton(root));
    expect(root.textContent).toContain('Enter a whole number of at least 1.');
    expect(fake.callsOf('recruitment.seedCandidates')).toEqual([]);

    await typeInto(labelled(root, 'Most members per value'), '2');
    await click(buildButton(root));
    await settle();
    expect(fake.callsOf('recruitment.seedCandidates').map((c) => c.input)).toEqual([
      { limit: 3, windowDays: 180, weights: { openness: 3, frequency: 0, recency: 0 }, quotas: [{ field: 'country', max: 2 }], filter: null },
    ]);
    expect(root.textContent).toContain('3 shortlisted from 1,447 eligible members.');
    expect(root.querySelector('[aria-label="Quotas"]')?.textContent).toBe('At most 2 per Country: bound; candidates passed over: 4. Full: US.');
    const rows = [...root.querySelectorAll('.rc-shortlist-table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent));
    expect(rows[0]).toEqual(['1', 'M-11Member 11', 'USUnited States', '+1.78', '4.80Highz +1.79', '2z +1.62', '12 d agoz +1.10']);
    expect(rows[2]).toEqual(['3', 'M-13Anonymous', 'DEGermany', '+1.50', '4.80Highz +1.79', '2z +1.62', 'none in windowz +1.10']);
    // Each member links to their page in the panel.
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.rc-shortlist-table tbody .rc-member a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Member 11', memberHref(11)],
      ['Member 12', memberHref(12)],
      ['Anonymous', memberHref(13)],
    ]);
    expect(root.textContent).toContain('3 of 3 selected');
  });

  it('marks the selected members as seed users and reports who was tagged, already tagged or left out', async () => {
    const { fake, root } = await renderRecruitment('#/recruitment/shortlist', {
      ...baseHandlers(),
      'recruitment.seedCandidates': () => shortlist(),
      'recruitment.markSeed': () => ({ tag: { id: 9, name: 'seed user', created: true }, tagged: 1, alreadyTagged: 0, skipped: [{ reason: 'doNotContact', count: 1 }] }),
    });
    await click(buildButton(root));
    await settle();
    await click(labelled(root, 'Select M-12'));
    expect(root.textContent).toContain('2 of 3 selected');
    await click(byText(root, 'button', 'Mark as seed users…'));
    const dialog = document.querySelector('dialog')!;
    expect(labelled(dialog, 'Tag').value).toBe('seed user');
    await typeInto(labelled(dialog, 'Reason (optional)'), 'spring test');
    await click(byText(dialog, 'button', 'Mark'));
    await settle();
    expect(fake.callsOf('recruitment.markSeed').map((c) => c.input)).toEqual([{ memberIds: [11, 13], tagName: 'seed user', reason: 'spring test' }]);
    expect(document.querySelector('dialog')).toBeNull();
    expect(root.querySelector('.rc-result-line')?.textContent).toBe('Marked as “seed user”: 1. The tag was created. Not marked: do-not-contact 1.');
    // The new tag is read again for the filter builders.
    expect(fake.callsOf('tags.list').length).toBe(2);
  });
});

describe('seed shortlist for the session', () => {
  const go = async (hash: string) => {
    await act(async () => {
      window.location.hash = hash;
    });
    await settle();
    await settle();
  };
  const shortlistRows = (root: HTMLElement) => [...root.querySelectorAll('.rc-shortlist-table tbody .rc-code')].map((el) => el.textContent);

  it('keeps its settings, results and selection across tabs and areas until the workspace changes', async () => {
    const handlers = { ...baseHandlers(), 'recruitment.seedCandidates': () => shortlist(), 'recruitment.instrument': () => opennessInstrument };
    // The whole window (areas and recruitment tabs), as a user moves around it.
    const { fake, root } = await renderWindow('#/recruitment/shortlist', { ...handlers, 'profile.get': () => ({ name: 'Mei Chen' }), 'jobs.list': () => ({ jobs: [] }) });
    await typeInto(labelled(root, 'Shortlist size'), '3');
    await typeInto(labelled(root, 'Weight of Recency (0–100)'), '40');
    await click(byText(root, 'button', 'Add quota'));
    await typeInto(labelled(root, 'Most members per value'), '2');
    await click(buildButton(root));
    await settle();
    await click(labelled(root, 'Select M-12'));
    expect(root.textContent).toContain('2 of 3 selected');

    // Another recruitment tab, then another area, then back.
    await go('#/recruitment/campaigns');
    expect(root.querySelector('.rc-shortlist-form')).toBeNull();
    await go('#/overview');
    expect(root.querySelector('.rc-shortlist-form')).toBeNull();
    await go('#/recruitment/shortlist');
    expect(labelled(root, 'Shortlist size').value).toBe('3');
    expect(labelled(root, 'Weight of Recency (0–100)').value).toBe('40');
    expect(labelled(root, 'Most members per value').value).toBe('2');
    expect(shortlistRows(root)).toEqual(['M-11', 'M-12', 'M-13']);
    expect(root.textContent).toContain('2 of 3 selected');
    expect(fake.callsOf('recruitment.seedCandidates')).toHaveLength(1);
    // A second quota after coming back is a row of its own.
    await click(byText(root, 'button', 'Add quota'));
    expect(root.querySelectorAll('.rc-quota')).toHaveLength(2);

    // Another workspace (switched elsewhere, so the window goes to its overview): its own shortlist, from scratch.
    fake.handlers['workspace.info'] = () => ({ ...workspace, path: '/data/workspaces/autumn.sqlite', name: 'autumn' });
    await act(async () => fake.emit('workspace.changed', { path: '/data/workspaces/autumn.sqlite' }));
    await settle();
    await go('#/recruitment/shortlist');
    await settle();
    expect(labelled(root, 'Shortlist size').value).toBe('50');
    expect(root.querySelectorAll('.rc-quota')).toHaveLength(0);
    expect(shortlistRows(root)).toEqual([]);
    expect(root.textContent).toContain('No shortlist yet');
  });
});

describe('member vocabulary', () => {
  const optionTexts = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent);
  const job = (state: 'running' | 'succeeded') => ({
    id: 'job-8', kind: 'members.import', state, progress: { done: 1, total: 1, phase: null },
    startedAt: '2026-01-15T09:00:00.000Z', finishedAt: state === 'running' ? null : '2026-01-15T09:00:05.000Z', result: null, error: null,
  });
  const tagsOf = (...names: string[]) => ({ tags: names.map((name, i) => ({ id: i + 1, name, color: '#59a14f', members: 3, createdAt: '2026-01-15T09:00:00.000Z' })) });

  it('shows tags and attributes made elsewhere at once: after an import ends and when another window changes the workspace', async () => {
    const { fake, root } = await renderWindow('#/recruitment/shortlist', {
      ...baseHandlers(),
      'workspace.info': () => ({ ...workspace }),
      'profile.get': () => ({ name: 'Mei Chen' }),
      'jobs.list': () => ({ jobs: [] }),
    });
    await click(byText(root, 'button', 'Add quota'));
    await click(labelled(root, 'Only members matching a filter'));
    await choose(labelled<HTMLSelectElement>(root, 'Field'), 'tag');
    expect(optionTexts(labelled<HTMLSelectElement>(root, 'Choose a tag…'))).toEqual(['Choose a tag…', 'early adopter']);

    // An import ends, having created a tag.
    fake.handlers['tags.list'] = () => tagsOf('early adopter', 'imported');
    fake.emit('job.progress', job('running'));
    fake.emit('job.progress', job('succeeded'));
    await settle();
    await settle();
    expect(optionTexts(labelled<HTMLSelectElement>(root, 'Choose a tag…'))).toEqual(['Choose a tag…', 'early adopter', 'imported']);

    // Another window defines an attribute, then says so.
    fake.handlers['attributes.list'] = () => ({ attributes: [{ id: 1, key: 'shoe_size', label: 'Shoe size', type: 'number', choices: null, createdAt: '2026-01-01T00:00:00Z' }] });
    fake.emit('workspace.changed', { path: workspace.path });
    await settle();
    await settle();
    expect(optionTexts(labelled<HTMLSelectElement>(root, 'Segment field'))).toContain('Shoe size');
  });
});

describe('the seed tag', () => {
  afterEach(() => act(() => i18next.changeLanguage('en')));

  const openMarkDialog = async (tags: { id: number; name: string }[]) => {
    const { fake, root } = await renderRecruitment('#/recruitment/shortlist', {
      ...baseHandlers(),
      'tags.list': () => ({ tags: tags.map((tag) => ({ ...tag, color: '#59a14f', members: 3, createdAt: '2026-01-15T09:00:00.000Z' })) }),
      'recruitment.seedCandidates': () => shortlist(),
      'recruitment.markSeed': (input) => ({ tag: { id: 9, name: input.tagName!, created: true }, tagged: 3, alreadyTagged: 0, skipped: [] }),
    });
    await click(root.querySelector('.rc-form-actions button')!);
    await settle();
    await click(root.querySelector('.rc-actions-bar .button-primary')!);
    return { fake, dialog: document.querySelector('dialog')! };
  };

  it('is named in the UI’s language: 种子用户 in Chinese, ранний пользователь in Russian', async () => {
    await act(() => i18next.changeLanguage('zh-CN'));
    const zh = await openMarkDialog([{ id: 1, name: 'early adopter' }]);
    expect(zh.dialog.querySelector('input')!.value).toBe('种子用户');
    await click(zh.dialog.querySelector('button[type="submit"]')!);
    await settle();
    expect(zh.fake.callsOf('recruitment.markSeed').map((c) => c.input)).toEqual([{ memberIds: [11, 12, 13], tagName: '种子用户', reason: null }]);

    await act(() => i18next.changeLanguage('ru'));
    const ru = await openMarkDialog([]);
    expect(ru.dialog.querySelector('input')!.value).toBe('ранний пользователь');
  });

  it('stays the workspace’s existing seed tag, even one named in another language', async () => {
    await act(() => i18next.changeLanguage('zh-CN'));
    const { dialog } = await openMarkDialog([{ id: 1, name: 'early adopter' }, { id: 4, name: 'Seed User' }]);
    expect(dialog.querySelector('input')!.value).toBe('Seed User');
  });
});

describe('openness', () => {
  it('says bands need 30 scored members, and shows the screener with its reverse-keyed items', async () => {
    const bins = Array.from({ length: 20 }, (_, i) => ({ from: 1 + i * 0.2, to: 1.2 + i * 0.2, count: 0 }));
    const { root } = await renderRecruitment('#/recruitment', {
      ...baseHandlers(),
      'recruitment.instrument': () => opennessInstrument,
      'recruitment.openness': () => ({
        population: { members: 40, screened: 14, scored: 0, notScored: 14 },
        distribution: { bins, mean: null, sd: null, median: null, p25: null, p75: null },
        thresholds: null,
        minScoredForBands: 30,
        bands: null,
        reliability: null,
        methods: { scoring: '', percentile: PERCENTILE_METHOD, percentileId: 'type7', alpha: '' },
      }),
    });
    expect(root.textContent).toContain('Bands need at least 30 scored members; the panel has 0.');
    expect(root.textContent).toContain('No band thresholds: bands need at least 30 scored members in the panel.');
    expect(root.textContent).toContain('Cronbach’s alpha cannot be computed yet');
    const reversed = [...root.querySelectorAll('.rc-item')].filter((li) => li.textContent?.includes('reverse-keyed')).map((li) => li.querySelector('.rc-item-number')?.textContent);
    expect(reversed).toEqual(['O2', 'O4', 'O6']);
    expect(root.textContent).toContain('Published original.');
    await choose(labelled<HTMLSelectElement>(root, 'Language'), 'ru');
    expect(root.textContent).toContain('Unvalidated translation');
    expect(root.textContent).toContain('У меня богатый словарный запас.');
  });
});

describe('campaign', () => {
  it('invites after a dry run that shows who is skipped and why; a change asks for a new check', async () => {
    let invited = false;
    const { fake, root } = await renderRecruitment('#/recruitment/campaigns/7', {
      ...baseHandlers(),
      'campaigns.get': () => runningCampaign(),
      'campaigns.members': () => ({ rows: [], nextCursor: null }),
      'campaigns.contactHistory': () => ({ rows: [], nextCursor: null }),
      'campaigns.invite': (input) => {
        invited ||= input.dryRun === false;
        return {
          invited: 5,
          dryRun: input.dryRun ?? false,
          skipped: [
            { reason: 'noConsent', count: 2, message: '', sampleMemberIds: [1, 2] },
            { reason: 'frequencyCap', count: 1, message: '', sampleMemberIds: [3] },
          ],
          frequencyCap: { maxContacts: 2, days: 30 },
        };
      },
    });
    expect(root.querySelector('[role="meter"][aria-label="China"]')?.getAttribute('aria-valuetext')).toBe('4 of 4');
    // A method the model does not know is shown as stored.
    expect(root.textContent).toContain('Percentile method: custom method');
    await click(byText(root, 'button', 'Invite members…'));
    const dialog = document.querySelector('dialog')!;
    await click(byText(dialog, 'button', 'Add condition'));
    await typeInto(labelled(dialog, 'Value'), 'cn');
    await click(byText(dialog, 'button', 'Check who would be invited'));
    await settle();
    expect(fake.callsOf('campaigns.invite').map((c) => c.input)).toEqual([
      { campaignId: 7, filter: { and: [{ field: 'country', op: 'eq', value: 'CN' }] }, channel: 'email', onBlocked: 'skip', dryRun: true },
    ]);
    const check = dialog.querySelector('[aria-label="Check result"]')!;
    expect([...check.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['No consent2', 'Over the frequency cap (2 invitations in 30 days)1']);

    await choose(labelled<HTMLSelectElement>(dialog, 'Channel'), 'sms');
    expect(dialog.querySelector('[aria-label="Check result"]')).toBeNull();
    await click(byText(dialog, 'button', 'Check who would be invited'));
    await settle();
    await click(byText(dialog, 'button', 'Invite 5'));
    await settle();
    expect(invited).toBe(true);
    expect(fake.callsOf('campaigns.invite').at(-1)?.input).toMatchObject({ channel: 'sms', dryRun: false });
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.querySelector('.notice')?.textContent).toContain('Invited: 5.');
  });

  it('shows the core’s refusal in the user’s language, statuses included', async () => {
    const { root } = await renderRecruitment('#/recruitment/campaigns/7', {
      ...baseHandlers(),
      'campaigns.get': () => runningCampaign({ status: 'paused' }),
      'campaigns.members': () => ({ rows: [], nextCursor: null }),
      'campaigns.contactHistory': () => ({ rows: [], nextCursor: null }),
      'campaigns.fill': () => {
        throw new ApiError({ code: 'CONFLICT', message: 'closed', key: 'errors.campaignNotOpen', params: { name: 'Spring seeds', status: 'closed' } });
      },
    });
    expect(root.querySelector('.rc-status')?.textContent).toBe('paused');
    await click(byText(root, 'button', 'Evaluate screened members'));
    await settle();
    expect(document.querySelector('.notice-error')?.textContent).toBe(
      'The campaign “Spring seeds” is closed: members are evaluated and moved only while it is running or paused.',
    );
    const zh = i18next.getFixedT('zh-CN');
    expect(zh('errors.campaignTransition', { name: 'A', from: 'paused', to: 'draft' })).toBe('招募活动“A”当前为“已暂停”，不能改为“草稿”。');
    expect(i18next.getFixedT('ru')('errors.campaignNotRunning', { name: 'A', status: 'closed' })).toContain('в статусе «закрыта»');
  });
});
