import type { ApiResponse } from '../../../shared/api/errors';
import { TIME_ZONE_HEADER, type Transport } from '../../../shared/api/client';
import type { DesktopBridge } from '../../../shared/api/desktop-bridge';

declare global {
  interface Window {
    serviceLedger?: DesktopBridge;
  }
}

export type { DesktopBridge };

const TOKEN_KEY = 'serviceledger.token';

/**
 * The loopback host hands the page its token in the URL fragment (never sent to a server).
 * Keep it for this tab's session and take it out of the address bar.
 */
export function takeTokenFromLocation(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
  }
  return storage.getItem(TOKEN_KEY);
}

/** Calls over IPC through the preload bridge. */
export function desktopTransport(bridge: DesktopBridge): Transport {
  return (method, input) => bridge.invoke(method, input);
}

/** Calls over HTTP to the loopback host that served this page. */
export function httpTransport(token: string | null, fetchImpl: typeof fetch = fetch): Transport {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`./api/${method}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${token ?? ''}`,
          [TIME_ZONE_HEADER]: Intl.DateTimeFormat().resolvedOptions().timeZone,
        },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Cannot reach the ServiceLedger host. Is it still running?' } };
    }
    if (response.status === 401) {
      return {
        ok: false,
        error: { code: 'unauthorized', message: 'This page has no valid access token. Open the address the host printed when it started.' },
      };
    }
    try {
      return (await response.json()) as ApiResponse<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `The host answered ${response.status} without a readable body.` } };
    }
  };
}
