import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { demoHostAndBrowser } from './support/demo-host';
import { chooseLanguage, findOverflow, openAt } from './support/workbench-page';

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
const findOverlaps = (page: Page): Promise<string[]> => page.evaluate<string[]>(FIND_OVERLAPS);

/** PNG signature, then width and height from the IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const PAGES = [
  { hash: '#/overview', headings: { en: 'Overview', 'zh-CN': '概览', ru: 'Обзор' }, stem: 'lifecycle-funnel' },
  { hash: '#/recruitment', headings: { en: 'Recruitment', 'zh-CN': '招募', ru: 'Набор' }, stem: 'openness-distribution' },
] as const;

describe('charts in the page, saved as images', () => {
  const demo = demoHostAndBrowser();

  it.each(['en', 'zh-CN', 'ru'] as const)('draws the charts without overlaps at 1024×700 and 1280×800, and saves them as PNG and SVG (%s)', async (language) => {
    for (const [width, height] of [[1024, 700], [1280, 800]] as const) {
      for (const { hash, headings, stem } of PAGES) {
        const { page, problems } = await openAt(demo.browser(), demo.host(), hash, { width, height });
        if (language !== 'en') await chooseLanguage(page, language, headings[language]);
        else await page.getByRole('heading', { level: 1, name: headings.en }).waitFor();
        const view = page.locator('.chart-view').first();
        await view.locator('.echart svg text').first().waitFor();
        await view.scrollIntoViewIfNeeded();
        await page.waitForTimeout(600); // the chart's entry animation
        await screenshot(page, `chart-${stem}-${language}-${width}`);
        expect(await findOverlaps(page)).toEqual([]);
        expect(await findOverflow(page)).toEqual([]);

        if (width === 1280) {
          const buttons = view.locator('.chart-actions button');
          const [png] = await Promise.all([page.waitForEvent('download'), buttons.first().click()]);
          expect(png.suggestedFilename()).toBe(`${stem}.png`);
          const drawn = await view.locator('.echart').boundingBox();
          expect(pngSize(fs.readFileSync((await png.path())!))).toEqual({ width: Math.round(drawn!.width), height: Math.round(drawn!.height) });
          const [svg] = await Promise.all([page.waitForEvent('download'), buttons.nth(1).click()]);
          expect(svg.suggestedFilename()).toBe(`${stem}.svg`);
          const markup = fs.readFileSync((await svg.path())!, 'utf8');
          // The page's chart texts are in the file, in the same language.
          const onScreen = await view.locator('.echart svg text').allTextContents();
          for (const text of onScreen.filter((t) => /\p{L}/u.test(t)).slice(0, 4)) expect(markup).toContain(text.replaceAll('&', '&amp;'));
        }
        expect(problems).toEqual([]);
        await page.context().close();
      }
    }
  }, 240_000);
});
