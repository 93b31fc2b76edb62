/**
 * Browsers cap an element's height (Chromium near 33.5 million pixels), so a table of more than
 * about a million 32-pixel rows cannot be one pixel per pixel. Past this height the table body
 * stays at it and the scrollbar is scaled: one pixel of scrolling moves `factor` pixels of rows.
 */
export const MAX_BODY_PX = 33_000_000;

export interface ScrollScale {
  /** Height of the scrolling body element. */
  bodyPx: number;
  /** Rows' pixels per scrolled pixel (1: unscaled). */
  factor: number;
}

/**
 * Scales so that the top and the bottom of the scrollbar reach the first and the last row:
 * the element's scroll range (header + body − viewport) maps onto the rows' (header + rows − viewport).
 */
export function scrollScale(rowsPx: number, viewportPx: number, headerPx: number, maxBodyPx = MAX_BODY_PX): ScrollScale {
  if (rowsPx <= maxBodyPx) return { bodyPx: rowsPx, factor: 1 };
  const elementRange = headerPx + maxBodyPx - viewportPx;
  const rowsRange = headerPx + rowsPx - viewportPx;
  return { bodyPx: maxBodyPx, factor: elementRange > 0 ? rowsRange / elementRange : 1 };
}

/** Rows are placed relative to a base that moves in steps, so they re-render only when it moves. */
const BASE_STEP_PX = 32 * 1024;

export interface RowPlacement {
  /** Subtracted from each row's place among all rows (item.start). */
  base: number;
  /** Where the box holding the rows sits in the body. */
  boxTop: number;
}

/**
 * Where the rows go when they are scrolled to `rowsOffset` (the element's scrollTop × factor), so
 * those at the offset show at the top of the view. Positions stay near the element's scroll
 * position: a row million-deep at its own place would be past what the browser can lay out.
 */
export function placeRows(rowsOffset: number, factor: number): RowPlacement {
  const base = Math.floor(rowsOffset / BASE_STEP_PX) * BASE_STEP_PX;
  return { base, boxTop: base - rowsOffset + rowsOffset / factor };
}
