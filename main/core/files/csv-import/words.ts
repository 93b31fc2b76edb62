import { foldText } from '@model/fold-text';

/** Case-, width- and accent-insensitive lookup key for words such as "Female", "ЖЕН", "男". */
export const wordKey = (value: string) => foldText(value).trim().replace(/[\s_\-.]+/g, ' ');

/** A lookup from the words people write (any case or width) to the value they mean, each value also known by itself. */
export const wordLookup = <T extends string>(entries: Record<T, string[]>) =>
  new Map((Object.entries(entries) as [T, string[]][]).flatMap(([value, words]) => [[wordKey(value), value] as const, ...words.map((w) => [wordKey(w), value] as const)]));

const booleanWords = wordLookup<'true' | 'false'>({
  true: ['yes', 'y', '1', 'x', '✓', 'on', 'ja', 'oui', 'si', 'sí', '是', '对', 'да'],
  false: ['no', 'n', '0', 'off', 'nein', 'non', '否', '不', 'нет'],
});

/** true / false, or null for a value that is neither. */
export const parseBoolean = (v: string): boolean | null => {
  const word = booleanWords.get(wordKey(v));
  return word === undefined ? null : word === 'true';
};

/** A number written with a decimal point, or with a decimal comma when asked (thousands separators allowed). */
export function parseNumber(raw: string, decimalComma: boolean): number | null {
  let v = raw.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (decimalComma) v = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(v) ? v.replace(/\./g, '').replace(',', '.') : v.replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(v)) v = v.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(v)) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

export const parseInteger = (raw: string, decimalComma: boolean) => {
  const n = parseNumber(raw, decimalComma);
  return n !== null && Number.isInteger(n) ? n : null;
};
