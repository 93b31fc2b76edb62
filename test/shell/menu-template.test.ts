import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuModel } from '../../main/shell/menu-template';
import { aboutDetail, shellLabels } from '../../main/shell/shell-labels';

const commands = () => ({ newWorkspace: vi.fn(), openWorkspace: vi.fn(), openRecent: vi.fn(), saveCopy: vi.fn(), about: vi.fn() });

const model = (over: Partial<MenuModel> = {}): MenuModel => ({
  labels: shellLabels('en-US'),
  commands: commands(),
  recent: [],
  dev: false,
  mac: false,
  kiosk: false,
  ...over,
});

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const menu = (template: MenuItemConstructorOptions[], label: string) => submenu(template.find((m) => m.label === label));
const labelsOf = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label ?? i.role);

describe('menuTemplate', () => {
  it('has File, Edit, View and Help with the workspace commands under File', () => {
    const template = menuTemplate(model());
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labelsOf(menu(template, 'File'))).toEqual(['New Workspace…', 'Open Workspace…', 'Open Recent', 'Save a Copy…', 'Quit']);
    expect(menu(template, 'Edit').map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('runs the matching command when an item is clicked', () => {
    const m = model();
    const file = menu(menuTemplate(m), 'File');
    file.find((i) => i.label === 'Save a Copy…')?.click?.({} as never, undefined, {} as never);
    expect(m.commands.saveCopy).toHaveBeenCalledOnce();
    menu(menuTemplate(m), 'Help')[0]?.click?.({} as never, undefined, {} as never);
    expect(m.commands.about).toHaveBeenCalledOnce();
  });

  it('lists recent workspaces, each opening its own path', () => {
    const m = model({ recent: [{ name: 'spring', path: '/data/spring.sqlite' }] });
    const recent = submenu(menu(menuTemplate(m), 'File').find((i) => i.label === 'Open Recent'));
    expect(recent.map((i) => i.label)).toEqual(['spring (/data)']);
    recent[0]?.click?.({} as never, undefined, {} as never);
    expect(m.commands.openRecent).toHaveBeenCalledWith('/data/spring.sqlite');
  });

  it('shows a disabled placeholder when there is nothing recent', () => {
    const recent = submenu(menu(menuTemplate(model()), 'File').find((i) => i.label === 'Open Recent'));
    expect(recent).toEqual([{ label: 'No recent workspaces', enabled: false }]);
  });

  it('offers reload and developer tools in development only; zoom always', () => {
    const roles = (dev: boolean) => menu(menuTemplate(model({ dev })), 'View').map((i) => i.role);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools', 'zoomIn']));
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
  });

  it('on macOS starts with the application menu, which holds Quit', () => {
    const template = menuTemplate(model({ mac: true }));
    expect(template[0]?.role).toBe('appMenu');
    expect(labelsOf(menu(template, 'File'))).not.toContain('Quit');
  });

  it('in kiosk mode keeps only Edit: no workspace commands, no full-screen toggle, no reload, no Quit', () => {
    for (const mac of [false, true]) {
      const template = menuTemplate(model({ kiosk: true, dev: true, mac }));
      expect(template.map((m) => m.label)).toEqual(['Edit']);
      expect(menu(template, 'Edit').map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    }
  });
});

describe('shellLabels', () => {
  it('picks Chinese and Russian by language, English otherwise', () => {
    expect(shellLabels('zh-CN').file).toBe('文件');
    expect(shellLabels('zh_TW').file).toBe('文件');
    expect(shellLabels('ru').file).toBe('Файл');
    expect(shellLabels('de-DE').file).toBe('File');
    expect(shellLabels('').file).toBe('File');
  });

  it('labels every menu in the chosen language', () => {
    const template = menuTemplate(model({ labels: shellLabels('ru-RU') }));
    expect(template.map((m) => m.label)).toEqual(['Файл', 'Правка', 'Вид', 'Справка']);
  });

  it('puts the version into the About text', () => {
    expect(aboutDetail(shellLabels('en'), '1.2.3')).toContain('Version 1.2.3');
  });
});
