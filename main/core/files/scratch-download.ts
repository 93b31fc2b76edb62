import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CallContext } from '../call-context';
import { scratchFileName, sweepScratchFiles } from './owned-files';

/** How long an offered file stays downloadable; the link is for the download the browser starts at once. */
const DOWNLOAD_MS = 10 * 60_000;

/**
 * An export offered as a browser-host download: written to a scratch file in the system's temporary
 * folder (files of ended processes are swept), deleted after ten minutes. Answers the one-time
 * download id; null in the desktop app, where nothing is kept (the caller saves through a path).
 */
export async function offerScratchDownload(ctx: Pick<CallContext, 'files'>, folder: string, bytes: string | Uint8Array, fileName: string): Promise<string | null> {
  const dir = path.join(os.tmpdir(), folder);
  const extension = path.extname(fileName);
  sweepScratchFiles(dir, extension);
  const scratch = path.join(dir, scratchFileName(extension));
  const downloadId = ctx.files.offer(scratch, fileName);
  if (downloadId === null) return null;
  await fs.promises.mkdir(dir, { recursive: true });
  await fs.promises.writeFile(scratch, bytes, { flag: 'wx' });
  setTimeout(() => void fs.promises.rm(scratch, { force: true }), DOWNLOAD_MS).unref();
  return downloadId;
}
