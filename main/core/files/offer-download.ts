import fs from 'node:fs';
import path from 'node:path';
import type { FileDelivery } from '../call-context';
import { scratchFileName, sweepScratchFiles } from './owned-files';

/** How long a file made for a download stays: the link is for the download the browser starts at once. */
const DOWNLOAD_MS = 10 * 60_000;

/**
 * A file the core made in memory (an exported definition, a chart image), or that `fill` writes at
 * the path it is given (a bundle, streamed), offered as a one-time download in the browser host: written to a scratch file of `folder` (files of ended processes
 * are swept first) and removed after ten minutes. Null in the desktop app, which writes nothing
 * here: there the caller names a path, or answers with the content itself.
 */
export async function offerDownload(files: FileDelivery, content: string | Uint8Array | { fill(filePath: string): Promise<void> }, fileName: string, folder: { dir: string; extension: string }): Promise<string | null> {
  sweepScratchFiles(folder.dir, folder.extension);
  const scratch = path.join(folder.dir, scratchFileName(folder.extension));
  const downloadId = files.offer(scratch, fileName);
  if (downloadId === null) return null;
  await fs.promises.mkdir(folder.dir, { recursive: true });
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) await fs.promises.writeFile(scratch, content, { flag: 'wx' });
    else await content.fill(scratch);
  } catch (err) {
    await fs.promises.rm(scratch, { force: true });
    throw err;
  }
  setTimeout(() => void fs.promises.rm(scratch, { force: true }), DOWNLOAD_MS).unref();
  return downloadId;
}
