import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { JobState } from '@api/jobs';
import type { WorkspaceInfo } from '@api/workspace';
import type { FakeHandlers } from './support/fake-client';
import { settle } from './support/render';
import { renderWindow } from './support/render-window';

const info = (members: number): WorkspaceInfo => ({
  path: '/data/workspaces/new.sqlite',
  name: 'new',
  schemaVersion: 4,
  sizeBytes: 4096,
  counts: { members, surveys: members ? 2 : 0, responses: members ? 1500 : 0 },
  lifecycle: members ? [{ stage: 'acquisition', members }] : [],
});

const demoJob = (state: JobState['state'], done: number): JobState => ({
  id: 'demo-1',
  kind: 'workspace.demo',
  state,
  progress: { done, total: 3500, phase: 'jobs.phase.members' },
  startedAt: '2026-01-15T09:00:00.000Z',
  finishedAt: state === 'running' ? null : '2026-01-15T09:00:04.000Z',
  result: null,
  error: null,
});

/** A new workspace whose demo community is still being generated (nothing committed yet). */
const handlers = (): FakeHandlers => ({
  'profile.get': () => ({ name: 'Mei Chen' }),
  'workspace.info': () => info(0),
  'jobs.list': () => ({ jobs: [demoJob('running', 1200)] }),
  'tags.list': () => ({ tags: [] }),
  'attributes.list': () => ({ attributes: [] }),
  'views.list': () => ({ views: [] }),
  'tags.lastAction': () => ({ action: null }),
  'members.count': () => ({ total: 0 }),
  'members.list': () => ({ rows: [], nextCursor: null }),
});

const open = (hash: string, extra: FakeHandlers = {}) => renderWindow(hash, { ...handlers(), ...extra });

/** The demo job's progress where the page would otherwise say it is empty (not the jobs panel's). */
const pageProgress = (root: HTMLElement) => root.querySelector('.app-main [role="progressbar"]');

/**
 * The job ends: the window hears its last progress event, then reads the workspace again (slowly:
 * until that answer arrives the page still shows the job, full, never that it is empty).
 */
async function finish(root: HTMLElement, fake: Awaited<ReturnType<typeof open>>['fake'], emptyText: string) {
  let answer = (_: WorkspaceInfo) => {};
  const reading = new Promise<WorkspaceInfo>((resolve) => (answer = resolve));
  // A slow answer: the fake client passes on the promise the handler returns.
  fake.handlers['workspace.info'] = () => reading as unknown as WorkspaceInfo;
  fake.handlers['members.count'] = () => ({ total: 2000 });
  await act(async () => fake.emit('job.progress', demoJob('succeeded', 3500)));
  await settle();
  expect(pageProgress(root)?.getAttribute('aria-valuenow')).toBe('3500');
  expect(root.querySelector('.app-main')!.textContent).not.toContain(emptyText);
  await act(async () => answer(info(2000)));
  await settle();
  await settle();
}

describe('a new workspace while its demo community is generated', () => {
  it('shows the progress on the overview, then the counts and the funnel when the job ends', async () => {
    const { fake, root } = await open('#/overview');
    const main = root.querySelector('.app-main')!;
    expect(main.textContent).toContain('Filling the workspace with the demo community');
    expect(pageProgress(root)?.getAttribute('aria-valuenow')).toBe('1200');
    expect(pageProgress(root)?.getAttribute('aria-valuemax')).toBe('3500');
    expect(main.textContent).toContain('Members: 1,200 of 3,500');

    await act(async () => fake.emit('job.progress', demoJob('running', 2400)));
    expect(pageProgress(root)?.getAttribute('aria-valuenow')).toBe('2400');

    await finish(root, fake, 'This workspace is empty');
    expect(pageProgress(root)).toBeNull();
    expect(main.textContent).not.toContain('Filling the workspace');
    expect(main.querySelector('.lifecycle-card')).not.toBeNull();
  });

  it('shows the progress in the panel instead of “No members yet”, then the members’ count when the job ends', async () => {
    const { fake, root } = await open('#/panel');
    const main = root.querySelector('.app-main')!;
    expect(main.textContent).not.toContain('No members yet');
    expect(main.textContent).toContain('Filling the workspace with the demo community');
    expect(pageProgress(root)?.getAttribute('aria-valuenow')).toBe('1200');

    await finish(root, fake, 'No members yet');
    expect(pageProgress(root)).toBeNull();
    expect(main.textContent).not.toContain('No members yet');
    expect(main.querySelector('.page-subtitle')?.textContent).toBe('2,000 in the panel');
  });
});

describe('the lifecycle funnel on the overview', () => {
  it('accounts for every member counted on the card: those with no stage get a translated bar of their own', async () => {
    const lifecycle = [
      { stage: 'acquisition', members: 1000 },
      { stage: 'activation', members: 600 },
      { stage: 'retention', members: 300 },
      { stage: 'monetization', members: 100 },
    ];
    const { root } = await open('#/overview', { 'jobs.list': () => ({ jobs: [] }), 'workspace.info': () => ({ ...info(2995), lifecycle }) });
    const table = root.querySelector('.lifecycle-card table')!;
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Acquisition', '2,000', '1,000', '67%'],
      ['Activation', '1,000', '600', '33%'],
      ['Retention', '400', '300', '13%'],
      ['Monetization', '100', '100', '3%'],
      ['No stage', '995', '995', '33%'],
    ]);
    expect(root.querySelector('.lifecycle-card')?.textContent).toContain('No stage: members with no recorded lifecycle stage');
  });
});
