import { useSyncExternalStore } from 'react';
import type { BaseLocationHook, BaseSearchHook } from 'wouter';

// The renderer is loaded from file:// in the desktop shell, where changing the real path or query
// is not allowed, so the whole route lives in the hash, query included: `#/services?focus=12`.
// wouter's own hash hook puts the query in `location.search`; these keep it inside the hash.

function readHash(): { path: string; search: string } {
  const raw = window.location.hash.replace(/^#\/?/, '');
  const query = raw.indexOf('?');
  const path = query === -1 ? raw : raw.slice(0, query);
  return { path: `/${path}`, search: query === -1 ? '' : raw.slice(query + 1) };
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

/** Go to an app route such as `/settings/people` or `/services?focus=3`. */
export function navigateHash(to: string, options: { replace?: boolean } = {}): void {
  const target = `#${to.startsWith('/') ? to : `/${to}`}`;
  if (window.location.hash === target) return;
  if (options.replace) {
    // replaceState does not fire hashchange, and the router listens for it.
    window.history.replaceState(window.history.state, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = target;
  }
}

/** wouter location hook: the route path from the hash. */
export const useHashPath: BaseLocationHook = () => [useSyncExternalStore(subscribe, () => readHash().path), navigateHash];

/** wouter search hook: the query string inside the hash. */
export const useHashSearch: BaseSearchHook = () => useSyncExternalStore(subscribe, () => readHash().search);

/** How links are written so that opening them in place (or copying them) works. */
export const hashHref = (href: string): string => `#${href}`;
