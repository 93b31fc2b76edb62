import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench, screenshot } from './support/browser';
import { sharedHostAndBrowser } from './support/shared-host';
import { enterName, findOverflow } from './support/workbench-page';

const SQLITE_HEADER = 'SQLite format 3\0';
const isWorkspaceFile = (file: string) => fs.readFileSync(file).subarray(0, 16).toString('latin1') === SQLITE_HEADER;

/** A lock as a live workbench in process pid would write it (Linux: its boot id and start time). */
function lockOfLiveProcess(pid: number) {
  const bootId = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  const ticks = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19];
  return { pid, host: os.hostname(), since: '2026-01-15T09:00:00.000Z', start: `${bootId}/${ticks}`, instance: 'elsewhere' };
}

async function openFromDialog(page: Page, folder: string, name: string) {
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Open workspace…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open workspace' });
  await dialog.getByLabel('Folder').selectOption(folder);
  await dialog.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  return dialog;
}

// The tests share one host and continue from one another, as a user's session would.
describe('workspace files', () => {
  const shared = sharedHostAndBrowser('files', { host: (dir) => ({ args: ['--workspace', path.join(dir, 'start.sqlite'), '--allow-dir', path.join(dir, 'projects')] }) });
  const root = shared.dir;
  const projects = path.join(root, 'projects');
  // Before the host starts: --allow-dir names a folder that exists.
  fs.mkdirSync(projects);
  let holder: ChildProcess;

  beforeAll(async () => {
    await shared.host.call('workspace.create', { path: path.join(projects, 'autumn.sqlite'), demo: false });
    await shared.host.call('members.create', { name: 'Autumn Member' });
    await shared.host.call('workspace.open', { path: path.join(root, 'start.sqlite') });
    await shared.host.call('members.create', { name: 'Nadia Start' });
    holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  });

  afterAll(() => {
    holder?.kill('SIGKILL');
  });

  it('a tab follows a workspace switched in another tab, with a notice, instead of failing on the old one', async () => {
    const { page: first, problems } = await openWorkbench(shared.browser, shared.host.url);
    await enterName(first);
    // A second tab of the same browser, on the page of a member of the start workspace.
    const second = await first.context().newPage();
    await second.goto(shared.host.url);
    await second.locator('.app-nav').waitFor();
    await second.evaluate("window.location.hash = '#/panel/member/1'");
    await second.getByRole('heading', { level: 1, name: 'Nadia Start' }).waitFor();

    const open = await openFromDialog(first, projects, 'autumn');
    await open.waitFor({ state: 'detached' });
    await first.locator('.header-workspace-name', { hasText: 'autumn' }).waitFor();

    await second.getByRole('status').filter({ hasText: 'The workspace “autumn” was opened in another tab or window.' }).waitFor();
    // The tab that switched says nothing about its own switch. A missing notice cannot be waited for, so
    // it is looked for once the other tab shows the news (workspace.changed reaches every tab).
    expect(await first.locator('.notice').count()).toBe(0);
    await second.locator('.header-workspace-name', { hasText: 'autumn' }).waitFor();
    await second.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(await second.evaluate('window.location.hash')).toBe('#/overview');
    await screenshot(second, 'workspace-switched-notice-en');
    expect(await findOverflow(second)).toEqual([]);
    expect(problems).toEqual([]);
    await first.context().close();
  });

  it('Save a copy asks before replacing a file, and never replaces a workspace', async () => {
    const { page, problems } = await openWorkbench(shared.browser, shared.host.url);
    const notes = path.join(projects, 'notes.sqlite');
    fs.writeFileSync(notes, 'my notes, not a workspace');
    const saveCopyAs = async (name: string) => {
      await page.getByRole('button', { name: 'File' }).click();
      await page.getByRole('menuitem', { name: 'Save a copy…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Save a copy' });
      await dialog.getByLabel('File name').fill(name);
      await dialog.getByLabel('Folder').selectOption(projects);
      await dialog.getByRole('button', { name: 'Save copy' }).click();
      return dialog;
    };

    // Onto the other workspace: refused, whatever the user would confirm.
    const ontoWorkspace = await saveCopyAs('autumn');
    await ontoWorkspace.getByRole('alert').getByText('is a workspace or one of its files').waitFor();
    await ontoWorkspace.getByRole('button', { name: 'Cancel' }).click();

    // Onto a file that is not a workspace: a confirmation first; Cancel keeps the file.
    const save = await saveCopyAs('notes');
    const confirm = page.getByRole('dialog', { name: 'Replace the file?' });
    await confirm.getByText(`A file already exists at ${notes}`).waitFor();
    await screenshot(page, 'save-copy-replace-en');
    expect(await findOverflow(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(fs.readFileSync(notes, 'utf8')).toBe('my notes, not a workspace');

    await save.getByRole('button', { name: 'Save copy' }).click();
    await confirm.getByRole('button', { name: 'Replace' }).click();
    await save.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: `Saved a copy to ${notes}` }).waitFor();
    expect(isWorkspaceFile(notes)).toBe(true);
    expect(fs.readdirSync(projects).filter((name) => name.includes('icw-tmp'))).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('Open explains a file it cannot open, and offers to take over a workspace another program holds', async () => {
    const { page, problems } = await openWorkbench(shared.browser, shared.host.url);
    const broken = path.join(projects, 'broken.sqlite');
    fs.writeFileSync(broken, 'name,email\nAnn,ann@example.com\n');
    const notAWorkspace = await openFromDialog(page, projects, 'broken');
    await notAWorkspace.getByRole('alert').getByText(`${broken} is not a workspace file.`).waitFor();
    expect(fs.readFileSync(broken, 'utf8')).toBe('name,email\nAnn,ann@example.com\n');
    expect(fs.existsSync(`${broken}.lock`)).toBe(false);
    await notAWorkspace.getByRole('button', { name: 'Cancel' }).click();

    const held = path.join(projects, 'held.sqlite');
    await shared.host.call('workspace.backup', { path: held, replace: false });
    fs.writeFileSync(`${held}.lock`, JSON.stringify(lockOfLiveProcess(holder.pid!)));

    const dialog = await openFromDialog(page, projects, 'held');
    await dialog.getByRole('alert').getByText(`already open in another program (process ${holder.pid}`).waitFor();
    const takeOver = dialog.getByRole('button', { name: 'Take over and open' });
    await takeOver.waitFor();
    await screenshot(page, 'open-take-over-en');
    expect(await findOverflow(page)).toEqual([]);
    await takeOver.click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.header-workspace-name', { hasText: 'held' }).waitFor();
    expect(JSON.parse(fs.readFileSync(`${held}.lock`, 'utf8'))).not.toMatchObject({ pid: holder.pid });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lays out the take-over and replace dialogs and the switch notice in Chinese and Russian', async () => {
    for (const [language, size] of [
      ['zh-CN', { width: 1280, height: 800 }],
      ['ru', { width: 1024, height: 700 }],
      ['zh-CN', { width: 1024, height: 700 }],
      ['ru', { width: 1280, height: 800 }],
    ] as const) {
      const { page, problems } = await openWorkbench(shared.browser, shared.host.url, size);
      await page.getByLabel('Language').selectOption(language);
      const held = path.join(projects, 'autumn.sqlite');
      fs.writeFileSync(`${held}.lock`, JSON.stringify(lockOfLiveProcess(holder.pid!)));
      await page.locator('.header-button').first().click();
      await page.getByRole('menuitem').nth(1).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('select').selectOption(projects);
      await dialog.locator('.file-row', { hasText: 'autumn' }).click();
      await dialog.locator('.take-over .button-danger').waitFor();
      await screenshot(page, `open-take-over-${language}-${size.width}`);
      expect(await findOverflow(page)).toEqual([]);
      fs.rmSync(`${held}.lock`);
      await page.keyboard.press('Escape');

      const plain = `plain-${language}-${size.width}`;
      fs.writeFileSync(path.join(projects, `${plain}.sqlite`), 'not a workspace');
      await page.locator('.header-button').first().click();
      await page.getByRole('menuitem').nth(3).click();
      const save = page.getByRole('dialog');
      await save.locator('input[data-autofocus]').fill(plain);
      await save.locator('select').selectOption(projects);
      await save.locator('button[type=submit]').click();
      await page.locator('dialog .button-danger').waitFor();
      await screenshot(page, `save-copy-replace-${language}-${size.width}`);
      expect(await findOverflow(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      // Another tab switches: this one says so in its language.
      await shared.host.call('workspace.open', { path: path.join(root, 'start.sqlite') });
      await page.locator('.notice-info').waitFor();
      await screenshot(page, `workspace-switched-notice-${language}-${size.width}`);
      expect(await findOverflow(page)).toEqual([]);
      await shared.host.call('workspace.open', { path: path.join(projects, 'held.sqlite') });
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });
});
