import fs from 'node:fs';
import { AppError } from '../errors';

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException | null)?.code;

/** Long paths are cut in messages, so the answer stays readable. */
const shown = (filePath: string) => (filePath.length > 160 ? `${filePath.slice(0, 160)}…` : filePath);

/** A path the file system refuses by its form: too long, or leading through a file as if it were a folder. */
function pathProblem(err: unknown, filePath: string): AppError | null {
  switch (codeOf(err)) {
    case 'ENAMETOOLONG':
      return new AppError('VALIDATION', `The path ${shown(filePath)} is too long for the file system. Choose a shorter name or folder.`, {
        key: 'errors.pathTooLong',
        params: { path: shown(filePath) },
      });
    case 'ENOTDIR':
      return new AppError('VALIDATION', `A part of the path ${filePath} is a file, not a folder.`, { key: 'errors.pathThroughFile', params: { path: filePath } });
    default:
      return null;
  }
}

/** The file's stat, or null when there is none; a malformed path is a VALIDATION error, not an internal one. */
export async function statOrNull(filePath: string): Promise<fs.Stats | null> {
  try {
    return await fs.promises.stat(filePath);
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return null;
    throw pathProblem(err, filePath) ?? err;
  }
}

/** Why reading filePath failed, for the user: which file and what the system said. */
export function readFailure(err: unknown, filePath: string): AppError {
  const reason = err instanceof Error ? err.message : String(err);
  return pathProblem(err, filePath) ?? new AppError('FORBIDDEN', `${filePath} could not be read: ${reason}`, { key: 'errors.cannotRead', params: { path: filePath, reason } });
}

/** Why writing at filePath failed, for the user: which file and what the system said. */
export function writeFailure(err: unknown, filePath: string): AppError {
  if (err instanceof AppError) return err;
  const problem = pathProblem(err, filePath);
  if (problem) return problem;
  const reason = err instanceof Error ? err.message : String(err);
  if (codeOf(err) === 'ENOSPC' || codeOf(err) === 'EDQUOT') {
    return new AppError('LIMIT', `There is not enough space to write ${filePath}.`, { key: 'errors.diskFull', params: { path: filePath } });
  }
  return new AppError('FORBIDDEN', `${filePath} could not be written: ${reason}`, { key: 'errors.cannotWrite', params: { path: filePath, reason } });
}
