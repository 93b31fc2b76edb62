import type { dialogsMethods } from '@api/dialogs';
import { AppError } from '../../core/errors';
import type { DomainHandlers } from './types';

/**
 * The desktop app's window answers dialogs.* itself (main/shell/shell-methods.ts), so they reach the
 * core only from the browser host or automation, where there is no native dialog to show.
 */
const notAvailable = (method: string, instead: string) => async (): Promise<never> => {
  throw new AppError('NOT_AVAILABLE', `${method} shows a native file dialog, which only the desktop app has. ${instead}`);
};

export const dialogsHandlers = (): DomainHandlers<typeof dialogsMethods> => ({
  'dialogs.openPath': notAvailable('dialogs.openPath', 'Upload the file instead (POST /upload, then { uploadId }), or name a { path } inside the allowed folders.'),
  'dialogs.savePath': notAvailable('dialogs.savePath', 'Download the file instead (GET /download/<downloadId>), or name a { path } inside the allowed folders.'),
});
