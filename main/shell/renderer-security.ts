import { shell, type Session, type WebContents } from 'electron';
import { contentSecurityPolicy, isAllowedExternalUrl, isRendererUrl, type RendererSource } from './renderer-policy';

/** Session-wide rules: no permission is ever granted, and our pages get a strict CSP header. */
export function hardenSession(session: Session, source: RendererSource): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  const policy = contentSecurityPolicy(source);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isRendererUrl(details.url, source)) return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}

/** Per-window rules: the window never leaves our renderer, opens no windows and embeds no webviews. */
export function guardWebContents(contents: WebContents, source: RendererSource): void {
  contents.on('will-navigate', (event) => {
    if (!isRendererUrl(event.url, source)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
