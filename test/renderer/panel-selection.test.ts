import { describe, expect, it } from 'vitest';
import { clickRow, isSelected, noSelection, selectedCount, togglePage, type Selection } from '@renderer/features/panel/members/selection';

// Rows 0…9 hold members 100…109; rows 5 and 6 are not in memory.
const rowsBetween = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((i) => i !== 5 && i !== 6).map((i) => 100 + i);
const ids = (s: Selection) => (s.kind === 'ids' ? [...s.ids].sort() : 'all');

describe('members table selection', () => {
  it('toggles single rows and selects a range with Shift from the last click', () => {
    let s = clickRow(noSelection, { index: 2, id: 102, shift: false }, rowsBetween);
    expect(ids(s)).toEqual([102]);
    s = clickRow(s, { index: 8, id: 108, shift: true }, rowsBetween);
    // Rows not in memory (5, 6) are left as they were.
    expect(ids(s)).toEqual([102, 103, 104, 107, 108]);
    s = clickRow(s, { index: 3, id: 103, shift: false }, rowsBetween);
    expect(ids(s)).toEqual([102, 104, 107, 108]);
    // Shift-clicking a selected row unselects the range.
    s = clickRow(s, { index: 1, id: 101, shift: false }, rowsBetween);
    s = clickRow(s, { index: 4, id: 104, shift: true }, rowsBetween);
    expect(ids(s)).toEqual([107, 108]);
  });

  it('selects all loaded rows from the header, clears when they are all selected', () => {
    const s = togglePage(noSelection, [1, 2, 3]);
    expect(ids(s)).toEqual([1, 2, 3]);
    expect(ids(togglePage(s, [1, 2, 3]))).toEqual([]);
  });

  it('"all matching" counts the whole filter result and selects every row', () => {
    const all: Selection = { kind: 'all' };
    expect(selectedCount(all, 12_345)).toBe(12_345);
    expect(isSelected(all, 99)).toBe(true);
    expect(ids(togglePage(all, [1]))).toEqual([]);
  });
});
