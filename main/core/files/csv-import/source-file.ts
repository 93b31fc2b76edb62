import fs from 'node:fs';
import path from 'node:path';
import type { FileRef } from '@api/common';
import type { CallContext } from '../../call-context';
import { AppError } from '../../errors';
import type { ImportsHost } from './imports-host';

/** The local file an import method names, and the name to show for it (an upload keeps its original name). */
export function sourceFile(ctx: Pick<CallContext, 'files'>, file: FileRef, host: Pick<ImportsHost, 'uploadName'>): { filePath: string; fileName: string } {
  const filePath = ctx.files.resolve(file);
  if (!fs.existsSync(filePath) || !fs.statSync(filePath).isFile()) {
    throw new AppError('NOT_FOUND', `There is no file at ${filePath}.`, { key: 'errors.fileMissing', params: { path: filePath } });
  }
  const uploadName = 'uploadId' in file ? host.uploadName(file.uploadId) : null;
  return { filePath, fileName: uploadName ?? path.basename(filePath) };
}
