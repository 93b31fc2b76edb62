import { WORKSPACE_EXTENSION } from '@api/workspace';

export const MAX_FILE_NAME_LENGTH = 100;

export type FileNameProblem = 'empty' | 'tooLong' | 'characters' | 'dots';

// Forbidden on Windows, macOS or Linux, so a workspace file can move between them.
// eslint-disable-next-line no-control-regex -- control characters are among the forbidden ones
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f]/;

/** The name the user typed, without the extension they may have typed too. */
export const baseName = (typed: string) => typed.trim().replace(/\.sqlite$/i, '').trim();

/** What is wrong with a typed workspace file name, or null when it can be used. */
export function fileNameProblem(typed: string): FileNameProblem | null {
  const name = baseName(typed);
  if (name === '') return 'empty';
  if (name.length > MAX_FILE_NAME_LENGTH) return 'tooLong';
  if (FORBIDDEN.test(name)) return 'characters';
  if (name.startsWith('.')) return 'dots';
  return null;
}

/** Joins with the separator the folder already uses (the core may run on Windows or POSIX). */
export function joinPath(folder: string, fileName: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return `${folder.replace(/[\\/]+$/, '')}${separator}${fileName}`;
}

export const workspaceFilePath = (folder: string, typed: string) => joinPath(folder, `${baseName(typed)}${WORKSPACE_EXTENSION}`);

/** A workspace's name as the header shows it: the file name without folders and extension. */
export const workspaceNameOf = (filePath: string) => (filePath.split(/[\\/]/).pop() ?? filePath).replace(/\.sqlite$/i, '');
