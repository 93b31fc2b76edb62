import { describe, expect, it } from 'vitest';
import { MAX_BODY_PX, placeRows, scrollScale } from '@renderer/features/panel/members/scroll-scale';

const ROW = 32;
const HEADER = 36;
const VIEW = 600;
/** Chromium lays out nothing beyond about 33.5 million pixels. */
const LAYOUT_LIMIT = 33_554_431;

/** Where a row's top ends up in the view (0 = the top of the scrolling element), as the table draws it. */
function inView(row: number, elementScroll: number, factor: number): number {
  const rowsOffset = elementScroll * factor;
  const { base, boxTop } = placeRows(rowsOffset, factor);
  const inBody = boxTop + row * ROW - base;
  expect(Math.abs(inBody)).toBeLessThan(LAYOUT_LIMIT);
  return HEADER + inBody - elementScroll;
}

describe('scaled scrollbar of the members table', () => {
  it('leaves a table that fits the browser unscaled: rows at their own place', () => {
    const { bodyPx, factor } = scrollScale(1_000_000 * ROW, VIEW, HEADER);
    expect({ bodyPx, factor }).toEqual({ bodyPx: 32_000_000, factor: 1 });
    expect(inView(123_456, 123_456 * ROW, 1)).toBe(HEADER);
    expect(inView(999_999, 999_999 * ROW - 100, 1)).toBe(HEADER + 100);
  });

  it('keeps a larger table under the height cap, and the ends of the scrollbar reach the first and the last row', () => {
    const rows = 5_000_000;
    const { bodyPx, factor } = scrollScale(rows * ROW, VIEW, HEADER);
    expect(bodyPx).toBe(MAX_BODY_PX);
    expect(factor).toBeGreaterThan(4);
    expect(inView(0, 0, factor)).toBe(HEADER);
    // The element scrolled to its end: the last row's bottom is the bottom of the view.
    const elementEnd = HEADER + bodyPx - VIEW;
    expect(inView(rows - 1, elementEnd, factor) + ROW).toBeCloseTo(VIEW, 3);
    // Halfway down the scrollbar is halfway through the rows, and that row shows at the top, under the header.
    const middleRow = Math.floor(((elementEnd / 2) * factor) / ROW);
    expect(middleRow / rows).toBeCloseTo(0.5, 2);
    const top = inView(middleRow, elementEnd / 2, factor);
    expect(top).toBeGreaterThan(HEADER - ROW);
    expect(top).toBeLessThanOrEqual(HEADER);
  });
});
