import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../core/errors';
import type { TransferStore } from '../core/files/transfer-store';
import { HttpRefusal, sendJson } from './http-response';
import { checkDeclaredLength } from './request-body';
import type { RouteHandler } from './route';

export const DOWNLOAD_PREFIX = '/download/';

/** X-File-Name is optional and percent-encoded (headers carry bytes, names may not be ASCII). */
function uploadFileName(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string' || header === '') return null;
  try {
    return path.basename(decodeURIComponent(header)).slice(0, 255) || null;
  } catch {
    throw new HttpRefusal(400, 'VALIDATION', 'X-File-Name must be percent-encoded (encodeURIComponent).');
  }
}

/** POST /upload: streams the body to a file (never into memory) and answers { uploadId, sizeBytes }. */
export function uploadRoute(transfers: TransferStore, maxBytes: number): RouteHandler {
  return async (req, res) => {
    checkDeclaredLength(req, maxBytes);
    const fileName = uploadFileName(req.headers['x-file-name']);
    try {
      sendJson(res, 200, await transfers.receiveUpload(req, { maxBytes, fileName }));
    } catch (err) {
      if (err instanceof AppError && err.code === 'LIMIT') throw new HttpRefusal(413, 'LIMIT', err.message, {}, err.extra.key);
      if (err instanceof AppError) throw new HttpRefusal(400, err.code, err.message, {}, err.extra.key);
      throw err;
    }
  };
}

/** Content-Disposition with an ASCII fallback and the exact name per RFC 5987/6266. */
function attachmentHeader(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** GET /download/<id>: streams a file the core offered, once; the unguessable id is the credential. */
export function downloadRoute(transfers: TransferStore): RouteHandler {
  return async (_req, res, urlPath) => {
    const offered = transfers.takeDownload(urlPath.slice(DOWNLOAD_PREFIX.length));
    const stat = offered && (await fs.promises.stat(offered.path).catch(() => null));
    if (!offered || !stat?.isFile()) {
      throw new HttpRefusal(404, 'NOT_FOUND', 'This download link has already been used or has expired. Export the file again.', {}, 'errors.downloadGone');
    }
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': stat.size,
      'Content-Disposition': attachmentHeader(offered.fileName),
      'Cache-Control': 'no-store',
    });
    await pipeline(fs.createReadStream(offered.path), res);
  };
}
