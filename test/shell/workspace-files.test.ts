import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCopyPath, withWorkspaceExtension } from '../../main/shell/workspace-files';

describe('workspace file names', () => {
  it('adds .sqlite when a save dialog left it off', () => {
    expect(withWorkspaceExtension('/home/ana/panel')).toBe('/home/ana/panel.sqlite');
    expect(withWorkspaceExtension('/home/ana/panel.sqlite')).toBe('/home/ana/panel.sqlite');
    expect(withWorkspaceExtension('/home/ana/panel.db')).toBe('/home/ana/panel.db.sqlite');
  });

  it('proposes a copy beside the workspace', () => {
    expect(defaultCopyPath(path.join('/data', 'spring panel.sqlite'))).toBe(path.join('/data', 'spring panel-copy.sqlite'));
  });
});
