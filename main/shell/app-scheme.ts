import { protocol, type Session } from 'electron';
import { APP_SCHEME, appResponse } from './app-protocol';
import { contentSecurityPolicy } from './content-security-policy';
import { isRendererUrl, type RendererSource } from './renderer-policy';

/**
 * Must run before the app is ready. Standard: relative URLs resolve and the page has its own origin
 * (app://workbench), which the IPC relay and navigation guard check. Secure: treated like https.
 * Nothing more: no CSP bypass, and without corsEnabled no other origin can read these files.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);
}

/**
 * Serves the renderer with its CSP header: the built files through app://, each response with the
 * policy; or electron-vite's dev server, whose responses get the dev variant added here.
 */
export function serveRenderer(session: Session, source: RendererSource): void {
  if (source.kind === 'files') {
    const policy = contentSecurityPolicy();
    session.protocol.handle(APP_SCHEME, (request) => appResponse(request, source.dir, policy));
    return;
  }
  const policy = contentSecurityPolicy({ devServerUrl: source.url });
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isRendererUrl(details.url, source)) return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}
