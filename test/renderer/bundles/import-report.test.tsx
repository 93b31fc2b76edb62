import i18next from 'i18next';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { BundleImportResult } from '@api/bundles';
import { ImportReport } from '@renderer/features/bundles/import-report';
import { render } from '../support/render';

/** What bundles.import answers for a bundle whose line 7 has a text where a number should be. */
const result = {
  added: 1,
  updated: 0,
  skipped: 0,
  conflicts: 0,
  rejected: 1,
  message: 'Bundle imported: 1 added, 0 updated, 0 skipped, 0 in conflict (kept aside to resolve), 1 rejected.',
  rejections: [
    {
      line: 7,
      responseId: 'r-7',
      reason: 'invalidRecord',
      detail: { field: 'answers[0][3]', expected: 'numberOrNull', params: {} },
      message: 'Line 7 (response r-7) is not a response record this workbench can read: answers[0][3] should be a number or null.',
    },
  ],
  versionsAdded: [],
  members: { added: 0, updated: 0, erasedSkipped: 0, erased: 0, linked: 0 },
  quotaOvershoots: [],
} as BundleImportResult;

async function rejectionText(language: string): Promise<string> {
  await act(async () => void (await i18next.changeLanguage(language)));
  const root = await render(<ImportReport result={result} onAnother={() => undefined} />);
  return root.querySelector('.result-section li')!.textContent!;
}

afterEach(() => act(async () => void (await i18next.changeLanguage('en'))));

describe('the bundle import report', () => {
  it('names the line, the field and what was expected for an unreadable record, in each language', async () => {
    expect(await rejectionText('en')).toBe('Line 7: answers[0][3] should be a number or null.');
    expect(await rejectionText('zh-CN')).toBe('第 7 行：answers[0][3] 应为数字或 null。');
    expect(await rejectionText('ru')).toBe('Строка 7: answers[0][3] должно быть числом или null.');
  });
});
