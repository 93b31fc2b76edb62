/**
 * Finding a file of the built renderer from a URL path, for both hosts: the desktop app's app:// protocol
 * and the browser host's static route. Plain Node, no electron import.
 */
import fs from 'node:fs';
import path from 'node:path';

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

export const contentTypeOf = (file: string) => CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

export type RendererFile = { found: 'file'; path: string } | { found: 'refused'; why: string } | { found: 'missing' };

const refused = (why: string): RendererFile => ({ found: 'refused', why });

/**
 * The real file under root that urlPath (the URL's path, still percent-encoded; "/" means index.html)
 * names. A path that could lead out of root is refused before the disk is touched: bad encoding, a NUL,
 * a backslash or colon (path syntax on Windows), an absolute path, a ".." segment. A symlink whose target
 * lies outside root is refused after resolving it. A folder or a missing file is 'missing'.
 */
export async function rendererFile(root: string, urlPath: string): Promise<RendererFile> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return refused('the path is not valid percent-encoding');
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\//, '');
  if (/[\0\\:]/.test(relative)) return refused('the path holds a NUL, a backslash or a colon');
  if (path.posix.isAbsolute(relative)) return refused('the path is absolute');
  if (relative.split('/').includes('..')) return refused('the path goes up a folder');
  try {
    const realRoot = await fs.promises.realpath(root);
    const real = await fs.promises.realpath(path.join(realRoot, relative));
    if (!real.startsWith(realRoot + path.sep)) return refused('the path leads out of the renderer folder');
    return (await fs.promises.stat(real)).isFile() ? { found: 'file', path: real } : { found: 'missing' };
  } catch {
    return { found: 'missing' };
  }
}
