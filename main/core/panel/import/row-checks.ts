import { SCREENER_TARGET_PREFIX, type ColumnMapping, type ImportEncoding, type ImportResult } from '@api/member-import';
import type { AttributeDef } from '@api/members';
import { OPENNESS_ITEM_COUNT, scoreOpenness, type OpennessScore } from '@model/openness';
import type { SqlValue } from '../../db/connection';
import { REPLACEMENT_CHAR } from './encoding';
import { rejection, type IssueCode } from './issues';
import { isMemoizable, MEMBER_STAGE_COLUMNS, valueOutcome, type Handler, type Outcome, type ValueSettings } from './value-outcomes';
import { wordKey } from './value-parsers';

const MAX_VALUE_CHARS = 2000;
/** Distinct values remembered per column; beyond that, values are parsed each time. */
const MEMO_LIMIT = 10_000;

export interface CheckSettings extends ValueSettings {
  encoding: ImportEncoding;
  /** Member column values for rows that give none (e.g. one consent for all rows). */
  defaults: readonly (readonly [column: number, value: SqlValue])[];
}

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

export interface MappedColumn {
  index: number;
  name: string;
  handler: Handler;
  recode: Map<string, string | null> | null;
}

export interface StagedRow {
  row: number;
  /** One value per MEMBER_STAGE_COLUMNS entry (null: not given). */
  member: SqlValue[];
  tags: { key: string; name: string }[];
  /** Valid answers by item (index 0 = item 1); null when no screener column is mapped. */
  answers: (number | null)[] | null;
  score: OpennessScore | null;
  attributes: { id: number; text: string | null; num: number | null }[];
}

export type Rejection = ImportResult['rejected'][number];

/** A warning about one value of a row that is kept (the caller logs it once the row is staged). */
export type RowWarning = [column: string, code: IssueCode, value: string, params: Record<string, string | number>];

export const handlerFor = (target: string, attributes: ReadonlyMap<string, AttributeDef>): Handler | null => {
  if (target === 'ignore') return null;
  if (target === 'tags') return { kind: 'tags' };
  if (target.startsWith('tag:')) return { kind: 'tagFlag', tag: target.slice(4).trim() };
  if (target.startsWith('attr:')) return { kind: 'attribute', def: attributes.get(target.slice(5))! };
  if (target.startsWith(SCREENER_TARGET_PREFIX)) return { kind: 'screener', item: Number(target.slice(SCREENER_TARGET_PREFIX.length)) };
  return { kind: 'field', field: target as Extract<Handler, { kind: 'field' }>['field'] };
};

const toNull = (to: string | null) => (to === null || to.trim() === '' ? null : to.trim());

/** Recoding is looked up by the exact (trimmed) value first, then ignoring case and width. */
export function recodeTable(recode: ColumnMapping['recode']): Map<string, string | null> | null {
  if (!recode) return null;
  const entries = Object.entries(recode);
  const table = new Map<string, string | null>(entries.map(([from, to]) => [from.trim(), toNull(to)]));
  for (const [from, to] of entries) if (!table.has(wordKey(from))) table.set(wordKey(from), toNull(to));
  return table;
}

const applyRecode = (value: string, table: Map<string, string | null> | null): string | null => {
  if (!table) return value;
  if (table.has(value)) return table.get(value)!;
  const key = wordKey(value);
  return table.has(key) ? table.get(key)! : value;
};

/**
 * Checks one data row against the mapping: errors reject the row (with column and value), warnings
 * leave the value empty and keep the row. The result is what the staging table stores.
 */
export class RowChecker {
  private readonly hasScreener: boolean;
  private readonly memos: (Map<string, Outcome> | null)[];

  constructor(
    private readonly columns: readonly MappedColumn[],
    private readonly width: number,
    private readonly settings: CheckSettings,
  ) {
    this.hasScreener = columns.some((c) => c.handler.kind === 'screener');
    this.memos = columns.map((c) => (isMemoizable(c.handler) ? new Map() : null));
  }

  private outcome(i: number, value: string): Outcome {
    const memo = this.memos[i];
    let out = memo?.get(value);
    if (!out) {
      out = valueOutcome(this.columns[i]!.handler, value, this.settings);
      if (memo && memo.size < MEMO_LIMIT) memo.set(value, out);
    }
    return out;
  }

  check(row: number, fields: readonly string[], quoteError: boolean): { staged: StagedRow; warnings: RowWarning[] } | { staged: null; errors: Rejection[] } {
    // A quote error first: it is usually why the field count is off too.
    if (quoteError) return { staged: null, errors: [rejection(row, null, null, 'quotes')] };
    if (fields.length !== this.width) {
      return { staged: null, errors: [rejection(row, null, null, 'fieldCount', { fields: fields.length, expected: this.width })] };
    }
    const staged: StagedRow = {
      row,
      member: new Array<SqlValue>(MEMBER_STAGE_COLUMNS.length).fill(null),
      tags: [],
      answers: this.hasScreener ? new Array<number | null>(OPENNESS_ITEM_COUNT).fill(null) : null,
      score: null,
      attributes: [],
    };
    const errors: Rejection[] = [];
    const warnings: RowWarning[] = [];
    let given = false;
    for (let i = 0; i < this.columns.length; i++) {
      const column = this.columns[i]!;
      const raw = fields[column.index]!.trim();
      if (raw === '') continue;
      if (raw.includes(REPLACEMENT_CHAR)) {
        errors.push(rejection(row, column.name, raw, 'undecodable', { encoding: this.settings.encoding }));
        continue;
      }
      const control = controlCharIn(raw);
      if (control) {
        errors.push(rejection(row, column.name, showControlChars(raw), 'controlChar', { char: control }));
        continue;
      }
      if (raw.length > MAX_VALUE_CHARS) {
        errors.push(rejection(row, column.name, `${raw.slice(0, 40)}…`, 'tooLong', { max: MAX_VALUE_CHARS }));
        continue;
      }
      const value = applyRecode(raw, column.recode);
      if (value === null) continue;
      const out = this.outcome(i, value);
      if (out.error) errors.push(rejection(row, column.name, value, out.error));
      if (out.warnings) for (const [code, params] of out.warnings) warnings.push([column.name, code, value, params]);
      if (out.member) for (const [c, v] of out.member) staged.member[c] = v;
      if (out.tags) for (const t of out.tags) if (!staged.tags.some((x) => x.key === t.key)) staged.tags.push(t);
      if (out.answer) staged.answers![out.answer[0] - 1] = out.answer[1];
      if (out.attribute) staged.attributes.push(out.attribute);
      given ||= out.member !== undefined || out.tags !== undefined || out.answer !== undefined || out.attribute !== undefined;
    }
    if (errors.length) return { staged: null, errors };
    if (!given) return { staged: null, errors: [rejection(row, null, null, 'emptyRow')] };
    for (const [c, v] of this.settings.defaults) staged.member[c] ??= v;
    if (staged.answers) staged.score = scoreOpenness(staged.answers);
    return { staged, warnings };
  }
}
