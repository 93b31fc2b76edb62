import { describe, expect, it } from 'vitest';
import { en } from '@renderer/i18n/locales/en';

/** The survey and collection cores' sources, as text: the error keys they send are written out in them. */
const sources = import.meta.glob<string>(['../../../main/core/surveys/*.ts', '../../../main/core/collection/*.ts'], { query: '?raw', import: 'default', eager: true });

describe('survey and collection errors', () => {
  it('carry i18n keys the renderer has (zh-CN and ru are held to the same keys by the locale test)', () => {
    const keys = Object.values(sources).flatMap((text) => [...text.matchAll(/'errors\.(\w+)'/g)].map((m) => m[1]!));
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => !(key in en.errors))).toEqual([]);
  });
});
