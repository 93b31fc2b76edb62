import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { HttpRefusal } from './http-response';
import type { RouteHandler } from './route';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

const notFound = (message: string) => new HttpRefusal(404, 'NOT_FOUND', message);

/**
 * The real file under root that urlPath names, or null. Normalising the decoded path as an absolute
 * one drops every leading "..", and the realpath check stops symlinks that lead out of root.
 */
async function fileUnder(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  try {
    const realRoot = await fs.promises.realpath(root);
    const real = await fs.promises.realpath(path.join(root, path.posix.normalize(`/${decoded}`)));
    if (!real.startsWith(realRoot + path.sep)) return null;
    return (await fs.promises.stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** GET anything else: the built renderer. No token, since a browser navigating cannot send one. */
export function staticRoute(rendererDir: string): RouteHandler {
  const root = path.resolve(rendererDir);
  return async (req, res, urlPath) => {
    const file = await fileUnder(root, urlPath);
    if (!file) {
      throw urlPath === '/'
        ? notFound(`The workbench page is not built (${path.join(root, 'index.html')} is missing). Run npm run build first.`)
        : notFound(`Nothing at ${urlPath}.`);
    }
    const stat = await fs.promises.stat(file);
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else await pipeline(fs.createReadStream(file), res);
  };
}
