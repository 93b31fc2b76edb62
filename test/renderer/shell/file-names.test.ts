import { describe, expect, it } from 'vitest';
import { fileNameProblem, joinPath, workspaceFilePath } from '@renderer/shell/file/file-names';

describe('fileNameProblem', () => {
  it('accepts names in any language', () => {
    for (const name of ['spring-study 2026', '春季研究', 'Исследование_весна', 'v1.2', 'copy.sqlite']) expect(fileNameProblem(name), name).toBeNull();
  });

  it('says what is wrong', () => {
    expect(fileNameProblem('   ')).toBe('empty');
    expect(fileNameProblem('.sqlite')).toBe('empty');
    expect(fileNameProblem('x'.repeat(101))).toBe('tooLong');
    expect(fileNameProblem('a/b')).toBe('characters');
    expect(fileNameProblem('a\\b')).toBe('characters');
    expect(fileNameProblem('what?')).toBe('characters');
    expect(fileNameProblem('tab\there')).toBe('characters');
    expect(fileNameProblem('.hidden')).toBe('dots');
  });
});

describe('workspaceFilePath', () => {
  it('adds the extension once and joins with the folder’s own separator', () => {
    expect(workspaceFilePath('/home/mei/workspaces', ' Spring study ')).toBe('/home/mei/workspaces/Spring study.sqlite');
    expect(workspaceFilePath('/home/mei/workspaces/', 'panel.sqlite')).toBe('/home/mei/workspaces/panel.sqlite');
    expect(workspaceFilePath('C:\\Users\\Mei\\Workspaces', '春季')).toBe('C:\\Users\\Mei\\Workspaces\\春季.sqlite');
  });

  it('joins to the root folder', () => {
    expect(joinPath('/', 'a.sqlite')).toBe('/a.sqlite');
  });
});
