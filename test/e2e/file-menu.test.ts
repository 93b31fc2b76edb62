import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbench, screenshot } from './support/browser';
import { sharedHostAndBrowser } from './support/shared-host';
import { countOnCard, enterName, findOverflow } from './support/workbench-page';

// The tests share one host and continue from one another, as a user's session would.
describe('File menu', () => {
  const shared = sharedHostAndBrowser('new', { host: (dir) => ({ args: ['--workspace', path.join(dir, 'start.sqlite'), '--allow-dir', path.join(dir, 'projects')] }) });
  const root = shared.dir;
  const projects = path.join(root, 'projects');
  // Before the host starts: --allow-dir names a folder that exists.
  fs.mkdirSync(projects);

  it('New creates an empty workspace in the chosen folder and shows it', async () => {
    const { page, problems } = await openWorkbench(shared.browser, shared.host.url);
    await enterName(page);
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'New workspace…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New workspace' });
    await dialog.waitFor();

    // A bad name is refused in place and creates nothing.
    await dialog.getByLabel('File name').fill('q3/panel');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText('A file name cannot contain').waitFor();

    await dialog.getByLabel('File name').fill('Fresh panel');
    await dialog.getByLabel('Folder').selectOption(projects);
    expect(await dialog.getByRole('checkbox', { name: 'Fill with the demo community' }).isChecked()).toBe(false);
    await dialog.getByText(path.join(projects, 'Fresh panel.sqlite')).waitFor();
    await screenshot(page, 'new-dialog-en');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'detached' });

    const target = path.join(projects, 'Fresh panel.sqlite');
    await page.locator('.page-subtitle', { hasText: 'Fresh panel' }).waitFor();
    expect(await countOnCard(page, 'Members')).toBe(0);
    expect(await countOnCard(page, 'Responses')).toBe(0);
    await page.getByRole('heading', { name: 'This workspace is empty' }).waitFor();
    expect(fs.existsSync(target)).toBe(true);
    expect((await shared.host.call('workspace.info', {})).path).toBe(target);
    await screenshot(page, 'new-workspace-empty-en');

    // Creating it again names the conflict, in the user's language; a workspace is never written over.
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'New workspace…' }).click();
    await dialog.getByLabel('File name').fill('Fresh panel');
    await dialog.getByLabel('Folder').selectOption(projects);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByRole('alert').getByText(`${target} is a workspace or one of its files`).waitFor();
    // Escape closes the dialog and gives the focus back to the File button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator(':focus').innerText()).toBe('File');
    expect(await findOverflow(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lays the New dialog out in Russian too', async () => {
    const { page, problems } = await openWorkbench(shared.browser, shared.host.url, { width: 1024, height: 700 });
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('button', { name: 'Файл' }).click();
    await page.getByRole('menuitem', { name: 'Новая рабочая область…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая рабочая область' });
    await dialog.getByRole('button', { name: 'Создать' }).click();
    await dialog.getByText('Введите имя файла.').waitFor();
    await screenshot(page, 'new-dialog-ru-1024');
    expect(await findOverflow(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('Open, Recent and Save a copy work on workspace files', async () => {
    const { page, problems } = await openWorkbench(shared.browser, shared.host.url);
    const file = page.getByRole('button', { name: 'File' });
    const workspaceName = page.locator('.header-workspace-name');

    // Open: pick the folder, then the file.
    await file.click();
    await page.getByRole('menuitem', { name: 'Open workspace…' }).click();
    const open = page.getByRole('dialog', { name: 'Open workspace' });
    await open.getByLabel('Folder').selectOption(root);
    await open.getByRole('button', { name: /^start/ }).click();
    await open.waitFor({ state: 'detached' });
    await workspaceName.filter({ hasText: 'start' }).waitFor();

    // Recent: the workspace opened before is listed with its path.
    await file.click();
    await page.getByRole('menuitem', { name: 'Recent' }).click();
    await page.getByRole('menuitem', { name: /Fresh panel/ }).click();
    await workspaceName.filter({ hasText: 'Fresh panel' }).waitFor();

    // Save a copy: a consistent copy in the chosen folder, confirmed with its path.
    await file.click();
    await page.getByRole('menuitem', { name: 'Save a copy…' }).click();
    const save = page.getByRole('dialog', { name: 'Save a copy' });
    expect(await save.getByLabel('File name').inputValue()).toBe('Fresh panel-copy');
    await save.getByLabel('Folder').selectOption(projects);
    await save.getByRole('button', { name: 'Save copy' }).click();
    await save.waitFor({ state: 'detached' });
    const copy = path.join(projects, 'Fresh panel-copy.sqlite');
    await page.getByRole('status').filter({ hasText: `Saved a copy to ${copy}` }).waitFor();
    expect(fs.existsSync(copy)).toBe(true);
    expect((await shared.host.call('workspace.info', {})).path).toBe(path.join(projects, 'Fresh panel.sqlite'));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
