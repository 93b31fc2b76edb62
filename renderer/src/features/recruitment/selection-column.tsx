import type { DataColumn } from '@renderer/components/data-table/data-table';
import { toggled } from './toggled';

interface SelectionColumnProps<Row> {
  rows: readonly Row[];
  idOf(row: Row): number;
  selected: ReadonlySet<number>;
  onChange(selected: ReadonlySet<number>): void;
  allLabel: string;
  rowLabel(row: Row): string;
}

/** A column of tick boxes: one per row, and one in the header for all the rows shown. */
export function selectionColumn<Row>({ rows, idOf, selected, onChange, allLabel, rowLabel }: SelectionColumnProps<Row>): DataColumn<Row> {
  const all = rows.length > 0 && rows.every((row) => selected.has(idOf(row)));
  return {
    id: 'select',
    className: 'rc-col-check',
    header: <input type="checkbox" checked={all} aria-label={allLabel} onChange={(e) => onChange(e.target.checked ? new Set(rows.map(idOf)) : new Set())} />,
    cell: (row) => (
      <input type="checkbox" checked={selected.has(idOf(row))} aria-label={rowLabel(row)} onChange={(e) => onChange(toggled(selected, idOf(row), e.target.checked))} />
    ),
  };
}
