import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { communityIssueCodes, communityRejectionTexts } from '../../../main/core/community/import/issues';
import { readIssueTexts } from '../../../main/core/files/csv-import/row-issues';

/** The renderer's English texts of community health, as text (the renderer is its own TypeScript project). */
const locale = fs.readFileSync(path.resolve(import.meta.dirname, '../../../renderer/src/i18n/locales/community/en.ts'), 'utf8');
const issueBlock = locale.slice(locale.indexOf('\n  issue: {\n'), locale.indexOf('\n  },\n', locale.indexOf('\n  issue: {\n')));
const issueKeys = [...issueBlock.matchAll(/^ {4}(\w+): /gm)].map((m) => m[1]!);

describe('transactions and activity import messages', () => {
  it('have every row issue the core sends in the renderer (zh-CN and ru are held to the same keys by the locale test)', () => {
    expect(communityIssueCodes.length).toBeGreaterThan(10);
    expect(communityIssueCodes.filter((code) => !issueKeys.includes(code))).toEqual([]);
  });

  it('say every row issue of their own, and the member lookup’s, in Chinese and Russian in the rejected-rows CSV', () => {
    const own = communityIssueCodes.filter((code) => !(code in readIssueTexts));
    const lookup = ['noMemberCode', 'noMemberExternalId', 'noMemberEmail', 'memberAmbiguous'];
    for (const language of ['zh-CN', 'ru'] as const) expect(Object.keys(communityRejectionTexts[language]).sort()).toEqual([...own, ...lookup].sort());
  });
});
