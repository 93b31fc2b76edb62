import { shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl, isRendererUrl, type RendererSource } from './renderer-policy';

/** Session-wide rules: no permission is ever granted. (The CSP header comes with the pages: app-scheme.ts.) */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
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
