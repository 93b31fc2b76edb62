import { describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '@api/member-import';
import type { JobState } from '@api/jobs';
import { ApiProvider } from '@renderer/api/api-context';
import { FileStep } from '@renderer/components/import-wizard/import-wizard';
import { RunStep } from '@renderer/features/panel/import/run-step';
import { JobsProvider } from '@renderer/shell/jobs-context';
import { NoticesProvider } from '@renderer/shell/notices';
import { fakeClient, type FakeHandlers } from './support/fake-client';
import { byText, click, render, settle } from './support/render';

const appInfo = (host: 'electron' | 'browser'): FakeHandlers => ({
  'app.info': () => ({ host, version: 'test', workspacesDir: '/home/ana/workspaces', allowedDirs: ['/home/ana/workspaces'] }),
});

async function fileStep(host: 'electron' | 'browser', chosen: string | null) {
  const fake = fakeClient({ ...appInfo(host), 'dialogs.openPath': () => ({ path: chosen }) });
  const onSource = vi.fn();
  const root = await render(
    <ApiProvider client={fake.client}>
      <FileStep intro="One member per row." purpose="memberImport" exampleName="members.csv" onSource={onSource} />
    </ApiProvider>,
  );
  await settle();
  return { fake, onSource, root };
}

describe('import file step in the desktop app', () => {
  it('offers the native open dialog first and goes on with the chosen path', async () => {
    const { fake, onSource, root } = await fileStep('electron', '/home/ana/Панель 2026.csv');
    expect(root.querySelector('input[type="file"]')).toBeNull();
    expect(byText(root, 'label', 'Or the path of a file on this computer')).toBeTruthy();
    await click(byText(root, 'button.button-primary', 'Choose a file…'));
    await settle();
    expect(fake.callsOf('dialogs.openPath').map((c) => c.input)).toEqual([{ purpose: 'memberImport' }]);
    expect(onSource.mock.calls).toEqual([[{ file: { path: '/home/ana/Панель 2026.csv' }, name: 'Панель 2026.csv', sizeBytes: null }]]);
  });

  it('stays on the step when the dialog is cancelled', async () => {
    const { fake, onSource, root } = await fileStep('electron', null);
    await click(byText(root, 'button', 'Choose a file…'));
    await settle();
    expect(fake.callsOf('dialogs.openPath')).toHaveLength(1);
    expect(onSource).not.toHaveBeenCalled();
    expect(byText(root, 'button', 'Choose a file…').hasAttribute('disabled')).toBe(false);
  });

  it('uploads in the browser host instead, without asking for a native dialog', async () => {
    const { fake, root } = await fileStep('browser', '/never.csv');
    expect(root.querySelector('input[type="file"]')).not.toBeNull();
    expect(root.querySelector('button.button-primary')).toBeNull();
    expect(fake.callsOf('dialogs.openPath')).toEqual([]);
  });
});

describe('saving the rejected rows in the desktop app', () => {
  const result: ImportResult = {
    committed: true, message: 'Imported.', batchId: 1, rows: 3, inserted: 1, updated: 0, skipped: 0, rejectedCount: 2,
    rejected: [], skips: [], warningCount: 0, warnings: [],
  };
  const job: JobState = {
    id: 'job-1', kind: 'members.import', state: 'succeeded', progress: { done: 3, total: 3, phase: null },
    startedAt: '2026-01-15T09:00:00Z', finishedAt: '2026-01-15T09:00:01Z', result, error: null,
  };

  async function runStep(chosen: string | null) {
    const fake = fakeClient({
      ...appInfo('electron'),
      'jobs.list': () => ({ jobs: [job] }),
      'imports.rejectedCsv': ({ path }) => ({ path: path ?? '/home/ana/.workbench/import-rejects/x.csv', fileName: 'rejected-rows-2026-01-15.csv', rows: 2, downloadId: null }),
      'dialogs.savePath': () => ({ path: chosen }),
    });
    const root = await render(
      <ApiProvider client={fake.client}>
        <NoticesProvider>
          <JobsProvider onJobEnded={() => undefined}>
            <RunStep jobId="job-1" onRetryValidRows={() => undefined} onAnother={() => undefined} onShowMembers={() => undefined} />
          </JobsProvider>
        </NoticesProvider>
      </ApiProvider>,
    );
    await settle();
    await click(byText(root, 'button', 'Save rejected rows as CSV…'));
    await settle();
    return { fake, root };
  }

  it('asks where to save, proposing the file’s name, then has the core save it there', async () => {
    const { fake } = await runStep('/home/ana/to fix.csv');
    expect(fake.callsOf('dialogs.savePath').map((c) => c.input)).toEqual([{ purpose: 'rejectedRows', defaultName: 'rejected-rows-2026-01-15.csv' }]);
    expect(fake.callsOf('imports.rejectedCsv').map((c) => c.input)).toEqual([{ jobId: 'job-1' }, { jobId: 'job-1', path: '/home/ana/to fix.csv', replace: true }]);
    expect(document.querySelector('.notice')?.textContent).toContain('Saved the rejected rows to /home/ana/to fix.csv.');
  });

  it('saves nothing and says nothing when the dialog is cancelled', async () => {
    const { fake } = await runStep(null);
    expect(fake.callsOf('dialogs.savePath')).toHaveLength(1);
    expect(fake.callsOf('imports.rejectedCsv').map((c) => c.input)).toEqual([{ jobId: 'job-1' }]);
    expect(document.querySelector('.notice')).toBeNull();
  });
});
