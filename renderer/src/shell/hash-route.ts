import { useSyncExternalStore } from 'react';

/** Where the window is: #/<featureId>/<path…>. */
export interface Route {
  featureId: string;
  path: string[];
}

export function parseRoute(hash: string): Route | null {
  if (!hash.startsWith('#/')) return null;
  const [featureId, ...path] = hash.slice(2).split('/').filter(Boolean).map(decodeURIComponent);
  return featureId ? { featureId, path } : null;
}

export const routeHash = (featureId: string, ...path: string[]) => `#/${[featureId, ...path].map(encodeURIComponent).join('/')}`;

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useHashRoute(): Route | null {
  return parseRoute(useSyncExternalStore(subscribe, () => window.location.hash));
}

export function navigate(featureId: string, ...path: string[]): void {
  window.location.hash = routeHash(featureId, ...path);
}

/** Corrects the address without a history entry (e.g. an unknown page → the start page). */
export function replaceRoute(featureId: string, ...path: string[]): void {
  window.history.replaceState(window.history.state, '', routeHash(featureId, ...path));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
