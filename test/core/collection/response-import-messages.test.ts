import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mappingErrorCodes } from '../../../main/core/collection/response-import/import-plan';
import { responseIssueCodes, responseRejectionTexts } from '../../../main/core/collection/response-import/issues';
import { readIssueTexts } from '../../../main/core/files/csv-import/row-issues';

/** The renderer's English texts of the response import, as text (the renderer is its own TypeScript project). */
const locale = fs.readFileSync(path.resolve(import.meta.dirname, '../../../renderer/src/i18n/locales/responses-import/en.ts'), 'utf8');

/** The keys of a group of that file: `  <group>: {` up to its closing line. */
const keysOf = (group: string) => {
  const start = locale.indexOf(`\n  ${group}: {\n`);
  const block = locale.slice(start, locale.indexOf('\n  },\n', start));
  return [...block.matchAll(/^ {4}(\w+): /gm)].map((m) => m[1]!);
};
const topKeys = [...locale.matchAll(/^ {2}(\w+): /gm)].map((m) => m[1]!);

describe('response import messages', () => {
  it('have every row issue, mapping refusal and error the core sends in the renderer (zh-CN and ru are held to the same keys by the locale test)', () => {
    expect(responseIssueCodes.length).toBeGreaterThan(15);
    expect(responseIssueCodes.filter((code) => !keysOf('issue').includes(code))).toEqual([]);
    expect(mappingErrorCodes.filter((code) => !keysOf('mappingError').includes(code))).toEqual([]);
    expect(['busy', 'versionMissing', 'versionDraft'].filter((key) => !topKeys.includes(key))).toEqual([]);
  });

  it('say every row issue of their own in Chinese and Russian in the rejected-rows CSV (the reader’s own issues are the kernel’s)', () => {
    const own = responseIssueCodes.filter((code) => !(code in readIssueTexts));
    for (const language of ['zh-CN', 'ru'] as const) expect(Object.keys(responseRejectionTexts[language]).sort()).toEqual(own.sort());
  });
});
