import type { Browser, Page } from 'playwright-core';
import { openWorkbench } from './browser';
import type { WorkbenchHost } from './workbench-host';

/** First run: the workbench asks for the user's name before anything else. */
export async function enterName(page: Page, name = 'Mei Chen'): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Welcome' });
  await dialog.getByLabel('Your name (recorded in audit entries)').fill(name);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The number on an overview count card (e.g. "Members"), parsed from its formatted text. */
export async function countOnCard(page: Page, label: string): Promise<number> {
  const text = await page.getByRole('group', { name: label, exact: true }).locator('.count-card-value').innerText();
  return Number(text.replace(/\D/g, ''));
}

// Runs in the page; a string because this project's Node typings have no DOM.
const FIND_OVERFLOW = `(() => {
  const width = document.documentElement.clientWidth;
  const header = document.querySelector('.app-header')?.getBoundingClientRect();
  const describe = (el) => el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ' "' + (el.textContent ?? '').trim().slice(0, 40) + '"';
  const problems = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.visually-hidden, svg')) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.right > width + 1) problems.push('beyond the window: ' + describe(el));
    else if (header && el.closest('.app-header') && !el.closest('.menu') && box.bottom > header.bottom + 1) problems.push('taller than the header: ' + describe(el));
    const style = getComputedStyle(el);
    if (el.scrollWidth > el.clientWidth + 1 && style.overflowX === 'hidden' && style.textOverflow !== 'ellipsis') problems.push('clipped: ' + describe(el));
  }
  return problems;
})()`;

/**
 * Elements that stick out of the window or out of the header: text too long for its place in
 * some language. Elements that truncate with an ellipsis on purpose are fine.
 */
export const findOverflow = (page: Page): Promise<string[]> => page.evaluate<string[]>(FIND_OVERFLOW);

/** A fresh window at a page of the workbench, once it has settled on its start page. */
export async function openAt(browser: Browser, host: WorkbenchHost, hash: string, options: Parameters<typeof openWorkbench>[2] = {}) {
  const opened = await openWorkbench(browser, host.url, options);
  await opened.page.locator('.app-nav').waitFor();
  // Runs in the page (a string: this project's Node typings have no DOM).
  await opened.page.waitForFunction("window.location.hash.startsWith('#/')");
  await opened.page.goto(`${host.origin}/${hash}`);
  return opened;
}

/** Switches the language in the header and waits for the page's heading in it. */
export async function chooseLanguage(page: Page, language: string, heading: string): Promise<void> {
  await page.locator('.language-switch select').selectOption(language);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The window sizes every page is checked at: the smallest the workbench supports, and a common laptop's. */
const LAYOUT_SIZES = [
  [1024, 700],
  [1280, 800],
] as const;

/**
 * The cases of a layout check, for `it.each`: each size in English, Chinese and Russian (the longest
 * words), as [language, width, height, ...what the page says in that language (its heading first)].
 */
export const layoutCases = <W extends [string, ...string[]]>(words: Record<'en' | 'zh-CN' | 'ru', W>) =>
  LAYOUT_SIZES.flatMap(([width, height]) => (['en', 'zh-CN', 'ru'] as const).map((language) => [language, width, height, ...words[language]] as const));
