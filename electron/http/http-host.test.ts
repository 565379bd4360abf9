import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/api/contract';
import { makeAppWithWorkspace, makeTempDir } from '../test/temp-workspace';
import { startHttpHost, type RunningHttpHost } from './http-host';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function request(host: RunningHttpHost, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) });
      });
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

let host: RunningHttpHost;
let secretName: string;
let auth: Record<string, string>;

beforeEach(async () => {
  const { app } = await makeAppWithWorkspace();
  const rendererDir = makeTempDir('renderer-');
  secretName = `${path.basename(rendererDir)}-secret.txt`;
  fs.writeFileSync(path.join(path.dirname(rendererDir), secretName), 'TOP SECRET');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>ServiceLedger</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startHttpHost({ app, rendererDir });
  auth = { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' };
});

afterEach(async () => {
  await host.close();
});

describe('loopback HTTP host', () => {
  it('prints an address on 127.0.0.1 with the token in the fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a call with the ok envelope', async () => {
    const reply = await request(host, { method: 'POST', path: '/api/people.create', headers: auth, body: JSON.stringify({ name: 'Ann Lee' }) });
    expect(reply.status).toBe(200);
    expect(reply.json()).toMatchObject({ ok: true, value: { id: 1, name: 'Ann Lee' } });
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('answers a validation failure with the error envelope and 400', async () => {
    const reply = await request(host, { method: 'POST', path: '/api/people.create', headers: auth, body: JSON.stringify({ name: '' }) });
    expect(reply.status).toBe(400);
    expect(reply.json()).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Name: is required', field: 'name' } });
  });

  it('rejects a missing token with 401', async () => {
    const reply = await request(host, { method: 'POST', path: '/api/people.list', body: '{}' });
    expect(reply.status).toBe(401);
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('rejects a wrong token with 401, including one of the right length', async () => {
    const wrong = host.token.replace(/./, (c) => (c === 'a' ? 'b' : 'a'));
    for (const token of ['nope', wrong]) {
      const reply = await request(host, { method: 'POST', path: '/api/people.list', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
      expect(reply.status).toBe(401);
    }
  });

  it('rejects a foreign Host header with 403 (DNS rebinding), even with the right token', async () => {
    const reply = await request(host, { method: 'POST', path: '/api/people.list', headers: { ...auth, Host: `evil.example:${host.port}` }, body: '{}' });
    expect(reply.status).toBe(403);
    const page = await request(host, { path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('rejects a foreign Origin with 403 and accepts its own', async () => {
    const foreign = await request(host, { method: 'POST', path: '/api/people.list', headers: { ...auth, Origin: 'http://evil.example' }, body: '{}' });
    expect(foreign.status).toBe(403);
    const own = await request(host, { method: 'POST', path: '/api/people.list', headers: { ...auth, Origin: `http://127.0.0.1:${host.port}` }, body: '{}' });
    expect(own.status).toBe(200);
    const otherPort = await request(host, {
      method: 'POST',
      path: '/api/people.list',
      headers: { ...auth, Origin: `http://127.0.0.1:${host.port + 1}` },
      body: '{}',
    });
    expect(otherPort.status).toBe(403);
  });

  it('describes the whole contract with JSON Schema inputs at GET /api', async () => {
    const reply = await request(host, { path: '/api', headers: auth });
    expect(reply.status).toBe(200);
    const listing = reply.json();
    expect(listing.methods.map((m: { name: string }) => m.name)).toEqual(methodNames);
    const create = listing.methods.find((m: { name: string }) => m.name === 'people.create');
    expect(create).toMatchObject({ effect: 'write', input: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } });
    expect((await request(host, { path: '/api' })).status).toBe(401);
  });

  it('refuses bodies that are not JSON and methods called with GET', async () => {
    const bad = await request(host, { method: 'POST', path: '/api/people.list', headers: auth, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(bad.json().error.message).toMatch(/not valid JSON/);
    const get = await request(host, { path: '/api/people.list', headers: auth });
    expect(get.status).toBe(405);
  });

  it('answers a body over the limit with the typed "larger than" error, declared or streamed, not a reset', async () => {
    const { app } = await makeAppWithWorkspace();
    const small = await startHttpHost({ app, maxBodyBytes: 1024 * 1024 });
    try {
      const big = JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) });
      const declared = await request(small, {
        method: 'POST',
        path: '/api/people.create',
        headers: { ...auth, Authorization: `Bearer ${small.token}`, 'Content-Length': String(Buffer.byteLength(big)) },
        body: big,
      });
      expect(declared.status).toBe(400);
      expect(declared.json().error.message).toBe('The request is larger than 1 MB.');
      const streamed = await request(small, {
        method: 'POST',
        path: '/api/people.create',
        headers: { ...auth, Authorization: `Bearer ${small.token}`, 'Transfer-Encoding': 'chunked' },
        body: big,
      });
      expect(streamed.status).toBe(400);
      expect(streamed.json().error.message).toBe('The request is larger than 1 MB.');
    } finally {
      await small.close();
    }
  });

  it('answers a method name with broken percent-encoding as an unknown method, not an internal error', async () => {
    const reply = await request(host, { method: 'POST', path: '/api/%E0%A4%A', headers: auth, body: '{}' });
    expect(reply.status).toBe(404);
    expect(reply.json().error.code).toBe('unknown_method');
  });

  it('cuts off a client that never finishes its request', async () => {
    const { app } = await makeAppWithWorkspace();
    const strict = await startHttpHost({ app, requestTimeoutMs: 300 });
    try {
      const closed = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(strict.port, '127.0.0.1', () => socket.write('POST /api/people.list HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
        let received = '';
        socket.on('data', (chunk) => (received += chunk.toString()));
        socket.on('close', () => resolve(received));
        socket.on('error', reject);
      });
      expect(closed).toMatch(/^HTTP\/1\.1 408|^$/);
    } finally {
      await strict.close();
    }
  });

  it('answers unknown methods with 404 and the method name', async () => {
    const reply = await request(host, { method: 'POST', path: '/api/nothing.here', headers: auth, body: '{}' });
    expect(reply.status).toBe(404);
    expect(reply.json().error.message).toContain('nothing.here');
  });

  it('serves the renderer with a strict CSP, app routes fall back to index.html, traversal is refused', async () => {
    const index = await request(host, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await request(host, { path: '/settings' })).body).toContain('<title>ServiceLedger</title>');
    const script = await request(host, { path: '/assets/app.js' });
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect((await request(host, { path: '/assets/missing.js' })).status).toBe(404);
    // A file beside the renderer folder must never be reachable by climbing out of it.
    for (const attempt of [`/%2e%2e/${secretName}`, `/..%2f${secretName}`, `/assets/%2e%2e/%2e%2e/${secretName}`]) {
      const reply = await request(host, { path: attempt });
      expect(reply.body, attempt).not.toContain('TOP SECRET');
    }
  });

  it('listens on the loopback address only', async () => {
    const { app } = await makeAppWithWorkspace();
    const other = await startHttpHost({ app });
    try {
      await new Promise<void>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.2', port: other.port, path: '/' }, () => reject(new Error('answered on 127.0.0.2')));
        req.on('error', () => resolve());
        req.end();
      });
    } finally {
      await other.close();
    }
  });
});
