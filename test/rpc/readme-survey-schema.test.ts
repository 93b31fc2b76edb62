import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { definitionJsonSchema } from '../../main/model/survey/definition-json-schema';

const README = path.resolve(import.meta.dirname, '../../README.md');
const BLOCK = /(<!-- survey-definition-schema:start -->\n```json\n)([\s\S]*?)(\n```\n<!-- survey-definition-schema:end -->)/;

/**
 * The README shows the survey definition's JSON Schema as generated from the zod schema. When the
 * schema changes, regenerate the block with UPDATE_README_SCHEMA=1 and this test.
 */
describe('README survey definition schema', () => {
  it('is the JSON Schema generated from the definition schema', () => {
    const readme = fs.readFileSync(README, 'utf8');
    const generated = JSON.stringify(definitionJsonSchema(), null, 2);
    if (process.env.UPDATE_README_SCHEMA) fs.writeFileSync(README, readme.replace(BLOCK, (_all, start: string, _old, end: string) => `${start}${generated}${end}`));
    const block = BLOCK.exec(fs.readFileSync(README, 'utf8'));
    expect(block, 'README has no survey-definition-schema block').not.toBeNull();
    expect(JSON.parse(block![2]!)).toEqual(definitionJsonSchema());
  });
});
