import { describe, expect, it } from 'vitest';
import { MAX_BODY_PX, rowsShift, scrollScale } from '@renderer/features/panel/members/scroll-scale';

const ROW = 32;
const HEADER = 36;
const VIEW = 600;

describe('scaled scrollbar of the members table', () => {
  it('leaves a table that fits the browser unscaled', () => {
    expect(scrollScale(1_000_000 * ROW, VIEW, HEADER)).toEqual({ bodyPx: 32_000_000, factor: 1 });
    expect(rowsShift(123_456, 1)).toBe(0);
  });

  it('keeps a larger table under the height cap, and the ends of the scrollbar reach the first and the last row', () => {
    const rowsPx = 5_000_000 * ROW;
    const { bodyPx, factor } = scrollScale(rowsPx, VIEW, HEADER);
    expect(bodyPx).toBe(MAX_BODY_PX);
    expect(factor).toBeGreaterThan(4);
    // The element scrolled to its end: its rows' offset is the rows' own end…
    const elementEnd = HEADER + bodyPx - VIEW;
    const rowsOffset = elementEnd * factor;
    expect(rowsOffset).toBeCloseTo(HEADER + rowsPx - VIEW, 3);
    // …and the last row, moved by the shift, sits at the bottom of the view (body starts below the header).
    const lastRowTop = (5_000_000 - 1) * ROW + rowsShift(rowsOffset, factor);
    expect(HEADER + lastRowTop + ROW - elementEnd).toBeCloseTo(VIEW, 3);
    // Halfway down the scrollbar is halfway through the rows, and the row there shows at the top of the view.
    const middle = (elementEnd / 2) * factor;
    const middleRow = Math.floor((middle - HEADER) / ROW);
    expect(middleRow / 5_000_000).toBeCloseTo(0.5, 2);
    expect(HEADER + middleRow * ROW + rowsShift(middle, factor) - elementEnd / 2).toBeGreaterThan(-ROW);
    expect(HEADER + middleRow * ROW + rowsShift(middle, factor) - elementEnd / 2).toBeLessThanOrEqual(0);
  });
});
