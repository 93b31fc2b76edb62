import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { JobState } from '@api/jobs';
import type { WorkspaceInfo } from '@api/workspace';
import { ApiProvider } from '@renderer/api/api-context';
import { AppShell } from '@renderer/shell/app-shell';
import { fakeClient, type FakeHandlers } from '../support/fake-client';
import { byText, click, render, settle, typeInto } from '../support/render';

const info = (members: number): WorkspaceInfo => ({
  path: '/data/workspaces/spring.sqlite',
  name: 'spring',
  schemaVersion: 3,
  sizeBytes: 300_000,
  counts: { members, surveys: members ? 2 : 0, responses: members ? 1500 : 0 },
  lifecycle: [],
});

const demoJob = (state: JobState['state'], done: number): JobState => ({
  id: 'job-1',
  kind: 'workspace.demo',
  state,
  progress: { done, total: 2000, phase: 'jobs.phase.members' },
  startedAt: '2026-01-15T09:00:00.000Z',
  finishedAt: state === 'running' ? null : '2026-01-15T09:00:05.000Z',
  result: null,
  error: null,
});

const baseHandlers = (): FakeHandlers => ({
  'profile.get': () => ({ name: 'Mei Chen' }),
  'workspace.info': () => info(0),
  'jobs.list': () => ({ jobs: [] }),
});

async function renderShell(handlers: FakeHandlers) {
  const fake = fakeClient(handlers);
  const root = await render(
    <ApiProvider client={fake.client}>
      <AppShell />
    </ApiProvider>,
  );
  await settle();
  return { fake, root };
}

const countOnCard = (root: HTMLElement, label: string) =>
  byText(root, '.count-card-label', label).closest('.count-card')!.querySelector('.count-card-value')!.textContent;

describe('first run', () => {
  it('asks for a name and will not continue without one', async () => {
    const { fake } = await renderShell({ ...baseHandlers(), 'profile.get': () => ({ name: null }), 'profile.set': ({ name }) => ({ name }) });
    const dialog = document.querySelector('dialog')!;
    expect(dialog.textContent).toContain('Your name (recorded in audit entries)');
    expect(byText(dialog, 'button', 'Continue')).toBeTruthy();
    expect(dialog.querySelector('[aria-label="Close"]')).toBeNull();

    await click(byText(dialog, 'button', 'Continue'));
    expect(dialog.textContent).toContain('Enter your name to continue.');
    await typeInto(dialog.querySelector('input')!, '   ');
    await click(byText(dialog, 'button', 'Continue'));
    expect(fake.callsOf('profile.set')).toEqual([]);

    fake.handlers['profile.get'] = () => ({ name: 'Mei Chen' });
    await typeInto(dialog.querySelector('input')!, '  Mei Chen ');
    await click(byText(dialog, 'button', 'Continue'));
    await settle();
    expect(fake.callsOf('profile.set').map((c) => c.input)).toEqual([{ name: 'Mei Chen' }]);
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.querySelector('.user-name')?.textContent).toBe('Mei Chen');
  });
});

describe('overview and jobs', () => {
  it('shows a running demo job and refreshes the overview when it ends', async () => {
    const { fake, root } = await renderShell({ ...baseHandlers(), 'jobs.list': () => ({ jobs: [demoJob('running', 1200)] }) });
    expect(countOnCard(root, 'Members')).toBe('0');
    expect(root.textContent).toContain('Filling the workspace with the demo community');
    const panel = root.querySelector('[aria-label="Background jobs"]')!;
    expect(panel.textContent).toContain('Demo community');
    expect(panel.textContent).toContain('Members');
    expect(panel.textContent).toContain('1,200 of 2,000');

    fake.handlers['workspace.info'] = () => info(2000);
    await act(async () => fake.emit('job.progress', demoJob('succeeded', 2000)));
    await settle();
    expect(countOnCard(root, 'Members')).toBe('2,000');
    expect(countOnCard(root, 'Responses')).toBe('1,500');
    expect(root.querySelector('[aria-label="Background jobs"]')).toBeNull();
  });

  it('cancels a job from the panel', async () => {
    const { fake, root } = await renderShell({
      ...baseHandlers(),
      'jobs.list': () => ({ jobs: [demoJob('running', 10)] }),
      'jobs.cancel': () => demoJob('cancelled', 10),
    });
    await click(byText(root, 'button', 'Cancel'));
    await settle();
    expect(fake.callsOf('jobs.cancel').map((c) => c.input)).toEqual([{ jobId: 'job-1' }]);
    expect(root.querySelector('[aria-label="Background jobs"]')?.textContent).toContain('Cancelled. Nothing it started was kept.');
  });

  it('reads the workspace again on workspace.changed', async () => {
    const { fake, root } = await renderShell(baseHandlers());
    fake.handlers['workspace.info'] = () => ({ ...info(5), name: 'autumn' });
    await act(async () => fake.emit('workspace.changed', { path: '/data/workspaces/autumn.sqlite' }));
    await settle();
    expect(root.querySelector('.header-workspace-name')?.textContent).toBe('autumn');
    expect(countOnCard(root, 'Members')).toBe('5');
  });
});

/** Another workspace, at its own path. */
const named = (name: string, members: number): WorkspaceInfo => ({ ...info(members), name, path: `/data/workspaces/${name}.sqlite` });

const notices = () => [...document.querySelectorAll('.notice')].map((n) => n.textContent);

describe('a workspace switched in another tab', () => {
  it('is followed with a notice, and the page of the previous workspace is left for the overview', async () => {
    window.location.hash = '#/panel/member/42';
    const { fake, root } = await renderShell(baseHandlers());
    fake.handlers['workspace.info'] = () => named('autumn', 7);
    await act(async () => fake.emit('workspace.changed', { path: '/data/workspaces/autumn.sqlite' }));
    await settle();
    expect(root.querySelector('.header-workspace-name')?.textContent).toBe('autumn');
    expect(notices()).toEqual(['The workspace “autumn” was opened in another tab or window. This page now shows it.']);
    expect(document.querySelector('.notice')?.getAttribute('role')).toBe('status');
    expect(window.location.hash).toBe('#/overview');
  });

  it('is no news when this tab opened it, nor when the same workspace changed', async () => {
    window.location.hash = '#/overview';
    const { fake, root } = await renderShell({
      ...baseHandlers(),
      'app.info': () => ({ host: 'browser', version: 'test', workspacesDir: '/data/workspaces', allowedDirs: ['/data/workspaces'] }),
      'workspace.browse': () => ({
        dir: '/data/workspaces',
        dirs: ['/data/workspaces'],
        files: [{ name: 'autumn.sqlite', path: '/data/workspaces/autumn.sqlite', sizeBytes: 1000, modifiedAt: '2026-01-15T09:00:00.000Z' }],
      }),
    });
    await act(async () => fake.emit('workspace.changed', { path: '/data/workspaces/spring.sqlite' }));
    fake.handlers['workspace.open'] = ({ path }) => {
      // The host announces the switch to every tab, often before the call's own answer arrives.
      fake.emit('workspace.changed', { path });
      return named('autumn', 7);
    };
    fake.handlers['workspace.info'] = () => named('autumn', 7);
    await click(byText(root, 'button', 'File'));
    await click(byText(document.body, 'button', 'Open workspace…'));
    await settle();
    await click(document.querySelector('.file-row')!);
    await settle();
    expect(fake.callsOf('workspace.open').map((c) => c.input)).toEqual([{ path: '/data/workspaces/autumn.sqlite', takeOver: false }]);
    expect(root.querySelector('.header-workspace-name')?.textContent).toBe('autumn');
    expect(notices()).toEqual([]);
  });
});
