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

/**
 * How far the rows, placed at their place among all rows, are moved within the body so that the rows
 * at `rowsOffset` (the element's scrollTop × factor) show at the top of the view: 0 when unscaled.
 */
export const rowsShift = (rowsOffset: number, factor: number): number => rowsOffset / factor - rowsOffset;
