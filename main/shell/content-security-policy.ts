/**
 * The renderer's Content-Security-Policy, written once: the desktop app's app:// protocol and the browser
 * host send it as a header, and the build writes it into renderer/index.html's meta tag. No imports, so
 * the shell, the browser host and the build config all share it.
 */

export interface PolicyOptions {
  /** electron-vite's dev server (ELECTRON_RENDERER_URL), when the renderer comes from it. */
  devServerUrl?: string | null;
  /** A meta tag cannot carry frame-ancestors: browsers ignore it there and log an error. */
  delivery?: 'header' | 'meta';
}

export function contentSecurityPolicy({ devServerUrl = null, delivery = 'header' }: PolicyOptions = {}): string {
  // The dev server additionally needs inline scripts and styles (React Refresh's preamble, injected CSS) and its HMR socket.
  const dev = devServerUrl !== null;
  const devSocket = dev ? [new URL(devServerUrl).origin.replace(/^http/, 'ws')] : [];
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
    ...(delivery === 'header' ? { 'frame-ancestors': ["'none'"] } : {}),
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** What renderer/index.html's meta tag holds until the build fills it in. */
const PLACEHOLDER = '%WORKBENCH_CSP%';

/** The page with the policy in its meta tag; throws when the placeholder is missing, so no page is built without it. */
export function withCspMeta(html: string, policy: string): string {
  if (!html.includes(PLACEHOLDER)) throw new Error(`renderer/index.html has no ${PLACEHOLDER} placeholder for its Content-Security-Policy meta tag.`);
  return html.replaceAll(PLACEHOLDER, policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;'));
}
