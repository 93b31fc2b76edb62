import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startHost, type WorkbenchHost } from './workbench-host';

/**
 * For a describe block: a browser host on the demo community (the default workspace, created
 * before the host says it is ready) with the user's name given, and Chromium; both stopped after.
 * Read them through the getters once the block's tests run.
 */
export function demoHostAndBrowser(): { host(): WorkbenchHost; browser(): Browser } {
  let host: WorkbenchHost | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    host = await startHost();
    await host.call('profile.set', { name: 'Mei Chen' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });
  return { host: () => host!, browser: () => browser! };
}
