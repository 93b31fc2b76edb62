import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/locales/en';

const DIR = path.resolve(import.meta.dirname, '../../../main/core/surveys');

describe('survey errors', () => {
  it('carry i18n keys the renderer has (zh-CN and ru are held to the same keys by the locale test)', () => {
    const keys = fs
      .readdirSync(DIR)
      .flatMap((file) => [...fs.readFileSync(path.join(DIR, file), 'utf8').matchAll(/'errors\.(\w+)'/g)].map((m) => m[1]!));
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => !(key in en.errors))).toEqual([]);
  });
});
