/**
 * Pure rules about which pages are ours: the IPC relay and the navigation guard decide with them.
 * No electron import, so they are unit-tested under Node.
 */
import { APP_ENTRY_URL, isAppUrl } from './app-protocol';

/** Where the renderer comes from: the built files (served at app://workbench/), or electron-vite's dev server (ELECTRON_RENDERER_URL). */
export type RendererSource = { kind: 'files'; dir: string } | { kind: 'devServer'; url: string };

const parseUrl = (url: string): URL | null => (URL.canParse(url) ? new URL(url) : null);

/** The page the window opens. */
export const rendererEntryUrl = (source: RendererSource) => (source.kind === 'devServer' ? source.url : APP_ENTRY_URL);

/** True for a URL of our renderer: the app:// origin (which serves only the built renderer folder), or the dev server's origin. */
export function isRendererUrl(url: string, source: RendererSource): boolean {
  if (source.kind === 'files') return isAppUrl(url);
  return parseUrl(url)?.origin === new URL(source.url).origin;
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
