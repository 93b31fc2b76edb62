import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../main/api/index';
import { KioskLock } from '../../main/shell/kiosk-lock';
import type { NativeDialogs } from '../../main/shell/native-dialogs';
import { shellLabels } from '../../main/shell/shell-labels';
import { shellMethods } from '../../main/shell/shell-methods';
import { testSession } from '../support/workspace';

/** A dialog that answers as the user would: a chosen path, or cancel. */
function fakeDialogs(answer: { open?: string[] | null; save?: string | null }) {
  const shown: { open: OpenDialogOptions[]; save: SaveDialogOptions[] } = { open: [], save: [] };
  const dialogs: NativeDialogs = {
    open: async (options) => {
      shown.open.push(options);
      return answer.open ? { canceled: false, filePaths: answer.open } : { canceled: true, filePaths: [] };
    },
    save: async (options) => {
      shown.save.push(options);
      return answer.save ? { canceled: false, filePath: answer.save } : { canceled: true, filePath: '' };
    },
  };
  return { dialogs, shown };
}

const coreAnswer: Result<unknown> = { ok: true, data: { from: 'core' } };

/** A kiosk lock without a window: what the methods answer is the lock's own answer. */
const windowless = () => new KioskLock({ window: () => null, onChange: () => undefined });

function relay(answer: Parameters<typeof fakeDialogs>[0], locale = 'en-US') {
  const { dialogs, shown } = fakeDialogs(answer);
  const forward = vi.fn(async (_method: string, _input: unknown) => coreAnswer);
  return { call: shellMethods({ dialogs, labels: shellLabels(locale), forward, kiosk: windowless() }), shown, forward };
}

describe('shell methods', () => {
  it('answers dialogs.openPath with the chosen file, offering table files first, without asking the core', async () => {
    const r = relay({ open: ['/home/ana/members 2026.csv'] });
    expect(await r.call('dialogs.openPath', { purpose: 'memberImport' })).toEqual({ ok: true, data: { path: '/home/ana/members 2026.csv' } });
    expect(r.shown.open).toEqual([
      {
        title: 'Choose a file of members to import',
        filters: [
          { name: 'CSV and TSV files', extensions: ['csv', 'tsv', 'txt', 'tab'] },
          { name: 'All files', extensions: ['*'] },
        ],
        properties: ['openFile'],
      },
    ]);
    expect(r.forward).not.toHaveBeenCalled();
  });

  it('asks for a file of responses to import with the same table file types, in the user\'s language', async () => {
    const r = relay({ open: ['/home/ana/kobo.csv'] }, 'zh-CN');
    expect(await r.call('dialogs.openPath', { purpose: 'responseImport' })).toEqual({ ok: true, data: { path: '/home/ana/kobo.csv' } });
    expect(r.shown.open).toMatchObject([{ title: '选择要导入的答卷文件', filters: [{ extensions: ['csv', 'tsv', 'txt', 'tab'] }, { extensions: ['*'] }], properties: ['openFile'] }]);
  });

  it('answers path null when the user cancels', async () => {
    const r = relay({ open: null, save: null });
    expect(await r.call('dialogs.openPath', { purpose: 'memberImport' })).toEqual({ ok: true, data: { path: null } });
    expect(await r.call('dialogs.savePath', { purpose: 'rejectedRows', defaultName: 'rejected-rows-2026-01-15.csv' })).toEqual({ ok: true, data: { path: null } });
    expect(r.forward).not.toHaveBeenCalled();
  });

  it('proposes the default name in the save dialog, in the user’s language, and adds .csv only when the name has no extension', async () => {
    const r = relay({ save: '/home/ana/rejected' }, 'zh-CN');
    const input = { purpose: 'rejectedRows', defaultName: 'rejected-rows-2026-01-15.csv' };
    expect(await r.call('dialogs.savePath', input)).toEqual({ ok: true, data: { path: '/home/ana/rejected.csv' } });
    expect(r.shown.save).toEqual([{ title: '保存被拒绝的行', filters: [{ name: 'CSV 文件', extensions: ['csv'] }], defaultPath: 'rejected-rows-2026-01-15.csv' }]);

    const kept = relay({ save: '/home/ana/rejected.txt' });
    expect(await kept.call('dialogs.savePath', input)).toEqual({ ok: true, data: { path: '/home/ana/rejected.txt' } });
  });

  it('opens and saves survey definition files as JSON, in the user’s language', async () => {
    const r = relay({ open: ['/home/ana/pulse-v2.json'], save: '/home/ana/pulse' }, 'ru-RU');
    expect(await r.call('dialogs.openPath', { purpose: 'surveyImport' })).toEqual({ ok: true, data: { path: '/home/ana/pulse-v2.json' } });
    expect(await r.call('dialogs.savePath', { purpose: 'surveyDefinition', defaultName: 'pulse-v2.json' })).toEqual({ ok: true, data: { path: '/home/ana/pulse.json' } });
    expect(r.shown.open).toEqual([
      { title: 'Выберите файл опроса для импорта', filters: [{ name: 'Файлы JSON', extensions: ['json'] }, { name: 'Все файлы', extensions: ['*'] }], properties: ['openFile'] },
    ]);
    expect(r.shown.save).toEqual([{ title: 'Сохранить определение опроса', filters: [{ name: 'Файлы JSON', extensions: ['json'] }], defaultPath: 'pulse-v2.json' }]);
  });

  it('shows no dialog for bad input and lets the core answer it, as for any other method', async () => {
    const r = relay({ open: ['/x.csv'], save: '/x.csv' });
    const bad: [string, unknown][] = [
      ['dialogs.openPath', { purpose: 'workspace' }],
      ['dialogs.openPath', { purpose: 'memberImport', defaultPath: '/etc' }],
      ['dialogs.savePath', { purpose: 'rejectedRows', defaultName: '../../etc/passwd' }],
      ['dialogs.savePath', { purpose: 'rejectedRows' }],
      ['dialogs.savePath', undefined],
    ];
    for (const [method, input] of bad) expect(await r.call(method, input)).toBe(coreAnswer);
    expect(r.shown).toEqual({ open: [], save: [] });
    expect(r.forward.mock.calls).toEqual(bad);
  });

  it('with the real core behind it, bad input gets the usual VALIDATION answer naming the field', async () => {
    const { dialogs, shown } = fakeDialogs({ save: '/x.csv' });
    const call = shellMethods({ dialogs, labels: shellLabels('en'), forward: testSession().dispatch, kiosk: windowless() });
    const answer = await call('dialogs.savePath', { purpose: 'rejectedRows', defaultName: 'a/b.csv' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['defaultName'], message: 'expects a file name without folders' }] } });
    expect(shown.save).toEqual([]);
  });

  it('forwards every other method to the core unchanged, including names that only look like ours', async () => {
    const r = relay({ open: ['/x.csv'] });
    expect(await r.call('members.previewImport', { file: { path: '/x.csv' } })).toBe(coreAnswer);
    expect(await r.call('dialogs.explode', {})).toBe(coreAnswer);
    expect(await r.call('__proto__', {})).toBe(coreAnswer);
    expect(r.forward.mock.calls).toEqual([
      ['members.previewImport', { file: { path: '/x.csv' } }],
      ['dialogs.explode', {}],
      ['__proto__', {}],
    ]);
    expect(r.shown.open).toEqual([]);
  });

  it('answers INTERNAL instead of throwing when the dialog fails', async () => {
    const dialogs: NativeDialogs = { open: () => Promise.reject(new Error('no display')), save: () => Promise.reject(new Error('no display')) };
    const call = shellMethods({ dialogs, labels: shellLabels('en'), forward: async () => coreAnswer, kiosk: windowless() });
    expect(await call('dialogs.openPath', { purpose: 'memberImport' })).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'The file dialog could not be shown: no display' },
    });
  });

  it('answers kiosk.lock and kiosk.unlock from the window\'s kiosk lock, never the core', async () => {
    const r = relay({});
    expect(await r.call('kiosk.lock', { pin: '2468' })).toEqual({ ok: true, data: { locked: true } });
    expect(await r.call('kiosk.unlock', { pin: '1111' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'errors.kiosk.wrongPin' } });
    expect(await r.call('kiosk.unlock', { pin: '2468' })).toEqual({ ok: true, data: { locked: false } });
    expect(r.forward).not.toHaveBeenCalled();
  });

  it('lets the core refuse a malformed PIN with VALIDATION, without locking', async () => {
    const lock = windowless();
    const call = shellMethods({ dialogs: fakeDialogs({}).dialogs, labels: shellLabels('en'), forward: testSession().dispatch, kiosk: lock });
    expect(await call('kiosk.lock', { pin: '12' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['pin'] }] } });
    expect(lock.locked).toBe(false);
  });
});
