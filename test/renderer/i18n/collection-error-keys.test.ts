import { describe, expect, it } from 'vitest';
import { answerProblemKinds } from '@model/responses/answer-rows';
import { en } from '@renderer/i18n/locales/en';

/** The collection core's sources, as text: the error keys it sends are written out in them. */
const sources = import.meta.glob<string>('../../../main/core/collection/*.ts', { query: '?raw', import: 'default', eager: true });

describe('collection errors', () => {
  it('carry i18n keys the renderer has (zh-CN and ru are held to the same keys by the locale test)', () => {
    const keys = Object.values(sources).flatMap((text) => [...text.matchAll(/'errors\.(\w+)'/g)].map((m) => m[1]!));
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => !(key in en.errors))).toEqual([]);
  });

  it('have a message for every kind of answer that does not fit its question (errors.answer.<kind>)', () => {
    expect(Object.keys(en.errors.answer).sort()).toEqual([...answerProblemKinds].sort());
  });
});
