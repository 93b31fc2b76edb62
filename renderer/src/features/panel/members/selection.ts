import type { Filter } from '@model/filter/filter';

/**
 * Which members the bulk actions apply to: rows picked one by one (ids), or every member matching
 * the current filter and search ("all"), which the actions then send as the filter itself.
 */
export type Selection = { kind: 'ids'; ids: ReadonlySet<number>; anchor: number | null } | { kind: 'all' };

export const noSelection: Selection = { kind: 'ids', ids: new Set(), anchor: null };

export const isSelected = (selection: Selection, id: number) => selection.kind === 'all' || selection.ids.has(id);

export const selectedCount = (selection: Selection, total: number) => (selection.kind === 'all' ? total : selection.ids.size);

/** The members a bulk action applies to, as the core takes them: listed ids, or the query itself (filter { and: [] } for everyone). */
export const bulkTarget = (selection: Selection, query: { filter: Filter | null; search: string }) =>
  selection.kind === 'all' ? { filter: query.filter ?? { and: [] }, search: query.search || null } : { memberIds: [...selection.ids] };

/**
 * A click on a row's checkbox at a list position. With Shift, every row from the previous click
 * (the anchor) to this one takes this row's new state; rows there that are not in memory are left
 * as they were (rowsBetween gives the ones that are).
 */
export function clickRow(
  selection: Selection,
  click: { index: number; id: number; shift: boolean },
  rowsBetween: (from: number, to: number) => number[],
): Selection {
  const ids = new Set(selection.kind === 'ids' ? selection.ids : []);
  const select = !ids.has(click.id);
  const anchor = selection.kind === 'ids' ? selection.anchor : null;
  const targets = click.shift && anchor !== null ? rowsBetween(Math.min(anchor, click.index), Math.max(anchor, click.index)) : [click.id];
  for (const id of targets) {
    if (select) ids.add(id);
    else ids.delete(id);
  }
  return { kind: 'ids', ids, anchor: click.index };
}

/** The header checkbox: picks every row in memory, or clears when they are all picked already. */
export function togglePage(selection: Selection, loadedIds: number[]): Selection {
  if (selection.kind === 'all') return noSelection;
  const all = loadedIds.length > 0 && loadedIds.every((id) => selection.ids.has(id));
  return all ? noSelection : { kind: 'ids', ids: new Set([...selection.ids, ...loadedIds]), anchor: null };
}
