import { describe, expect, it } from 'vitest';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { render } from './support/render';

interface Batch {
  id: number;
  file: string;
  added: number;
}

const columns: DataColumn<Batch>[] = [
  { id: 'file', header: 'File', cell: (b) => b.file, rowHeader: true, title: (b) => b.file, className: 'file-column' },
  { id: 'added', header: 'Added', cell: (b) => b.added.toLocaleString('en'), numeric: true },
  { id: 'actions', header: 'Actions', hideHeader: true, cell: (b) => <button type="button">Undo {b.id}</button> },
];
const rows: Batch[] = [
  { id: 1, file: 'spring.csv', added: 1200 },
  { id: 2, file: 'autumn.csv', added: 3 },
];

const texts = (cells: NodeListOf<Element>) => [...cells].map((c) => c.textContent);

describe('DataTable', () => {
  it('names its columns and lists one row per record, each cell under its column', async () => {
    const root = await render(<DataTable caption="Earlier imports" columns={columns} rows={rows} rowKey={(b) => b.id} />);
    const table = root.querySelector('table.data-table')!;
    expect(table.querySelector('caption')?.textContent).toBe('Earlier imports');
    expect(texts(table.querySelectorAll('thead th[scope="col"]'))).toEqual(['File', 'Added', 'Actions']);
    // A column of buttons keeps its name for screen readers only.
    expect(table.querySelector('thead th:last-child > .visually-hidden')?.textContent).toBe('Actions');
    expect([...table.querySelectorAll('tbody tr')].map((tr) => texts(tr.querySelectorAll('th, td')))).toEqual([
      ['spring.csv', '1,200', 'Undo 1'],
      ['autumn.csv', '3', 'Undo 2'],
    ]);
    // The file names its row; a cut-short value has its whole text as a tooltip.
    const first = table.querySelector('tbody tr th[scope="row"]')!;
    expect([first.textContent, first.getAttribute('title'), first.className]).toEqual(['spring.csv', 'spring.csv', 'file-column']);
    // Numbers line up at the end, header and cells alike.
    expect(texts(table.querySelectorAll('.numeric'))).toEqual(['Added', '1,200', '3']);
  });

  it('marks selected rows, opens a row of details under a row, and says when the rows are being read', async () => {
    const root = await render(
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={(b) => b.id}
        fixed
        busy
        selected={(b) => b.id === 2}
        details={(b) => (b.id === 1 ? <p>Recode spring.csv</p> : null)}
      />,
    );
    const table = root.querySelector('table')!;
    expect(table.classList.contains('data-table-fixed')).toBe(true);
    expect(table.getAttribute('aria-busy')).toBe('true');
    const body = [...table.querySelectorAll('tbody tr')];
    expect(body.map((tr) => tr.className)).toEqual(['', 'data-table-details', 'selected']);
    expect(body[1]!.querySelector('td')!.colSpan).toBe(3);
    expect(body[1]!.textContent).toBe('Recode spring.csv');
  });

  it('closes with a totals row under the body when a column has a footer: each total under its column, the row named', async () => {
    const totalled: DataColumn<Batch>[] = columns.map((c) =>
      c.id === 'file' ? { ...c, footer: 'All files' } : c.id === 'added' ? { ...c, footer: (1203).toLocaleString('en') } : c,
    );
    const root = await render(<DataTable columns={totalled} rows={rows} rowKey={(b) => b.id} />);
    const table = root.querySelector('table')!;
    expect(table.querySelectorAll('tbody tr')).toHaveLength(2);
    const foot = [...table.querySelectorAll('tfoot tr')];
    expect(foot.map((tr) => texts(tr.querySelectorAll('th, td')))).toEqual([['All files', '1,203', '']]);
    expect(foot[0]!.querySelector('th')?.getAttribute('scope')).toBe('row');
    expect(texts(table.querySelectorAll('tfoot .numeric'))).toEqual(['1,203']);
    // Without footers there is no totals row.
    const plain = await render(<DataTable columns={columns} rows={rows} rowKey={(b) => b.id} />);
    expect(plain.querySelector('tfoot')).toBeNull();
  });
});

// Every renderer source file, as text (Vite's glob import).
const sources = import.meta.glob<string>('../../renderer/src/**/*.tsx', { query: '?raw', import: 'default', eager: true });

/**
 * The one other table: a matrix question's answer grid, a form and not records. The respondent view
 * stands alone (the kiosk and the offline pack show it without the app's styles), and a real table
 * gives each radio its row and column headers for screen readers.
 */
const matrix = { file: '../../renderer/src/components/respondent-view/question-input.tsx', grid: /<table className="rv-matrix"[^]*?<\/table>/ };

it('is the only table markup in the renderer: every table of records is a DataTable', () => {
  const own = '../../renderer/src/components/data-table/data-table.tsx';
  expect(sources[matrix.file]).toMatch(matrix.grid);
  const withTables = Object.entries(sources)
    .filter(([file, source]) => file !== own && /<(table|thead|tbody|tfoot)\b/.test(file === matrix.file ? source.replace(matrix.grid, '') : source))
    .map(([file]) => file);
  expect(withTables).toEqual([]);
});
