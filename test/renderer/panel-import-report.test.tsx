import { describe, expect, it, vi } from 'vitest';
import type { ImportPreview, ImportResult } from '@api/member-import';
import type { JobState } from '@api/jobs';
import { ApiProvider } from '@renderer/api/api-context';
import { ImportHistory } from '@renderer/features/panel/import/import-history';
import { PreviewStep } from '@renderer/features/panel/import/preview-step';
import { RunStep } from '@renderer/features/panel/import/run-step';
import { JobsProvider } from '@renderer/shell/jobs-context';
import { NoticesProvider } from '@renderer/shell/notices';
import { fakeClient, type FakeHandlers } from './support/fake-client';
import { byText, click, render, settle } from './support/render';

const group = (code: string, rows: number[], message: string) => ({ column: null, code, value: null, count: rows.length, rows, message, key: `import.issue.${code}`, params: {} });

const allOrNothing: ImportResult = {
  committed: false,
  message: 'Nothing was imported.',
  batchId: null,
  rows: 400,
  inserted: 0,
  updated: 0,
  skipped: 2,
  rejectedCount: 2,
  rejected: [{ row: 50, column: 'email', value: 'member50.example.com', message: "Column 'email': 'member50.example.com' is not an email address.", key: 'import.issue.invalidEmail', params: { value: 'member50.example.com', column: 'email' } }],
  skips: [group('duplicateInFile', [200, 333], 'Skipped: repeats the external id or email of an earlier row of this file (two rows never make or update one member).')],
  warningCount: 1,
  warnings: [{ ...group('countryUnknown', [7], "'(nu' is neither a country code (ISO 3166) nor a country name; left empty."), column: 'country', value: '(nu' }],
};

async function renderRun(result: ImportResult, handlers: FakeHandlers = {}) {
  const job: JobState = {
    id: 'job-1', kind: 'members.import', state: 'succeeded', progress: { done: 1, total: 1, phase: null },
    startedAt: '2026-01-15T09:00:00Z', finishedAt: '2026-01-15T09:00:01Z', result, error: null,
  };
  const fake = fakeClient({ 'app.info': () => ({ host: 'browser', version: 't', workspacesDir: '/w', allowedDirs: [] }), 'jobs.list': () => ({ jobs: [job] }), ...handlers });
  const onShowMembers = vi.fn();
  const root = await render(
    <ApiProvider client={fake.client}>
      <NoticesProvider>
        <JobsProvider onJobEnded={() => undefined}>
          <RunStep jobId="job-1" onRetryValidRows={() => undefined} onAnother={() => undefined} onShowMembers={onShowMembers} />
        </JobsProvider>
      </NoticesProvider>
    </ApiProvider>,
  );
  await settle();
  return { root, onShowMembers };
}

const sectionTitled = (root: HTMLElement, start: string) => [...root.querySelectorAll('details.result-section')].find((d) => d.querySelector('summary')!.textContent!.startsWith(start));

describe('the import report', () => {
  it('all or nothing: counts and lists the duplicate rows as skipped, apart from the warnings', async () => {
    const { root } = await renderRun(allOrNothing);
    const counts = Object.fromEntries([...root.querySelectorAll('.result-count')].map((c) => [c.querySelector('dt')!.textContent, c.querySelector('dd')!.textContent]));
    expect(counts).toMatchObject({ Skipped: '2', Rejected: '2', Warnings: '1' });
    const skipped = sectionTitled(root, 'Skipped rows (2)')!;
    expect(skipped.textContent).toContain('repeats the external id or email of an earlier row');
    expect(skipped.textContent).toContain('200, 333');
    const warnings = sectionTitled(root, 'Warnings (1)')!;
    expect(warnings.textContent).not.toContain('Skipped');
  });

  it('“Show the members” asks for a fresh members table instead of following a link to the old view', async () => {
    const { root, onShowMembers } = await renderRun({ ...allOrNothing, committed: true, batchId: 3, inserted: 396, rejected: [], rejectedCount: 0 });
    const button = byText(root, 'button', 'Show the members');
    await click(button);
    expect(onShowMembers).toHaveBeenCalledTimes(1);
    expect(root.querySelector('a[href="#/panel"]')).toBeNull();
  });

  it('offers Undo after an import that only updated members', async () => {
    const { root } = await renderRun({ ...allOrNothing, committed: true, batchId: 3, updated: 396, rejected: [], rejectedCount: 0 });
    expect(byText(root, 'button', 'Undo this import')).toBeTruthy();
  });
});

describe('earlier imports', () => {
  const batch = { fileName: 'members.csv', actor: 'Pat', startedAt: '2026-01-15T09:00:00Z', finishedAt: null, inserted: 396, updated: 0, skipped: 2, rejected: 2, warnings: 0, undoneAt: null, membersRemaining: 396, undoUntil: null };
  it('shows the skipped rows and offers Undo only where it would work, saying why not elsewhere', async () => {
    const fake = fakeClient({
      'imports.list': () => ({
        items: [
          { ...batch, id: 3, undo: 'touched' as const },
          { ...batch, id: 2, undo: 'nothing' as const, inserted: 0, membersRemaining: 0, skipped: 398 },
          { ...batch, id: 1, undo: 'available' as const },
        ],
      }),
    });
    const root = await render(
      <ApiProvider client={fake.client}>
        <NoticesProvider>
          <JobsProvider onJobEnded={() => undefined}>
            <ImportHistory />
          </JobsProvider>
        </NoticesProvider>
      </ApiProvider>,
    );
    await settle();
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).toContain('Skipped');
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows.map((r) => [r[4], r[6]])).toEqual([
      ['2', 'Changed since'],
      ['398', ''],
      ['2', 'Undo this import'],
    ]);
  });
});

describe('the preview', () => {
  const preview: ImportPreview = {
    fileName: 'members.csv', sizeBytes: 40_000, maxBytes: 1e9,
    encoding: { detected: 'utf-8', used: 'utf-8', bom: true, confidence: 'certain' },
    delimiter: { detected: ',', used: ',' }, hasHeader: { detected: true, used: true },
    columns: [{ index: 0, name: 'email', suggested: 'email', values: [], empty: 0 }],
    sample: Array.from({ length: 20 }, (_, i) => ({ row: i + 1, values: [`m${i + 1}@example.com`] })),
    rowsRead: 200, bytesRead: 40_000, complete: false, problems: [], canImport: true, savedMapping: null,
  };
  it('says how many rows it shows and what it checked, instead of “no problems found” for values it did not check', async () => {
    const root = await render(<PreviewStep preview={preview} loading={false} error={null} overrides={{}} onOverrides={() => undefined} onBack={() => undefined} onNext={() => undefined} />);
    expect(root.querySelector('.card-caption')!.textContent).toContain('The first 20 of the 200 rows read are shown here');
    expect(root.textContent).toContain('Checked the first 200 rows: encoding, delimiter, quotes, number of fields and control characters. Values such as emails and dates are checked during the import.');
  });
});
