import type { ImportEncoding, ImportRejection } from '@api/csv-import';
import type { SqlValue } from '../../db/connection';
import { applyRecode, cellIssue, recordIssue } from '../../files/csv-import/cells';
import type { Cells } from './fact-kinds';
import type { CompiledMapping, FileColumn } from './import-plan';
import { rejection } from './issues';

/** A row whose values fit; it is stored once its member is found. */
export interface CheckedRow {
  row: number;
  /** The member cell as written. */
  member: string;
  values: SqlValue[];
}

export type RowOutcome = { checked: CheckedRow } | { errors: ImportRejection[] };

/** Checks one data row: its shape, each mapped cell, that the required ones have a value, and what the values mean for the kind. */
export class RowChecker<M> {
  constructor(
    private readonly plan: CompiledMapping<M>,
    private readonly width: number,
    private readonly encoding: ImportEncoding,
  ) {}

  private cell(row: number, fields: readonly string[], column: FileColumn, errors: ImportRejection[]): string {
    const raw = fields[column.index]!.trim();
    const bad = raw === '' ? null : cellIssue(raw, this.encoding);
    if (!bad) return raw;
    errors.push(rejection(row, column.name, bad.value, bad.code, bad.params));
    return '';
  }

  check(row: number, fields: readonly string[], quoteError: boolean): RowOutcome {
    const unusable = recordIssue(fields, quoteError, this.width);
    if (unusable) return { errors: [rejection(row, null, null, ...unusable)] };
    const errors: ImportRejection[] = [];
    const { member: memberColumn } = this.plan;
    const member = this.cell(row, fields, memberColumn, errors);
    if (member === '' && errors.length === 0) errors.push(rejection(row, memberColumn.name, null, 'valueMissing'));
    const cells: Cells = {};
    for (const f of this.plan.fields) {
      const failed = errors.length;
      const raw = this.cell(row, fields, f, errors);
      const value = raw === '' ? null : applyRecode(raw, f.recode);
      if (value === null && f.required && errors.length === failed) errors.push(rejection(row, f.name, null, 'valueMissing'));
      cells[f.field] = value;
    }
    if (errors.length) return { errors };
    const out = this.plan.kind.values(cells, this.plan.mapping);
    if ('values' in out) return { checked: { row, member, values: out.values } };
    return {
      errors: out.errors.map((e) => {
        const column = this.plan.fields.find((f) => f.field === e.field)!;
        return rejection(row, column.name, cells[e.field] ?? null, e.code, e.params);
      }),
    };
  }
}
