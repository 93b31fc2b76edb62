import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCREENSHOT_DIR = path.join(ROOT, 'test-results/e2e');

/** The system's Chromium (Debian package `chromium`): these tests never download a browser. */
function chromiumPath(): string {
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium is not installed: the end-to-end tests need the `chromium` package (apt-get install chromium).');
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface PageOptions {
  width?: number;
  height?: number;
  /** The browser's preferred language (navigator.languages), which the app follows on first start. */
  locale?: string;
}

export interface WorkbenchPage {
  page: Page;
  /** Script errors and console errors (e.g. a CSP violation) seen so far; a test expects none. */
  problems: string[];
}

/** A fresh browser context (own storage) with one page at the workbench's link. */
export async function openWorkbench(browser: Browser, url: string, options: PageOptions = {}): Promise<WorkbenchPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: options.locale ?? 'en-US',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (message) => {
    // A method's error Result comes with a 4xx status, which Chromium logs; the UI shows it.
    const rpcStatus = message.location().url.includes('/rpc/') && /status of 4\d\d/.test(message.text());
    if (message.type() === 'error' && !rpcStatus) problems.push(message.text());
  });
  await page.goto(url);
  return { page, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}
