import { Fragment, type Key, type ReactNode } from 'react';
import './data-table.css';

export interface DataColumn<Row> {
  id: string;
  header: ReactNode;
  /** The header is for screen readers only (e.g. over a column of buttons). */
  hideHeader?: boolean;
  cell(row: Row): ReactNode;
  /** Numbers: aligned at the end, in tabular figures. */
  numeric?: boolean;
  /** Class of the column's header and cells: widths, truncation. */
  className?: string;
  /** Class of the header only. */
  headerClassName?: string;
  /** The cell names its row (th scope="row"). */
  rowHeader?: boolean;
  /** A tooltip for the cell, e.g. the whole of a value cut short. */
  title?(row: Row): string | undefined;
  /** The column's cell in a totals row under the body (tfoot), shown when any column has one. */
  footer?: ReactNode;
}

export interface DataTableProps<Row> {
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey(row: Row, index: number): Key;
  /** What the table lists, for screen readers. */
  caption?: string;
  /** The table's own class, for its column widths. */
  className?: string;
  /** Widths set per column: a fixed layout, in which long values wrap inside their cell. */
  fixed?: boolean;
  /** Long tables in a box of their own that scrolls, the header staying in view; wide ones scroll sideways. */
  scroll?: 'box' | 'sideways';
  /** The rows are being read. */
  busy?: boolean;
  selected?(row: Row): boolean;
  rowClassName?(row: Row): string | undefined;
  /** A row of its own under a row, across every column (e.g. an editor the row opened); null for none. */
  details?(row: Row): ReactNode;
}

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

/**
 * The workbench's table of records: a header row of column names, one row per record. Every
 * non-virtualised table uses it, so all tables look alike (data-table.css; the virtualised members
 * table shares the same tokens).
 */
export function DataTable<Row>({ columns, rows, rowKey, caption, className, fixed, scroll, busy, selected, rowClassName, details }: DataTableProps<Row>) {
  const cellOf = (column: DataColumn<Row>, content: ReactNode, title?: string) => {
    const Cell = column.rowHeader ? 'th' : 'td';
    return (
      <Cell key={column.id} scope={column.rowHeader ? 'row' : undefined} className={classes(column.numeric && 'numeric', column.className)} title={title}>
        {content}
      </Cell>
    );
  };
  return (
    <div className={classes('data-table-wrap', scroll && `data-table-${scroll}`)}>
      <table className={classes('data-table', fixed && 'data-table-fixed', className)} aria-busy={busy || undefined}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.id} scope="col" className={classes(column.numeric && 'numeric', column.className, column.headerClassName)}>
                {column.hideHeader ? <span className="visually-hidden">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const more = details?.(row);
            return (
              <Fragment key={rowKey(row, index)}>
                <tr className={classes(selected?.(row) && 'selected', rowClassName?.(row))}>
                  {columns.map((column) => cellOf(column, column.cell(row), column.title?.(row)))}
                </tr>
                {more != null && (
                  <tr className="data-table-details">
                    <td colSpan={columns.length}>{more}</td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
        {columns.some((column) => column.footer != null) && (
          <tfoot>
            <tr>{columns.map((column) => cellOf(column, column.footer))}</tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
