import { SCREENER_TARGET_PREFIX, type ImportEncoding, type ImportResult } from '@api/member-import';
import type { AttributeDef } from '@api/members';
import { OPENNESS_ITEM_COUNT, scoreOpenness, type OpennessScore } from '@model/openness';
import type { SqlValue } from '../../db/connection';
import { applyRecode, cellIssue, recordIssue, ValueMemo, type Recode } from '../../files/csv-import/cells';
import { rejection, type IssueCode } from './issues';
import { isMemoizable, MEMBER_STAGE_COLUMNS, valueOutcome, type Handler, type Outcome, type ValueSettings } from './value-outcomes';

export interface CheckSettings extends ValueSettings {
  encoding: ImportEncoding;
  /** Member column values for rows that give none (e.g. one consent for all rows). */
  defaults: readonly (readonly [column: number, value: SqlValue])[];
}

export interface MappedColumn {
  index: number;
  name: string;
  handler: Handler;
  recode: Recode | null;
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

/**
 * Checks one data row against the mapping: errors reject the row (with column and value), warnings
 * leave the value empty and keep the row. The result is what the staging table stores.
 */
export class RowChecker {
  private readonly hasScreener: boolean;
  private readonly memos: (ValueMemo<Outcome> | null)[];

  constructor(
    private readonly columns: readonly MappedColumn[],
    private readonly width: number,
    private readonly settings: CheckSettings,
  ) {
    this.hasScreener = columns.some((c) => c.handler.kind === 'screener');
    this.memos = columns.map((c) => (isMemoizable(c.handler) ? new ValueMemo((value) => valueOutcome(c.handler, value, settings)) : null));
  }

  private outcome(i: number, value: string): Outcome {
    return this.memos[i]?.get(value) ?? valueOutcome(this.columns[i]!.handler, value, this.settings);
  }

  check(row: number, fields: readonly string[], quoteError: boolean): { staged: StagedRow; warnings: RowWarning[] } | { staged: null; errors: Rejection[] } {
    const unusable = recordIssue(fields, quoteError, this.width);
    if (unusable) return { staged: null, errors: [rejection(row, null, null, ...unusable)] };
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
      const bad = cellIssue(raw, this.settings.encoding);
      if (bad) {
        errors.push(rejection(row, column.name, bad.value, bad.code, bad.params));
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
