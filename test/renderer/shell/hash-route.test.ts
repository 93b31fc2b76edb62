import { expect, it } from 'vitest';
import { parseRoute, routeHash } from '@renderer/shell/hash-route';

it('reads the feature and the rest of the path from the hash', () => {
  expect(parseRoute('#/overview')).toEqual({ featureId: 'overview', path: [] });
  expect(parseRoute('#/surveys/s%201/edit')).toEqual({ featureId: 'surveys', path: ['s 1', 'edit'] });
  expect(parseRoute('')).toBeNull();
  expect(parseRoute('#token=abc')).toBeNull();
  expect(parseRoute('#/')).toBeNull();
});

it('writes hashes that read back the same', () => {
  expect(routeHash('surveys', 's 1', 'edit')).toBe('#/surveys/s%201/edit');
  expect(parseRoute(routeHash('surveys', 'a/b'))).toEqual({ featureId: 'surveys', path: ['a/b'] });
});
