import { expect, it } from 'vitest';
import { bundleImportResult, recordExpectations } from '@api/bundles';
import { en } from '@renderer/i18n/locales/en';

/** The bundles core's sources, as text: the error keys and job phases it sends are written out in them. */
const sources = import.meta.glob<string>('../../../main/core/bundles/*.ts', { query: '?raw', import: 'default', eager: true });
const written = (pattern: RegExp) => Object.values(sources).flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1]!));

it('has a message for every error key and job phase the bundles core sends, for every rejection reason and for what an unreadable record’s field should be', () => {
  const errors = written(/'errors\.bundle\.(\w+)'/g);
  expect(errors.length).toBeGreaterThan(5);
  expect(errors.filter((key) => !(key in en.errors.bundle))).toEqual([]);
  const phases = written(/'jobs\.phase\.(\w+)'/g);
  expect(phases.filter((key) => !(key in en.jobs.phase))).toEqual([]);
  const reasons = bundleImportResult.shape.rejections.element.shape.reason.options;
  expect(Object.keys(en.bundles.import.reason).sort()).toEqual([...reasons].sort());
  expect(Object.keys(en.bundles.import.expected).sort()).toEqual([...recordExpectations].sort());
});
