import { expect, it } from 'vitest';
import { memberFieldTable } from '@model/members/member-fields';
import { resources } from '@renderer/i18n';

type Tree = { [key: string]: string | Tree };

const lookup = (tree: Tree, key: string): string | Tree | undefined => key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);

it('names every member field of the member-field table in English, Chinese and Russian', () => {
  const missing = Object.entries(resources).flatMap(([language, { translation }]) =>
    Object.values(memberFieldTable)
      .filter((def) => typeof lookup(translation as Tree, def.labelKey) !== 'string')
      .map((def) => `${language}: ${def.labelKey}`),
  );
  expect(Object.keys(memberFieldTable).length).toBeGreaterThan(20);
  expect(missing).toEqual([]);
});
