import { memo, useCallback, useEffect, useMemo, useRef, useSyncExternalStore, type CSSProperties, type MouseEvent } from 'react';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type Row, type SortingState, type Updater } from '@tanstack/react-table';
import { elementScroll, observeElementOffset, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { MemberRow } from '@api/members';
import { ProgressBar } from '@renderer/components/progress-bar';
import { useErrorText } from '@renderer/i18n/error-text';
import { usePanelFormat } from '../panel-format';
import { isSortable, memberColumnIds, useMemberColumns } from './member-columns';
import type { MembersBrowser } from './members-browser';
import { placeRows, scrollScale } from './scroll-scale';
import { clickRow, isSelected, togglePage } from './selection';

/** Fixed row height: the virtualiser needs no measuring. */
const ROW_HEIGHT = 32;
/** The sticky header row's height (panel.css .members-header). */
const HEADER_HEIGHT = 36;
const OVERSCAN = 8;
/**
 * Rows are mounted in aligned groups, so while the table scrolls the set of rows changes every few
 * frames rather than every frame (each change costs a render and a layout).
 */
const ROW_GROUP = 16;

const groupedRange = (range: Range): number[] => {
  const first = Math.max(0, Math.floor((range.startIndex - range.overscan) / ROW_GROUP) * ROW_GROUP);
  const last = Math.min(range.count - 1, Math.ceil((range.endIndex + range.overscan + 1) / ROW_GROUP) * ROW_GROUP - 1);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
};
/** Rows asked for before the count arrives, so the first rows and the count are read together. */
const FIRST_ROWS = 60;

/**
 * The members table: @tanstack/react-table for the columns (visibility, order, sorting state, cells)
 * and @tanstack/react-virtual for the rows. The scrollbar stands for every matching member; the
 * rows on screen are read from the core block by block (MemberPages) as they come into view.
 */
export function MembersTable({ browser }: { browser: MembersBrowser }) {
  const { t } = useTranslation();
  const format = usePanelFormat();
  const errorText = useErrorText();
  const { pages, query, setQuery, columns: shown, selection, setSelection } = browser;
  const columns = useMemberColumns();
  useSyncExternalStore(pages.subscribe, () => pages.version);
  const status = pages.status;
  const count = status.end ?? browser.total ?? 0;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser works in rows' pixels; the element scrolls in its own (fewer, past a million rows).
  const scale = useRef({ bodyPx: 0, factor: 1 });

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    initialOffset: () => browser.scrollTop.current * scale.current.factor,
    useFlushSync: false,
    rangeExtractor: groupedRange,
    observeElementOffset: (instance, onOffset) => observeElementOffset(instance, (offset, scrolling) => onOffset(offset * scale.current.factor, scrolling)),
    scrollToFn: (offset, options, instance) => elementScroll(offset / scale.current.factor, options, instance),
  });
  scale.current = scrollScale(virtualizer.getTotalSize(), virtualizer.scrollRect?.height ?? 0, HEADER_HEIGHT);
  const { base, boxTop } = placeRows(virtualizer.scrollOffset ?? 0, scale.current.factor);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;

  useEffect(() => pages.want(first, last >= first ? last : first + FIRST_ROWS), [pages, first, last]);

  // Where the table was, for coming back to it (read once on leaving: reading it while scrolling would force a layout).
  useEffect(() => {
    const element = scrollRef.current;
    return () => {
      if (element) browser.scrollTop.current = element.scrollTop;
    };
  }, [browser.scrollTop]);

  // react-table sees only the rows in the window: a row model over a million rows would cost more than the table.
  const windowRows = useMemo(() => {
    const rows: MemberRow[] = [];
    for (let i = first; i <= last; i++) {
      const row = pages.row(i);
      if (row) rows.push(row);
    }
    return rows;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- pages.version: new rows arrived in the same (mutable) pages.
  }, [pages, pages.version, first, last]);

  const sorting: SortingState = query.sort ? [{ id: query.sort.field, desc: query.sort.dir === 'desc' }] : [];
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = (typeof updater === 'function' ? updater(sorting) : updater)[0];
    setQuery((q) => ({ ...q, sort: next && isSortable(next.id) ? { field: next.id, dir: next.desc ? 'desc' : 'asc' } : null }));
  };

  const table = useReactTable({
    data: windowRows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.id),
    manualSorting: true,
    enableMultiSort: false,
    state: {
      sorting,
      columnVisibility: Object.fromEntries(memberColumnIds.map((id) => [id, shown.includes(id)])),
      columnOrder: shown,
    },
    onSortingChange,
  });
  const visible = table.getVisibleLeafColumns();
  const template = `40px ${visible.map((c) => c.columnDef.meta?.track ?? '1fr').join(' ')}`;
  const columnsKey = visible.map((c) => c.id).join();

  const loadedIds = () => [...pages.loadedRows()].map(([, row]) => row.id);
  const rowsBetween = (from: number, to: number) => {
    const ids: number[] = [];
    for (let i = from; i <= to; i++) {
      const row = pages.row(i);
      if (row) ids.push(row.id);
    }
    return ids;
  };
  // One function for the life of the table, so rows (memoised) do not render again for a new one.
  const toggle = useRef<(index: number, id: number, event: MouseEvent) => void>(() => undefined);
  useEffect(() => {
    toggle.current = (index, id, event) => setSelection(clickRow(selection, { index, id, shift: event.shiftKey }, rowsBetween));
  });
  const onToggle = useCallback((index: number, id: number, event: MouseEvent) => toggle.current(index, id, event), []);

  const allLoaded = selection.kind === 'all' || (selection.ids.size > 0 && loadedIds().every((id) => selection.ids.has(id)));

  return (
    <div
      className="members-table"
      role="table"
      aria-label={t('panel.members.title')}
      aria-rowcount={count + 1}
      aria-busy={status.walkingTo !== null}
      style={{ '--member-columns': template } as CSSProperties}
    >
      <div className="members-scroll" ref={scrollRef}>
        <div className="members-row members-header" role="row" aria-rowindex={1}>
          <span className="members-cell members-check" role="columnheader">
            <input
              type="checkbox"
              checked={allLoaded}
              disabled={count === 0}
              onChange={() => setSelection(togglePage(selection, loadedIds()))}
              aria-label={t('panel.members.selectLoaded')}
              title={t('panel.members.selectLoaded')}
            />
          </span>
          {table.getFlatHeaders().filter((h) => h.column.getIsVisible()).map((header) => {
            const sorted = header.column.getIsSorted();
            const label = flexRender(header.column.columnDef.header, header.getContext());
            return (
              <span
                key={header.id}
                className={`members-cell${header.column.columnDef.meta?.numeric ? ' numeric' : ''}`}
                role="columnheader"
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
              >
                {header.column.getCanSort() ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={header.column.getToggleSortingHandler()}
                    title={t('panel.members.sortBy', { column: header.column.columnDef.meta?.title ?? String(header.column.columnDef.header) })}
                  >
                    <span className="sort-label">{label}</span>
                    <span className="sort-mark" aria-hidden="true">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </span>
                  </button>
                ) : (
                  <span className="sort-label" title={header.column.columnDef.meta?.title}>
                    {label}
                  </span>
                )}
              </span>
            );
          })}
        </div>
        <div className="members-body" style={{ height: scale.current.bodyPx }}>
          {/* One box moves with the scroll position; rows sit in it relative to its base (scroll-scale.ts). */}
          <div className="members-rows" style={{ transform: `translateY(${boxTop}px)` }}>
            {items.map((item) => {
              const member = pages.row(item.index);
              const row = member && table.getRow(String(member.id), true);
              return row ? (
                <MemberRowView
                  key={item.key}
                  row={row}
                  member={member}
                  index={item.index}
                  start={item.start - base}
                  selected={isSelected(selection, member.id)}
                  locked={selection.kind === 'all'}
                  columnsKey={columnsKey}
                  columns={columns}
                  onToggle={onToggle}
                />
              ) : (
                <div key={item.key} className="members-row members-placeholder" role="row" aria-rowindex={item.index + 2} style={{ transform: `translateY(${item.start - base}px)` }}>
                  <span className="members-cell" role="cell">
                    <span className="skeleton" />
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {status.walkingTo !== null && (
        <div className="members-walk" role="status">
          <span>{t('panel.members.walking', { row: format.count(status.walkingTo + 1) })}</span>
          <ProgressBar done={status.walkedTo} total={status.walkingTo} label={t('panel.members.walkingLabel')} />
        </div>
      )}
      {status.error !== null && (
        <div className="members-walk members-walk-error" role="alert">
          <span>{errorText(status.error)}</span>
          <button type="button" className="button button-small" onClick={() => pages.retry()}>
            {t('common.retry')}
          </button>
        </div>
      )}
    </div>
  );
}

interface MemberRowViewProps {
  row: Row<MemberRow>;
  member: MemberRow;
  index: number;
  start: number;
  selected: boolean;
  /** "All matching" is selected: single rows cannot be unpicked. */
  locked: boolean;
  columnsKey: string;
  columns: ColumnDef<MemberRow, unknown>[];
  onToggle(index: number, id: number, event: MouseEvent): void;
}

/** One row; it renders again only when its member, its selection or the columns change. */
const MemberRowView = memo(
  function MemberRowView({ row, member, index, start, selected, locked, onToggle }: MemberRowViewProps) {
    const { t } = useTranslation();
    return (
      <div
        className={`members-row${selected ? ' selected' : ''}`}
        role="row"
        aria-rowindex={index + 2}
        aria-selected={selected}
        style={{ transform: `translateY(${start}px)` }}
      >
        <span className="members-cell members-check" role="cell">
          <input
            type="checkbox"
            checked={selected}
            disabled={locked}
            onClick={(e) => onToggle(index, member.id, e)}
            onChange={() => undefined}
            aria-label={t('panel.members.selectRow', { member: member.name ?? member.code })}
          />
        </span>
        {row.getVisibleCells().map((cell) => (
          <span key={cell.id} className={`members-cell${cell.column.columnDef.meta?.numeric ? ' numeric' : ''}`} role="cell">
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </span>
        ))}
      </div>
    );
  },
  (a, b) =>
    a.member === b.member &&
    a.index === b.index &&
    a.start === b.start &&
    a.selected === b.selected &&
    a.locked === b.locked &&
    a.columnsKey === b.columnsKey &&
    a.columns === b.columns &&
    a.onToggle === b.onToggle,
);
