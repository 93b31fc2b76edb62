import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilePreview } from '@api/csv-import';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { ValueSummary } from './recode-editor';

interface Props<Row extends { column: string; recode: Record<string, string | null> }> {
  /** One row per column of the file. */
  rows: readonly Row[];
  /** The file's columns as the preview read them (their frequent values). */
  columns: FilePreview['columns'];
  targetHeader: string;
  /** The control that says where a column goes. */
  target(row: Row): ReactNode;
  /** The recoding editor of a column, or null when its target takes nothing to recode. */
  recodeEditor(row: Row): ReactNode | null;
  ignored(row: Row): boolean;
}

/** The mapping of an import: per column of the file its name, frequent values, where it goes, and its recoding (opened under it). */
export function MappingTable<Row extends { column: string; recode: Record<string, string | null> }>({ rows, columns: fileColumns, targetHeader, target, recodeEditor, ignored }: Props<Row>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (column: string) => setOpen((set) => (set.has(column) ? new Set([...set].filter((c) => c !== column)) : new Set([...set, column])));
  const columnOf = (row: Row) => fileColumns.find((c) => c.name === row.column);
  const recodable = (row: Row) => (columnOf(row)?.values.length ?? 0) > 0 && recodeEditor(row) !== null;
  const columns: DataColumn<Row>[] = [
    { id: 'column', header: t('importWizard.mapping.column'), rowHeader: true, className: 'mapping-column', title: (r) => r.column, cell: (r) => r.column },
    { id: 'values', header: t('importWizard.mapping.values'), className: 'mapping-values', cell: (r) => <ValueSummary values={columnOf(r)?.values ?? []} empty={columnOf(r)?.empty ?? 0} /> },
    { id: 'target', header: targetHeader, className: 'mapping-target', cell: target },
    {
      id: 'recode',
      header: t('importWizard.mapping.recode'),
      hideHeader: true,
      className: 'mapping-recode',
      cell: (r) => {
        const recoded = Object.keys(r.recode).length;
        return (
          recodable(r) && (
            <button type="button" className="button button-small button-quiet" aria-expanded={open.has(r.column)} onClick={() => toggle(r.column)}>
              {recoded ? t('importWizard.mapping.recodeCount', { n: recoded }) : t('importWizard.mapping.recode')}
            </button>
          )
        );
      },
    },
  ];
  return (
    <DataTable
      className="mapping-table"
      scroll="sideways"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.column}
      rowClassName={(r) => (ignored(r) ? 'mapping-ignored' : undefined)}
      details={(r) => (open.has(r.column) && recodable(r) ? recodeEditor(r) : null)}
    />
  );
}
