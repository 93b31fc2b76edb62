import { describe, expect, it } from 'vitest';
import { resources } from '@renderer/i18n';

type Tree = { [key: string]: string | Tree };

/** Every key of a resource tree with its text, as "a.b.c" → text. */
const flatten = (tree: Tree, prefix = ''): Map<string, string> =>
  new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value] as const] : [...flatten(value, `${prefix}${key}.`)],
    ),
  );

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

const english = flatten(resources.en.translation);
const others = { 'zh-CN': resources['zh-CN'].translation, ru: resources.ru.translation };

describe.each(Object.entries(others))('%s translations', (_language, translation) => {
  const texts = flatten(translation);

  it('have exactly the keys of English', () => {
    expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty strings', () => {
    expect([...texts].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('use the same {{placeholders}} as English', () => {
    const mismatched = [...english].filter(([key, text]) => placeholders(text).join() !== placeholders(texts.get(key) ?? '').join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});

it('English has no empty strings', () => {
  expect([...english].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
});

it('calls a tag by the panel’s word in recruitment too', () => {
  const words = Object.values(resources).map(({ translation }) => {
    const { member, recruitment } = translation;
    return recruitment.seed.tag === member.field.tag;
  });
  expect(words).toEqual(Object.keys(resources).map(() => true));
});
