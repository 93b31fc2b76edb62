import { REPLACEMENT_CHAR } from './encoding';
import { wordKey } from './words';

/** A longer value is refused: no field or answer an import fills holds that much, and the reports quote it. */
export const MAX_VALUE_CHARS = 2000;

/** C0 and C1 control characters other than tab, line feed and carriage return (which a quoted field may hold). */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROL_CHARS = new RegExp(CONTROL_CHAR.source, 'g');
const codePoint = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
/** The first control character in a value ("U+0000"), or null. */
export const controlCharIn = (value: string) => {
  const found = CONTROL_CHAR.exec(value);
  return found ? codePoint(found[0]) : null;
};
/** The value with its control characters written out, so a report can show it. */
const showControlChars = (value: string) => value.replace(CONTROL_CHARS, (ch) => `[${codePoint(ch)}]`);

type Params = Record<string, string | number>;

/** What is wrong with a record as a whole: a quote, or its number of fields. */
export type RecordIssueCode = 'quotes' | 'fieldCount';
/** What is wrong with one cell before its meaning is looked at. */
export type CellIssueCode = 'undecodable' | 'controlChar' | 'tooLong';

/** A record the mapping cannot be applied to; a quote error first: it is usually why the field count is off too. */
export function recordIssue(fields: readonly string[], quoteError: boolean, width: number): [RecordIssueCode, Params] | null {
  if (quoteError) return ['quotes', {}];
  return fields.length === width ? null : ['fieldCount', { fields: fields.length, expected: width }];
}

/** Either of the characters a cell may not hold: one scan of each cell, which nearly always finds neither. */
const BAD_CHAR = new RegExp(`[${CONTROL_CHAR.source.slice(1, -1)}${REPLACEMENT_CHAR}]`);

/** A (trimmed, non-empty) cell no import may take, with the value as the report shows it; null when it is fine. A long text answer may allow more than MAX_VALUE_CHARS. */
export function cellIssue(raw: string, encoding: string, maxChars = MAX_VALUE_CHARS): { code: CellIssueCode; value: string; params: Params } | null {
  if (BAD_CHAR.test(raw)) {
    if (raw.includes(REPLACEMENT_CHAR)) return { code: 'undecodable', value: raw, params: { encoding } };
    return { code: 'controlChar', value: showControlChars(raw), params: { char: controlCharIn(raw)! } };
  }
  return raw.length > maxChars ? { code: 'tooLong', value: `${raw.slice(0, 40)}…`, params: { max: maxChars } } : null;
}

/** A column's recoding: raw value → new value, null (or empty) = missing. */
export type Recode = ReadonlyMap<string, string | null>;

const toNull = (to: string | null) => (to === null || to.trim() === '' ? null : to.trim());

/** Recoding is looked up by the exact (trimmed) value first, then ignoring case and width. */
export function recodeTable(recode: Readonly<Record<string, string | null>> | undefined): Recode | null {
  if (!recode) return null;
  const entries = Object.entries(recode);
  const table = new Map<string, string | null>(entries.map(([from, to]) => [from.trim(), toNull(to)]));
  for (const [from, to] of entries) if (!table.has(wordKey(from))) table.set(wordKey(from), toNull(to));
  return table;
}

/** The value after recoding; null when it was recoded to missing. */
export const applyRecode = (value: string, table: Recode | null): string | null => {
  if (!table) return value;
  if (table.has(value)) return table.get(value)!;
  const key = wordKey(value);
  return table.has(key) ? table.get(key)! : value;
};

/** Distinct values remembered per column; beyond that, values are worked out each time. */
const MEMO_LIMIT = 10_000;

/** What a column's values give, worked out once per distinct value (categories, codes and numbers repeat). */
export class ValueMemo<T> {
  private readonly known = new Map<string, T>();

  constructor(private readonly compute: (value: string) => T) {}

  get(value: string): T {
    let out = this.known.get(value);
    if (out === undefined) {
      out = this.compute(value);
      if (this.known.size < MEMO_LIMIT) this.known.set(value, out);
    }
    return out;
  }
}
