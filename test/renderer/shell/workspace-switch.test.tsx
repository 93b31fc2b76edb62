import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { WorkspaceInfo } from '@api/workspace';
import { ApiProvider } from '@renderer/api/api-context';
import { AppShell } from '@renderer/shell/app-shell';
import { fakeClient, type FakeHandlers } from '../support/fake-client';
import { byText, click, render, settle } from '../support/render';

const info = (name: string, members: number): WorkspaceInfo => ({
  path: `/data/workspaces/${name}.sqlite`,
  name,
  schemaVersion: 3,
  sizeBytes: 300_000,
  counts: { members, surveys: 0, responses: 0 },
  lifecycle: [],
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

const baseHandlers = (): FakeHandlers => ({
  'profile.get': () => ({ name: 'Mei Chen' }),
  'workspace.info': () => info('spring', 3),
  'jobs.list': () => ({ jobs: [] }),
  'app.info': () => ({ host: 'browser', version: 'test', workspacesDir: '/data/workspaces', allowedDirs: ['/data/workspaces'] }),
});

const notices = () => [...document.querySelectorAll('.notice')].map((n) => n.textContent);

describe('a workspace switched in another tab', () => {
  it('is followed with a notice, and the page of the previous workspace is left for the overview', async () => {
    window.location.hash = '#/panel/member/42';
    const { fake, root } = await renderShell(baseHandlers());
    fake.handlers['workspace.info'] = () => info('autumn', 7);
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
      return info('autumn', 7);
    };
    fake.handlers['workspace.info'] = () => info('autumn', 7);
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
