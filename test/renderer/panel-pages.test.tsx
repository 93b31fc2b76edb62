import { act, useState } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberDetail, MemberRow } from '@api/members';
import type { BulkAction } from '@api/tags';
import type { WorkspaceInfo } from '@api/workspace';
import { ApiError } from '@renderer/api';
import { ApiProvider } from '@renderer/api/api-context';
import { useMemberColumns } from '@renderer/features/panel/members/member-columns';
import { MemberVocabularyProvider } from '@renderer/members/member-vocabulary';
import { AppShell } from '@renderer/shell/app-shell';
import { NoticesProvider } from '@renderer/shell/notices';
import { WorkspaceProvider } from '@renderer/shell/workspace-context';
import { fakeClient, type FakeHandlers } from './support/fake-client';
import { byText, click, render, settle, typeInto } from './support/render';

// jsdom lays nothing out: give the table's scroll area a height so the virtualiser shows rows.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('members-scroll') ? 320 : 0;
    },
  });
});
afterAll(() => Object.defineProperty(Element.prototype, 'clientHeight', clientHeight));

const info: WorkspaceInfo = { path: '/w/spring.sqlite', name: 'spring', schemaVersion: 4, sizeBytes: 1, counts: { members: 3, surveys: 0, responses: 0 }, lifecycle: [] };

const row = (id: number, name: string, country: string): MemberRow => ({
  id, code: `M-${id}`, uid: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`, name, email: null, country, language: null, city: null, gender: null, birthYear: null, joinedAt: null,
  lifecycleStage: null, consentStatus: 'granted', doNotContact: false, notContactable: null, tags: [1], openness: 3.4,
});
const rows = [row(1, '王伟', 'CN'), row(2, 'Анна Иванова', 'RU'), row(3, 'Lea Schmidt', 'DE')];

const handlers = (): FakeHandlers => ({
  'profile.get': () => ({ name: 'Mei Chen' }),
  'workspace.info': () => info,
  'jobs.list': () => ({ jobs: [] }),
  'tags.list': () => ({ tags: [{ id: 1, name: 'vip', color: '#4e79a7', members: 3, createdAt: '2026-01-01T00:00:00Z' }, { id: 2, name: 'seed', color: '#59a14f', members: 0, createdAt: '2026-01-01T00:00:00Z' }] }),
  'attributes.list': () => ({ attributes: [] }),
  'views.list': () => ({ views: [] }),
  'tags.lastAction': () => ({ action: null }),
  'members.count': () => ({ total: 1234 }),
  'members.list': ({ cursor }) => (cursor ? { rows: [], nextCursor: null } : { rows, nextCursor: 'next' }),
});

async function open(hash: string, extra: FakeHandlers = {}) {
  window.location.hash = hash;
  const fake = fakeClient({ ...handlers(), ...extra });
  const root = await render(
    <ApiProvider client={fake.client}>
      <AppShell />
    </ApiProvider>,
  );
  await settle();
  await settle();
  return { fake, root };
}

describe('members table', () => {
  it('shows the count and rows, and tags every member matching the search when "all matching" is selected', async () => {
    const { fake, root } = await open('#/panel', { 'tags.apply': () => ({ actionId: 9, tagId: 2, changed: 1200 }) });
    expect(root.querySelector('h1')?.textContent).toBe('Members');
    expect(root.textContent).toContain('1,234 in the panel');
    expect(byText(root, 'a.member-name', 'Анна Иванова')).toBeTruthy();
    expect(root.querySelector('[role="table"]')?.getAttribute('aria-rowcount')).toBe('1235');

    await typeInto(root.querySelector<HTMLInputElement>('input[type="search"]')!, '王伟');
    await act(async () => new Promise((resolve) => setTimeout(resolve, 350)));
    await settle();
    expect(fake.callsOf('members.count').at(-1)?.input).toEqual({ filter: null, search: '王伟' });
    expect(fake.callsOf('members.list').at(-1)?.input).toMatchObject({ search: '王伟', cursor: null });

    await click(root.querySelector('input[aria-label="Select 王伟"]')!);
    expect(root.textContent).toContain('1 selected');
    await click(byText(root, 'button', 'Select all 1,234 matching'));
    expect(root.textContent).toContain('All matching selected: 1,234');
    const select = byText(root, 'option', 'Choose a tag…').closest('select')!;
    await act(async () => {
      select.value = '2';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(byText(root, '.selection-bar button', 'Tag'));
    await settle();
    expect(fake.callsOf('tags.apply').map((c) => c.input)).toEqual([{ tag: 2, filter: { and: [] }, search: '王伟' }]);
    expect(document.querySelector('.notice')?.textContent).toContain('Newly tagged “seed”: 1,200.');
  });

  it('sorts on the server when a column header is clicked', async () => {
    const { fake, root } = await open('#/panel');
    await click(byText(root, '.sort-button', 'Name'));
    await settle();
    expect(fake.callsOf('members.list').at(-1)?.input).toMatchObject({ sort: { field: 'name', dir: 'asc' }, cursor: null });
    await click(byText(root, '.sort-button', 'Name▲'));
    await settle();
    expect(fake.callsOf('members.list').at(-1)?.input).toMatchObject({ sort: { field: 'name', dir: 'desc' } });
  });
});

describe('members filter', () => {
  const choose = (select: HTMLSelectElement, value: string) =>
    act(async () => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  const control = <T extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string) => root.querySelector<T>(`[aria-label="${label}"]`)!;

  it('applies only a complete filter, shows it in words under the toolbar, and clears it', async () => {
    const { fake, root } = await open('#/panel');
    await click(byText(root, '.members-toolbar button', 'Filter'));
    await click(byText(root, 'button', 'Add condition'));
    const row = root.querySelector('[role="group"][aria-label="Condition 1"]')!;
    await choose(control<HTMLSelectElement>(row, 'Field'), 'country');
    await click(byText(root, 'button', 'Apply'));
    expect(row.querySelector('.field-error')?.textContent).toBe('Country: enter a value.');
    for (const call of fake.callsOf('members.count')) expect(call.input).toMatchObject({ filter: null });

    await typeInto(control(row, 'Value'), 'de');
    await click(byText(root, 'button', 'Add condition'));
    await choose(control<HTMLSelectElement>(root.querySelector('[aria-label="Condition 2"]')!, 'Field'), 'tag');
    await choose(control<HTMLSelectElement>(root, 'Choose a tag…'), '1');
    await click(byText(root, 'button', 'Apply'));
    await settle();
    const filter = { and: [{ field: 'country', op: 'eq', value: 'DE' }, { field: 'tag', op: 'has', value: [1] }] };
    expect(fake.callsOf('members.count').at(-1)?.input).toMatchObject({ filter });
    expect(byText(root, '.members-toolbar button', 'Filter (2)')).toBeTruthy();

    await click(byText(root, 'button', 'Close'));
    expect(root.querySelector('.filter-summary-text')?.textContent).toBe('Country is DE and Tag has vip');
    await click(byText(root, '.filter-summary button', 'Clear filter'));
    await settle();
    expect(fake.callsOf('members.count').at(-1)?.input).toMatchObject({ filter: null });
    expect(root.querySelector('.filter-summary')).toBeNull();
  });

  it('shows a saved view’s nested filter in words, which can be cleared but not edited as rows', async () => {
    const nested = { or: [{ field: 'country', op: 'eq' as const, value: 'CN' }, { and: [{ field: 'openness', op: 'gte' as const, value: 4 }, { field: 'gender', op: 'in' as const, value: ['female'] }] }] };
    const view = { id: 4, name: 'Open women or China', filter: nested, search: null, sort: null, columns: [], createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
    const { fake, root } = await open('#/panel', { 'views.list': () => ({ views: [view] }) });
    await click(byText(root, '.members-toolbar button', 'Views'));
    await click(byText(root, '.menu-item', 'Open women or China'));
    await settle();
    expect(fake.callsOf('members.count').at(-1)?.input).toMatchObject({ filter: nested });
    expect(root.querySelector('.filter-summary-text')?.textContent).toBe('Country is CN or (Openness is at least 4.00 and Gender is one of Female)');
    await click(byText(root, '.filter-summary button', 'Edit'));
    const form = root.querySelector('form[aria-label="Filter"]')!;
    expect(form.textContent).toContain('This filter has nested groups');
    expect(form.querySelector('[role="group"]')).toBeNull();
    await click(byText(form, 'button', 'Clear filter'));
    await settle();
    expect(fake.callsOf('members.count').at(-1)?.input).toMatchObject({ filter: null });
    // Cleared, the builder starts empty.
    expect(root.textContent).toContain('No conditions yet: every member matches.');
  });
});

describe('member detail', () => {
  const detail: MemberDetail = {
    ...rows[0]!, externalId: null, phone: null, ageBand: null, sourceChannel: null, consentDate: null, consentScope: null, contactable: true,
    notes: null, erasedAt: null, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z', tags: [], attributes: [],
    openness: { score: 3.4, answered: 9, band: 'mid' }, responses: { total: 2, complete: 2, lastAt: '2026-01-03T00:00:00Z' }, contacts: { total: 1, lastAt: '2026-01-04T00:00:00Z' }, history: [],
  };

  it('shows openness, and the core’s refusal next to the field it is about', async () => {
    const { fake, root } = await open('#/panel/member/1', {
      'members.get': () => detail,
      'members.update': () => {
        throw new ApiError({ code: 'VALIDATION', message: 'Invalid input', issues: [{ path: ['patch', 'email'], message: 'expected an email address' }] });
      },
    });
    const openness = root.querySelector('.openness-card')!;
    expect(openness.textContent).toContain('3.40');
    expect(openness.textContent).toContain('Mid');
    expect(openness.textContent).toContain('9 of 10 items');

    const email = root.querySelector<HTMLInputElement>('input[type="email"]')!;
    await typeInto(email, 'not-an-email');
    await click(byText(root, 'button', 'Save changes'));
    await settle();
    expect(fake.callsOf('members.update').map((c) => c.input)).toEqual([{ memberId: 1, patch: { email: 'not-an-email' } }]);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const problem = document.getElementById(email.getAttribute('aria-describedby')!);
    expect(problem?.textContent).toBe('Enter an email address such as name@example.org.');
  });

  it('erases only with a reason, after saying what stays', async () => {
    const { fake, root } = await open('#/panel/member/1', {
      'members.get': () => detail,
      'members.erase': ({ reason }) => ({ memberId: 1, code: `P-${reason.length}`, erasedAt: '2026-01-05T00:00:00Z', walCheckpointed: true }),
    });
    await click(byText(root, 'button', 'Erase on request…'));
    const dialog = document.querySelector('dialog')!;
    expect(dialog.textContent).toContain('Their responses (2), under a new random pseudonym');
    await click(byText(dialog, 'button', 'Erase personal data'));
    expect(dialog.textContent).toContain('Say why, in at least 3 characters.');
    expect(fake.callsOf('members.erase')).toEqual([]);
    const reason = dialog.querySelector('textarea')!;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(reason, 'email of 12 March');
      reason.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(byText(dialog, 'button', 'Erase personal data'));
    await settle();
    expect(fake.callsOf('members.erase').map((c) => c.input)).toEqual([{ memberId: 1, reason: 'email of 12 March' }]);
  });
});

describe('members table columns', () => {
  it('keep their identity across renders, so rows and cells are not mounted again while scrolling', async () => {
    const seen: unknown[] = [];
    let rerender: () => void = () => undefined;
    function Probe() {
      const [, setTick] = useState(0);
      rerender = () => setTick((n) => n + 1);
      seen.push(useMemberColumns());
      return null;
    }
    const fake = fakeClient(handlers());
    await render(
      <ApiProvider client={fake.client}>
        <NoticesProvider>
          <WorkspaceProvider>
            <MemberVocabularyProvider>
              <Probe />
            </MemberVocabularyProvider>
          </WorkspaceProvider>
        </NoticesProvider>
      </ApiProvider>,
    );
    await settle();
    const before = seen.at(-1);
    await act(async () => rerender());
    await act(async () => rerender());
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.at(-1)).toBe(before);
  });
});

const choose = (select: HTMLSelectElement, value: string) =>
  act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
const setText = (field: HTMLInputElement | HTMLTextAreaElement, text: string) =>
  act(async () => {
    const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
const tagsOf = (...extra: { id: number; name: string }[]) => ({
  tags: [
    { id: 1, name: 'vip', color: '#4e79a7', members: 3, createdAt: '2026-01-01T00:00:00Z' },
    { id: 2, name: 'seed', color: '#59a14f', members: 0, createdAt: '2026-01-01T00:00:00Z' },
    ...extra.map((tag) => ({ ...tag, color: '#e15759', members: 1, createdAt: '2026-01-02T00:00:00Z' })),
  ],
});
const optionTexts = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent);

describe('panel data after a change elsewhere', () => {
  const job = (state: 'running' | 'succeeded') => ({
    id: 'job-7', kind: 'members.import', state, progress: { done: 1, total: 1, phase: null },
    startedAt: '2026-01-15T09:00:00.000Z', finishedAt: state === 'running' ? null : '2026-01-15T09:00:05.000Z', result: null, error: null,
  });

  it('shows tags an import created in the table cells, the bulk bar and the member page, without a reload', async () => {
    const importedRows = [{ ...rows[0]!, tags: [1, 3] }, rows[1]!, rows[2]!];
    const handlersNow: FakeHandlers = {
      // Each answer is a new object, as over IPC or HTTP.
      'workspace.info': () => ({ ...info }),
      'members.list': ({ cursor }) => (cursor ? { rows: [], nextCursor: null } : { rows: importedRows, nextCursor: 'next' }),
    };
    const { fake, root } = await open('#/panel', handlersNow);
    expect(root.querySelector('.members-body')!.textContent).not.toContain('imported');

    // The import job ends: its last job.progress event says so.
    fake.handlers['tags.list'] = () => tagsOf({ id: 3, name: 'imported' });
    fake.emit('job.progress', job('running'));
    fake.emit('job.progress', job('succeeded'));
    await settle();
    await settle();
    expect(root.querySelector('.members-body')!.textContent).toContain('imported');
    await click(root.querySelector('input[aria-label="Select 王伟"]')!);
    expect(optionTexts(byText(root, 'option', 'Choose a tag…').closest('select')!)).toContain('imported');

    // Another window adds a tag, then says so: workspace.changed.
    fake.handlers['tags.list'] = () => tagsOf({ id: 3, name: 'imported' }, { id: 4, name: 'from elsewhere' });
    fake.handlers['members.get'] = () => memberDetail;
    window.location.hash = '#/panel/member/1';
    await settle();
    fake.emit('workspace.changed', { path: info.path });
    await settle();
    await settle();
    expect(optionTexts(byText(root, 'option', 'Add a tag…').closest('select')!)).toEqual(['Add a tag…', 'vip', 'seed', 'imported', 'from elsewhere']);
  });
});

const memberDetail: MemberDetail = {
  ...rows[0]!, externalId: null, phone: null, ageBand: null, sourceChannel: null, consentDate: null, consentScope: null, contactable: true,
  notes: null, erasedAt: null, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z', tags: [], attributes: [],
  openness: { score: 3.4, answered: 9, band: 'mid' }, responses: { total: 2, complete: 2, lastAt: '2026-01-03T00:00:00Z' }, contacts: { total: 1, lastAt: '2026-01-04T00:00:00Z' }, history: [],
};

describe('members table cells', () => {
  it('show every tag of a member: the first ones, then +N, with all of them in the tooltip', async () => {
    const many = { ...rows[0]!, tags: [1, 2, 3, 4] };
    const { root } = await open('#/panel', {
      'tags.list': () => tagsOf({ id: 3, name: 'beta' }, { id: 4, name: 'newsletter' }),
      'members.list': ({ cursor }) => (cursor ? { rows: [], nextCursor: null } : { rows: [many], nextCursor: null }),
    });
    const cell = root.querySelector('.members-body .tag-list')!;
    expect(cell.getAttribute('title')).toBe('beta, newsletter, seed, vip');
    expect([...cell.querySelectorAll('.tag-inline-name')].map((n) => n.textContent)).toEqual(['beta', 'newsletter']);
    expect(cell.querySelector('.tag-more')?.textContent).toBe('+2');
  });

  it('show one contact status with its reason, from the core’s rule', async () => {
    const statuses = [
      { ...rows[0]!, notContactable: null },
      { ...rows[1]!, consentStatus: 'unknown' as const, notContactable: 'noConsent' as const },
      { ...rows[2]!, doNotContact: true, notContactable: 'doNotContact' as const },
    ];
    localStorage.setItem('workbench.panel.columns', JSON.stringify(['code', 'name', 'consentStatus', 'contact']));
    const { root } = await open('#/panel', { 'members.list': ({ cursor }) => (cursor ? { rows: [], nextCursor: null } : { rows: statuses, nextCursor: null }) });
    localStorage.removeItem('workbench.panel.columns');
    const cells = [...root.querySelectorAll('.members-body .contact-status')];
    expect(cells.map((c) => [c.textContent, c.getAttribute('title')])).toEqual([
      ['Contactable', 'Contactable'],
      ['No consent', 'Not contactable: no consent'],
      ['Do not contact', 'Not contactable: marked do not contact'],
    ]);
    // The consent column says the consent only; do-not-contact shows once, in the contact status.
    expect(root.querySelector('.members-body')!.textContent).not.toContain('DNC');
  });
});

describe('bulk consent', () => {
  it('records consent with status, date, scope and reason for the selection, then offers to undo it', async () => {
    let last: BulkAction | null = null;
    const { fake, root } = await open('#/panel', {
      'tags.lastAction': () => ({ action: last }),
      'members.setConsent': (input) => {
        last = { id: 5, kind: 'consent', tagId: null, tagName: null, consent: { status: input.consentStatus, date: input.consentDate ?? null, scope: input.consentScope ?? null }, actor: 'Mei Chen', at: '2026-01-15T10:00:00Z', changed: 2, undoneAt: null };
        return { actionId: 5, changed: 2 };
      },
    });
    await click(root.querySelector('input[aria-label="Select 王伟"]')!);
    await click(root.querySelector('input[aria-label="Select Анна Иванова"]')!);
    await click(byText(root, '.selection-bar button', 'Record consent…'));
    const dialog = document.querySelector('dialog')!;
    expect(dialog.querySelector<HTMLInputElement>('input[type="date"]')!.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await choose(dialog.querySelector('select')!, 'granted');
    await setText(dialog.querySelector<HTMLInputElement>('input[type="date"]')!, '2026-01-10');
    await setText(byText(dialog, 'label', 'Consent scope').parentElement!.querySelector('input')!, 'surveys and interviews');
    await click(byText(dialog, 'button', 'Record consent'));
    expect(dialog.textContent).toContain('Say why, in at least 3 characters.');
    expect(fake.callsOf('members.setConsent')).toEqual([]);
    await setText(dialog.querySelector('textarea')!, 'Panel terms v3 accepted');
    await click(byText(dialog, 'button', 'Record consent'));
    await settle();
    expect(fake.callsOf('members.setConsent').map((c) => c.input)).toEqual([
      { memberIds: [1, 2], consentStatus: 'granted', consentDate: '2026-01-10', consentScope: 'surveys and interviews', reason: 'Panel terms v3 accepted' },
    ]);
    expect(document.querySelector('.notice')?.textContent).toContain('Consent “Granted” recorded. Changed: 2.');
    expect(byText(root, 'button', 'Undo last bulk action').getAttribute('title')).toMatch(/^Consent “Granted”: 2/);
  });
});

describe('member page', () => {
  it('says why a member cannot be contacted, as the table does', async () => {
    const { root } = await open('#/panel/member/1', { 'members.get': () => ({ ...memberDetail, doNotContact: true, contactable: false, notContactable: 'doNotContact' }) });
    expect(root.querySelector('.member-status .tag')?.textContent).toBe('Not contactable: marked do not contact');
  });

  it('lists recruitment steps in the history with their campaign', async () => {
    const spring = { id: 4, name: 'Spring study' };
    const history: MemberDetail['history'] = [
      { at: '2026-01-05T10:00:00Z', action: 'member.markedSeed', actor: 'Mei Chen', reason: 'shortlist', campaign: null, campaignReason: null },
      { at: '2026-01-04T10:00:00Z', action: 'campaign.disqualified', actor: null, reason: null, campaign: spring, campaignReason: 'rules' },
      { at: '2026-01-03T10:00:00Z', action: 'campaign.screened', actor: null, reason: null, campaign: spring, campaignReason: null },
      { at: '2026-01-02T10:00:00Z', action: 'campaign.invited', actor: 'Mei Chen', reason: null, campaign: spring, campaignReason: null },
      { at: '2026-01-01T10:00:00Z', action: 'member.consentBulk', actor: 'Mei Chen', reason: 'web form', campaign: null, campaignReason: null },
    ];
    const { root } = await open('#/panel/member/1', { 'members.get': () => ({ ...memberDetail, history }) });
    const items = [...root.querySelectorAll('.audit-list li .audit-action')].map((e) => e.textContent);
    expect(items).toEqual([
      'Marked as seed user',
      'Disqualified in “Spring study”: does not meet the rules',
      'Screened in “Spring study”',
      'Invited to “Spring study”',
      'Consent recorded for a group',
    ]);
  });

  it('asks before leaving with unsaved changes: the nav bar, a link, or closing the window', async () => {
    const { root } = await open('#/panel/member/1', { 'members.get': () => memberDetail });
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    await setText(root.querySelector<HTMLInputElement>('.member-form input')!, 'Wei Wang');
    expect(unload()).toBe(true);

    await click(byText(root, '.nav-link', 'Overview'));
    await settle();
    expect(window.location.hash).toBe('#/panel/member/1');
    const dialog = document.querySelector('dialog')!;
    expect(dialog.textContent).toContain('Leave without saving?');
    await click(byText(dialog, 'button', 'Stay'));
    expect(document.querySelector('dialog')).toBeNull();
    expect(root.querySelector<HTMLInputElement>('.member-form input')!.value).toBe('Wei Wang');

    await click(byText(root, 'a.back-link', 'Members'));
    await settle();
    expect(window.location.hash).toBe('#/panel/member/1');
    await click(byText(document.querySelector('dialog')!, 'button', 'Stay'));

    // Back, or an address typed: the address changes first, and is put back.
    window.location.hash = '#/panel/tags';
    await settle();
    await settle();
    expect(window.location.hash).toBe('#/panel/member/1');
    expect(root.querySelector('.member-form')).not.toBeNull();
    await click(byText(document.querySelector('dialog')!, 'button', 'Discard changes'));
    await settle();
    await settle();
    expect(window.location.hash).toBe('#/panel/tags');
    expect(root.querySelector('h1')?.textContent).toBe('Tags and attributes');
  });
});

describe('saved view name', () => {
  it('goes when "Clear search and filter" clears the view’s search and filter', async () => {
    const view = { id: 4, name: 'Chinese panel', filter: { field: 'country', op: 'eq' as const, value: 'CN' }, search: '王', sort: null, columns: [], createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
    const { root } = await open('#/panel', { 'views.list': () => ({ views: [view] }), 'members.count': ({ filter }) => ({ total: filter ? 0 : 1234 }) });
    await click(byText(root, '.members-toolbar button', 'Views'));
    await click(byText(root, '.menu-item', 'Chinese panel'));
    await settle();
    expect(root.querySelector('.views-button-label')?.textContent).toBe('Chinese panel');
    await click(byText(root, 'button', 'Clear search and filter'));
    await settle();
    expect(root.textContent).toContain('1,234 in the panel');
    expect(root.querySelector('.views-button-label')?.textContent).toBe('Views');
  });
});

describe('tags page', () => {
  it('names custom attributes by their label, never as attr:<key>', async () => {
    const { root } = await open('#/panel/tags', {
      'attributes.list': () => ({ attributes: [{ id: 1, key: 'shoe_size', label: 'Shoe size', type: 'number', choices: null, createdAt: '2026-01-01T00:00:00Z' }] }),
    });
    expect(root.querySelector('[aria-labelledby="attributes-title"] tbody td')?.textContent).toBe('Shoe size');
    expect(root.textContent).not.toContain('attr:');
  });
});

describe('members filter, a stored filter the core refuses', () => {
  it('marks the row with the country nobody calls that', async () => {
    const view = { id: 9, name: 'Old China', filter: { and: [{ field: 'country', op: 'eq' as const, value: 'CHINAA' }] }, search: null, sort: null, columns: [], createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
    const { root } = await open('#/panel', {
      'views.list': () => ({ views: [view] }),
      'members.count': ({ filter }) => {
        if (filter) throw new ApiError({ code: 'VALIDATION', message: 'The filter is not valid', key: 'errors.invalidFilter', params: { problems: 'filter.and[0].value' }, issues: [{ path: ['filter.and[0].value'], message: 'x' }] });
        return { total: 1234 };
      },
    });
    await click(byText(root, '.members-toolbar button', 'Views'));
    await click(byText(root, '.menu-item', 'Old China'));
    await settle();
    await click(byText(root, '.members-toolbar button', 'Filter (1)'));
    const row = root.querySelector('[role="group"][aria-label="Condition 1"]')!;
    expect(row.querySelector('.field-error')?.textContent).toBe('Country: nothing is called that. Enter a code such as CN or a name such as China.');
  });
});
