import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorBody, ApiErrorCode, ApiResponse } from '../../shared/api/errors';
import { TIME_ZONE_HEADER } from '../../shared/api/client';
import { dispatch, type DispatchOptions } from '../api/dispatch';
import type { CallApi } from '../api/dispatcher-protocol';
import type { AppController } from '../app/app-controller';
import { appVersion } from '../app/version';
import { describeContract } from './contract-listing';
import { CONTENT_SECURITY_POLICY, allowedHosts, allowedOrigins, newToken, tokenMatches } from './security';
import { resolveStaticFile } from './static-files';

export interface HttpHostOptions {
  /** Where calls go: a dispatcher worker (`serviceledger serve`), or this app in-process (tests). */
  call?: CallApi;
  app?: AppController;
  /** 0 picks a free port. */
  port?: number;
  /** Folder with the built renderer; the host still answers the API without it. */
  rendererDir?: string | null;
  token?: string;
  dispatchOptions?: DispatchOptions;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** How long a client may take to send a whole request (30 s by default). */
  requestTimeoutMs?: number;
}

export interface RunningHttpHost {
  port: number;
  token: string;
  /** The address to open: the token travels in the fragment, which browsers never send to servers. */
  url: string;
  close(): Promise<void>;
}

const STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  no_workspace: 409,
  workspace_incompatible: 422,
  workspace_damaged: 422,
  file_system: 422,
  internal: 500,
  unsupported: 501,
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(response: http.ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}

function sendError(response: http.ServerResponse, error: ApiErrorBody): void {
  sendJson(response, STATUS_BY_CODE[error.code], { ok: false, error } satisfies ApiResponse<never>);
}

function readBody(request: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // A declared length over the limit is refused before reading a byte.
    if (Number(request.headers['content-length'] ?? 0) > limit) {
      reject(new Error('too_large'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        // Keep reading (and dropping) the rest, so the client gets the typed answer instead of a
        // connection reset mid-upload; the answer closes the connection.
        tooLarge = true;
        chunks.length = 0;
        reject(new Error('too_large'));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** The method name from the address, or null when its percent-encoding is broken. */
function decodeMethodName(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** How long a client may take to send its request headers and body before it is cut off. */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Serve the renderer and the API on 127.0.0.1 only. Every request must name this host (against
 * DNS rebinding); API calls must carry the run's bearer token and, when a browser sends an
 * Origin, come from this host's own page.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<RunningHttpHost> {
  const token = options.token ?? newToken();
  const app = options.app;
  const callApi: CallApi =
    options.call ??
    (app
      ? (method, input, { timeZone } = {}) => dispatch(app, method, input, { timeZone, ...options.dispatchOptions })
      : () => {
          throw new Error('startHttpHost needs `call` or `app`');
        });
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024 * 1024;
  let port = 0;

  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  // Node checks for expired requests on this interval (30 s by default): check often enough that
  // the timeout means what it says.
  const server = http.createServer({ connectionsCheckingInterval: Math.max(50, Math.min(1000, requestTimeout / 3)) }, async (request, response) => {
    try {
      if (!allowedHosts(port).has(request.headers.host ?? '')) {
        sendError(response, { code: 'forbidden', message: 'This host only answers requests addressed to 127.0.0.1 or localhost.' });
        return;
      }
      const origin = request.headers.origin;
      if (origin !== undefined && !allowedOrigins(port).has(origin)) {
        sendError(response, { code: 'forbidden', message: `Requests from ${origin} are not allowed.` });
        return;
      }
      const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        await handleApi(request, response, url.pathname);
        return;
      }
      serveStatic(request, response, url.pathname);
    } catch (error) {
      console.error('[serviceledger] request failed:', error);
      if (!response.headersSent) sendError(response, { code: 'internal', message: 'The request failed inside the host.' });
    }
  });

  async function handleApi(request: http.IncomingMessage, response: http.ServerResponse, pathname: string): Promise<void> {
    const authorization = request.headers.authorization ?? '';
    const presented = authorization.startsWith('Bearer ') ? authorization.slice('Bearer '.length).trim() : undefined;
    if (!tokenMatches(presented, token)) {
      sendError(response, { code: 'unauthorized', message: 'Missing or wrong token. Open the address printed when the host started.' });
      return;
    }
    if (pathname === '/api') {
      if (request.method !== 'GET') {
        sendError(response, { code: 'invalid_input', message: 'Use GET /api for the contract, POST /api/<method> for calls.' });
        return;
      }
      sendJson(response, 200, describeContract(appVersion));
      return;
    }
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      sendJson(response, 405, { ok: false, error: { code: 'invalid_input', message: 'API methods are called with POST.' } });
      return;
    }
    let input: unknown = {};
    try {
      const text = await readBody(request, maxBodyBytes);
      if (text.trim() !== '') input = JSON.parse(text);
    } catch (error) {
      const tooLarge = (error as Error).message === 'too_large';
      if (tooLarge) response.setHeader('Connection', 'close');
      sendError(response, {
        code: 'invalid_input',
        message: tooLarge ? `The request is larger than ${Math.round(maxBodyBytes / 1048576)} MB.` : 'The request body is not valid JSON.',
      });
      return;
    }
    const method = decodeMethodName(pathname.slice('/api/'.length));
    if (method === null) {
      sendError(response, { code: 'unknown_method', message: 'The method name in the address is not valid percent-encoding.' });
      return;
    }
    // The page says which time zone its user lives in, so "today" is their date, not the host's.
    const zoneHeader = request.headers[TIME_ZONE_HEADER];
    const timeZone = typeof zoneHeader === 'string' ? zoneHeader : undefined;
    const result = await callApi(method, input, { timeZone });
    if (result.ok) sendJson(response, 200, result);
    else sendError(response, result.error);
  }

  function serveStatic(request: http.IncomingMessage, response: http.ServerResponse, pathname: string): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendError(response, { code: 'invalid_input', message: 'Only GET is served here.' });
      return;
    }
    const file = options.rendererDir ? resolveStaticFile(options.rendererDir, pathname) : null;
    if (!file) {
      const missingApp = !options.rendererDir;
      response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(missingApp ? 'The ServiceLedger renderer is not built. Run `npm run build`, then start the host again.' : 'Not found');
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': file.contentType.startsWith('text/html') ? 'no-store' : 'public, max-age=31536000, immutable',
      'Content-Length': file.body.length,
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  // A client that trickles its request (or never finishes it) must not hold a connection forever.
  server.requestTimeout = requestTimeout;
  server.headersTimeout = requestTimeout;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
