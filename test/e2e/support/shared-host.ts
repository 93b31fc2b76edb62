import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startHost, type HostOptions, type WorkbenchHost } from './workbench-host';

export interface SharedOptions {
  /**
   * The host's options, given the block's temporary folder: e.g. a workspace file in it (--workspace,
   * --demo) or --allow-dir. By default none: the default workspace, filled with the demo community.
   */
  host?: (dir: string) => HostOptions;
  /**
   * The user's name, given through the API before the tests (as on first run), so that no window meets
   * the Welcome dialog. Left out where a test enters the name itself.
   */
  userName?: string;
}

export interface SharedHostAndBrowser {
  /** A temporary folder of the block's own (workspaces, files to import), made at once and removed after the block. */
  readonly dir: string;
  /** The browser host; a test that restarts it (e.g. after host.crash()) puts the new one here, for afterAll to stop. */
  host: WorkbenchHost;
  browser: Browser;
}

/**
 * For a describe block: a browser host and Chromium, started in beforeAll, stopped (with the temporary
 * folder removed) in afterAll. `host` and `browser` are set once beforeAll has run: the tests and any
 * later beforeAll hook of the block read them, never the describe callback itself. Hooks run in
 * order (Vitest's default `sequence.hooks: 'stack'`), so a beforeAll registered after this call can
 * prepare data through `host`.
 */
export function sharedHostAndBrowser(name: string, options: SharedOptions = {}): SharedHostAndBrowser {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `icw-e2e-${name}-`));
  const shared = { dir } as SharedHostAndBrowser;
  beforeAll(async () => {
    shared.host = await startHost(options.host?.(dir));
    if (options.userName !== undefined) await shared.host.call('profile.set', { name: options.userName });
    shared.browser = await launchBrowser();
  });
  afterAll(async () => {
    // Either is unset if beforeAll failed before it.
    await shared.browser?.close();
    await shared.host?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return shared;
}
