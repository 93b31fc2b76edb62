import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentTypeOf, rendererFile } from '../shell/renderer-files';
import { HttpRefusal } from './http-response';
import type { RouteHandler } from './route';

const notFound = (message: string) => new HttpRefusal(404, 'NOT_FOUND', message);

/**
 * GET anything else: the built renderer, found by the same rules as the desktop app's app:// protocol
 * (a refused path answers 404 like a missing one). No token, since a browser navigating cannot send one.
 */
export function staticRoute(rendererDir: string): RouteHandler {
  const root = path.resolve(rendererDir);
  return async (req, res, urlPath) => {
    const file = await rendererFile(root, urlPath);
    if (file.found !== 'file') {
      throw urlPath === '/'
        ? notFound(`The workbench page is not built (${path.join(root, 'index.html')} is missing). Run npm run build first.`)
        : notFound(`Nothing at ${urlPath}.`);
    }
    const stat = await fs.promises.stat(file.path);
    res.writeHead(200, {
      'Content-Type': contentTypeOf(file.path),
      'Content-Length': stat.size,
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else await pipeline(fs.createReadStream(file.path), res);
  };
}
