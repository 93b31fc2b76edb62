/**
 * The app:// protocol that serves the built renderer to the desktop window (instead of file://, so the
 * page has its own origin and every response carries the CSP header). This is its core, plain Node with
 * no electron import, so it is tested under Node; main/shell/app-scheme.ts registers it with Electron.
 */
import fs from 'node:fs';
import { contentTypeOf, rendererFile } from './renderer-files';

export const APP_SCHEME = 'app';
const APP_HOST = 'workbench';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const TEXT = 'text/plain; charset=utf-8';

/** True for a URL of the app:// origin: our scheme and host, no port, no credentials. */
export function isAppUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  // Chromium lowercases the host of a standard scheme; Node's parser does not for schemes it does not know.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** The answer to one request: a file of rendererDir, or a refusal; every answer carries the policy. */
export async function appResponse({ url, method }: { url: string; method: string }, rendererDir: string, policy: string): Promise<Response> {
  const headers = (contentType: string) => ({ 'Content-Type': contentType, 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff' });
  const text = (status: number, message: string, extra: Record<string, string> = {}) =>
    new Response(message, { status, headers: { ...headers(TEXT), ...extra } });

  if (method !== 'GET' && method !== 'HEAD') return text(405, `${method} is not allowed; the workbench page is read with GET.`, { Allow: 'GET, HEAD' });
  if (!isAppUrl(url)) return text(403, `Only ${APP_SCHEME}://${APP_HOST}/ is served.`);
  const file = await rendererFile(rendererDir, new URL(url).pathname);
  if (file.found === 'refused') return text(403, `Refused: ${file.why}.`);
  if (file.found === 'missing') return text(404, 'No such file in the workbench page.');
  try {
    const body = method === 'HEAD' ? null : await fs.promises.readFile(file.path);
    return new Response(body, { status: 200, headers: headers(contentTypeOf(file.path)) });
  } catch {
    // Removed between the lookup and the read (a rebuild, say).
    return text(404, 'No such file in the workbench page.');
  }
}
