import i18next from 'i18next';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobState } from '@api/jobs';
import type { ResponseImportPreview, ResponseImportResult } from '@api/response-import';
import { ApiProvider } from '@renderer/api/api-context';
import { CheckStep } from '@renderer/features/responses-import/check-step';
import { RunStep } from '@renderer/features/responses-import/run-step';
import { JobsProvider } from '@renderer/shell/jobs-context';
import { NoticesProvider } from '@renderer/shell/notices';
import { fakeClient } from '../support/fake-client';
import { byText, click, render, settle } from '../support/render';

const rejection = {
  row: 4,
  column: 'usage',
  value: 'Hourly',
  message: "Column 'usage': 'Hourly' is not an option of usage: expected the code or label of one of daily (Daily), weekly (Weekly).",
  key: 'responsesImport.issue.unknownOption',
  params: { value: 'Hourly', column: 'usage', questionId: 'usage', expected: 'daily (Daily), weekly (Weekly)' },
};

const check = {
  fileName: 'export.csv',
  sizeBytes: 120,
  maxBytes: 1e8,
  encoding: { detected: 'utf-8', used: 'utf-8', bom: false, confidence: 'certain' },
  delimiter: { detected: ',', used: ',' },
  hasHeader: { detected: true, used: true },
  columns: [{ index: 0, name: 'usage', values: [], empty: 0, suggested: null }],
  sample: [{ row: 1, values: ['daily'] }],
  rowsRead: 6,
  bytesRead: 120,
  complete: true,
  problems: [],
  canImport: true,
  version: { id: 'v1', surveyId: 's1', title: 'Pulse', version: 2, language: 'en', identification: 'anonymous' },
  targets: [],
  check: { rows: 6, added: 4, skipped: 1, rejected: 1, rejections: [rejection] },
} satisfies ResponseImportPreview;

const counts = (root: HTMLElement) => [...root.querySelectorAll('.result-count')].map((c) => [c.querySelector('dt')!.textContent, c.querySelector('dd')!.textContent]);

afterEach(() => act(async () => void (await i18next.changeLanguage('en'))));

describe('checking the rows before importing', () => {
  it('counts what the rows read would give and names each rejected row, column and value, in the user’s language', async () => {
    await act(async () => void (await i18next.changeLanguage('zh-CN')));
    const onStart = vi.fn();
    const root = await render(
      <CheckStep check={check} loading={false} error={null} mapped={1} overrides={{}} onOverrides={() => undefined} mode="all-or-nothing" onMode={() => undefined} starting={false} startError={null} onBack={() => undefined} onStart={onStart} />,
    );
    expect(counts(root)).toEqual([
      ['新答卷', '4'],
      ['跳过（无答案）', '1'],
      ['拒绝', '1'],
    ]);
    const cells = [...root.querySelectorAll('.rejected-table tbody td')].map((td) => td.textContent);
    expect(cells).toEqual(['4', 'usage', 'Hourly', '“Hourly”不是 usage 的选项：应为以下选项之一的代码或标签：daily (Daily), weekly (Weekly)。']);
    await click(byText(root, 'button', '导入'));
    expect(onStart).toHaveBeenCalledOnce();
  });
});

describe('the result of a response import', () => {
  const job = (result: ResponseImportResult): JobState => ({
    id: 'job-1', kind: 'responses.importCsv', state: 'succeeded', progress: { done: 1, total: 1, phase: null },
    startedAt: '2026-01-15T09:00:00Z', finishedAt: '2026-01-15T09:00:01Z', result, error: null,
  });

  it('all or nothing: says nothing was added, offers the valid rows, counts and lists the rejected rows', async () => {
    const result: ResponseImportResult = { committed: false, message: 'Nothing was imported.', surveyVersionId: 'v1', rows: 6, added: 0, skipped: 1, rejected: 1, rejections: [rejection] };
    const fake = fakeClient({ 'app.info': () => ({ host: 'browser', version: 't', workspacesDir: '/w', allowedDirs: [] }), 'jobs.list': () => ({ jobs: [job(result)] }) });
    const onRetryValidRows = vi.fn();
    const root = await render(
      <ApiProvider client={fake.client}>
        <NoticesProvider>
          <JobsProvider onJobEnded={() => undefined}>
            <RunStep jobId="job-1" surveyHref="#/surveys/s1" onRetryValidRows={onRetryValidRows} onAnother={() => undefined} />
          </JobsProvider>
        </NoticesProvider>
      </ApiProvider>,
    );
    await settle();
    expect(root.querySelector('h2')!.textContent).toBe('Nothing was imported');
    expect(counts(root)).toEqual([
      ['Added', '0'],
      ['Skipped', '1'],
      ['Rejected', '1'],
    ]);
    expect(root.querySelector('.rejected-table tbody')!.textContent).toContain("'Hourly' is not an option of usage");
    expect(byText(root, 'a', 'Open the survey').getAttribute('href')).toBe('#/surveys/s1');
    await click(byText(root, 'button', 'Import the valid rows instead'));
    expect(onRetryValidRows).toHaveBeenCalledOnce();
  });
});
