const STORAGE_KEY = 'workbench.token';

type Page = Pick<Window, 'location' | 'history' | 'sessionStorage'>;

/**
 * The browser host prints a link ending in #token=<token>. Take the token from the URL, keep it
 * for this tab only (sessionStorage), and drop it from the address bar and history so it is not
 * shared with a copied link. Must run before the router reads the hash.
 */
export function takeSessionToken(page: Page = window): string | null {
  const fromUrl = new URLSearchParams(page.location.hash.replace(/^#/, '')).get('token');
  if (fromUrl) {
    page.sessionStorage.setItem(STORAGE_KEY, fromUrl);
    page.history.replaceState(page.history.state, '', page.location.pathname + page.location.search);
  }
  return fromUrl ?? page.sessionStorage.getItem(STORAGE_KEY);
}
