/**
 * Pure rules about which pages are ours: the IPC relay, navigation guard and CSP header all decide with them.
 * No electron import, so they are unit-tested under Node.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the renderer comes from: the built files, or electron-vite's dev server (ELECTRON_RENDERER_URL). */
export type RendererSource = { kind: 'files'; dir: string } | { kind: 'devServer'; url: string };

const parseUrl = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

const isInside = (dir: string, file: string) => {
  const rel = path.relative(dir, file);
  return rel !== '' && rel.split(path.sep)[0] !== '..' && !path.isAbsolute(rel);
};

/** True for a URL of our renderer: a file inside the built renderer folder, or a page of the dev server. */
export function isRendererUrl(url: string, source: RendererSource): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (source.kind === 'devServer') return parsed.origin === new URL(source.url).origin;
  // A file URL with a host names a network share, never our install folder.
  return parsed.protocol === 'file:' && parsed.host === '' && isInside(source.dir, fileURLToPath(parsed));
}

/** Sites the app may open in the user's browser (links in help texts); everything else is refused. */
const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  // The public-domain item pool that the openness screener's scale comes from.
  'ipip.ori.org',
]);

export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && EXTERNAL_HOSTS.has(parsed.hostname);
}

/**
 * The Content-Security-Policy sent with the renderer's responses. The dev server additionally needs
 * inline scripts and styles (React Refresh's preamble, injected CSS) and its HMR websocket.
 */
export function contentSecurityPolicy(source: RendererSource): string {
  const dev = source.kind === 'devServer';
  const devSocket = dev ? [new URL(source.url).origin.replace(/^http/, 'ws')] : [];
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'style-src-elem': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    // Style attributes (set by chart and table libraries) cannot run code; style elements stay 'self'.
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...devSocket],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
