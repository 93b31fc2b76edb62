import type { ImportEncoding, ImportRejection } from '@api/csv-import';
import type { SqlValue } from '../../db/connection';
import { applyRecode, cellIssue, recordIssue } from '../../files/csv-import/cells';
import type { Cells, FieldError } from './fact-kinds';
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

/**
 * Checks one data row: its shape, each mapped cell, that the required ones have a value, and what the
 * values mean for the kind. A row's cells and errors are worked in objects kept from row to row
 * (copied only for a rejected row): millions of rows would otherwise each leave three more for the
 * garbage collector.
 */
export class RowChecker<M> {
  private readonly cells: Cells = {};
  private readonly errors: ImportRejection[] = [];
  private readonly fieldErrors: FieldError[] = [];

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
    const { cells, errors, fieldErrors } = this;
    errors.length = 0;
    fieldErrors.length = 0;
    const { member: memberColumn } = this.plan;
    const member = this.cell(row, fields, memberColumn, errors);
    if (member === '' && errors.length === 0) errors.push(rejection(row, memberColumn.name, null, 'valueMissing'));
    for (const f of this.plan.fields) {
      const failed = errors.length;
      const raw = this.cell(row, fields, f, errors);
      const value = raw === '' ? null : applyRecode(raw, f.recode);
      if (value === null && f.required && errors.length === failed) errors.push(rejection(row, f.name, null, 'valueMissing'));
      cells[f.field] = value;
    }
    if (errors.length) return { errors: [...errors] };
    const values = this.plan.kind.values(cells, this.plan.mapping, fieldErrors);
    if (fieldErrors.length === 0) return { checked: { row, member, values } };
    return {
      errors: fieldErrors.map((e) => {
        const column = this.plan.fields.find((f) => f.field === e.field)!;
        return rejection(row, column.name, cells[e.field] ?? null, e.code, e.params);
      }),
    };
  }
}
