import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { findOverlaps, pngSize } from './support/chart-page';
import { sharedHostAndBrowser } from './support/shared-host';
import { chooseLanguage, findOverflow, openAt } from './support/workbench-page';

const PAGES = [
  { hash: '#/overview', headings: { en: 'Overview', 'zh-CN': '概览', ru: 'Обзор' }, stem: 'lifecycle-funnel' },
  { hash: '#/recruitment', headings: { en: 'Recruitment', 'zh-CN': '招募', ru: 'Набор' }, stem: 'openness-distribution' },
] as const;

describe('charts in the page, saved as images', () => {
  // The demo community (the default workspace), with the user's name given.
  const shared = sharedHostAndBrowser('charts', { userName: 'Mei Chen' });

  it.each(['en', 'zh-CN', 'ru'] as const)('draws the charts without overlaps at 1024×700 and 1280×800, and saves them as PNG and SVG (%s)', async (language) => {
    for (const [width, height] of [[1024, 700], [1280, 800]] as const) {
      for (const { hash, headings, stem } of PAGES) {
        const { page, problems } = await openAt(shared.browser, shared.host, hash, { width, height });
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
