import { describe, expect, it } from 'vitest';
import { mappingErrorCodes } from '../../../main/core/collection/response-import/import-plan';
import { responseIssueCodes, responseRejectionTexts } from '../../../main/core/collection/response-import/issues';
import { readIssueTexts } from '../../../main/core/files/csv-import/row-issues';
import { en } from '../../../renderer/src/i18n/locales/en';

describe('response import messages', () => {
  it('have every row issue and mapping refusal in the renderer (zh-CN and ru are held to the same keys by the locale test)', () => {
    expect(responseIssueCodes.length).toBeGreaterThan(15);
    expect(responseIssueCodes.filter((code) => !(code in en.responsesImport.issue))).toEqual([]);
    expect(mappingErrorCodes.filter((code) => !(code in en.responsesImport.mappingError))).toEqual([]);
    expect(['busy', 'versionMissing', 'versionDraft'].filter((key) => !(key in en.responsesImport))).toEqual([]);
  });

  it('say every row issue of their own in Chinese and Russian in the rejected-rows CSV (the reader’s own issues are the kernel’s)', () => {
    const own = responseIssueCodes.filter((code) => !(code in readIssueTexts));
    for (const language of ['zh-CN', 'ru'] as const) expect(Object.keys(responseRejectionTexts[language]).sort()).toEqual(own.sort());
  });
});
