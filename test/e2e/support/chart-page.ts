import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Pairs of things drawn in each chart that overlap: texts of the SVG (category names, value labels,
 * legend) with each other, and the chart's save buttons with the chart. Runs in the page (a string:
 * this project's Node typings have no DOM).
 */
const FIND_OVERLAPS = `(() => {
  const overlaps = [];
  const inside = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  for (const view of document.querySelectorAll('.chart-view')) {
    const texts = [...view.querySelectorAll('.echart svg text')].filter((t) => t.textContent.trim()).map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
    texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => { if (inside(a.box, b.box)) overlaps.push(a.text + ' × ' + b.text); }));
    const chart = view.querySelector('.echart').getBoundingClientRect();
    for (const button of view.querySelectorAll('.chart-actions button')) if (inside(button.getBoundingClientRect(), chart)) overlaps.push(button.textContent + ' × chart');
    for (const t of texts) if (t.box.left < chart.left - 1 || t.box.right > chart.right + 1 || t.box.top < chart.top - 1 || t.box.bottom > chart.bottom + 1) overlaps.push(t.text + ' outside the chart');
  }
  return overlaps;
})()`;
export const findOverlaps = (page: Page): Promise<string[]> => page.evaluate<string[]>(FIND_OVERLAPS);

/** PNG signature, then width and height from the IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The chart view inside `card` once it is drawn, scrolled into view and past its entry animation. */
export async function drawnChart(page: Page, card: string) {
  const view = page.locator(`${card} .chart-view`);
  await view.locator('.echart svg text').first().waitFor();
  await view.scrollIntoViewIfNeeded();
  await page.waitForTimeout(600); // the chart's entry animation
  return view;
}
