import type { MessageBoxSyncOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { askingBeforeReplace, leaveGuard } from '../../main/shell/ask-before-loss';
import { shellLabels } from '../../main/shell/shell-labels';

describe('the desktop app asks before anything is lost', () => {
  it('asks before a save dialog replaces a file, on every platform, keeping the other options', () => {
    expect(askingBeforeReplace({ title: 'Save', defaultPath: 'rows.csv' })).toEqual({ title: 'Save', defaultPath: 'rows.csv', properties: ['showOverwriteConfirmation'] });
    expect(askingBeforeReplace({ properties: ['createDirectory', 'showOverwriteConfirmation'] }).properties).toEqual(['createDirectory', 'showOverwriteConfirmation']);
  });

  it('closes or reloads a page with unsaved edits only when the user chooses Discard changes, in the user’s language', () => {
    const asked: MessageBoxSyncOptions[] = [];
    const outcome = (answer: number) => {
      let unloaded = false;
      leaveGuard(shellLabels('ru'), (options) => (asked.push(options), answer))({ preventDefault: () => (unloaded = true) });
      return unloaded;
    };
    expect(outcome(0)).toBe(false);
    expect(outcome(1)).toBe(true);
    expect(asked[0]).toMatchObject({ buttons: ['Остаться', 'Отменить изменения'], defaultId: 0, cancelId: 0, message: 'Уйти без сохранения?' });
  });
});
