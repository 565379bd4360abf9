import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppController } from '../app/app-controller';
import { makeAppWithWorkspace } from '../test/temp-workspace';
import { startPgCluster, type PgCluster } from './test/pg-cluster';

const run = promisify(execFile);
let cluster: PgCluster | undefined;
const apps: AppController[] = [];

beforeAll(async () => {
  cluster = await startPgCluster({ tls: true });
});
afterAll(async () => {
  for (const app of apps) app.close();
  await cluster?.stop();
});

describe('TLS, against a server that offers it with a self-signed certificate', () => {
  it('publishing with "Require TLS" refuses a certificate this computer does not trust, and the workspace stays single-user', async () => {
    const { app } = await makeAppWithWorkspace();
    apps.push(app);
    await expect(app.team.publish({ url: cluster!.url('postgres'), password: '', tls: true })).rejects.toMatchObject({
      code: 'conflict',
      field: 'url',
      message: expect.stringMatching(/^The workspace was not published: The server's TLS certificate cannot be trusted \(DEPTH_ZERO_SELF_SIGNED_CERT\)/),
    });
    expect(app.team.status().mode).toBe('single');
  });

  it('a certificate the computer is told to trust (NODE_EXTRA_CA_CERTS, as docs/team-sync.md says) connects, encrypted', async () => {
    // Node reads NODE_EXTRA_CA_CERTS when it starts, so a fresh process connects with the TLS
    // options teamClient uses (verify the server against the trusted certificates).
    const script = `
      const pg = require('pg');
      const client = new pg.Client({ connectionString: process.argv[1], ssl: { rejectUnauthorized: true } });
      client.connect()
        .then(() => client.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()'))
        .then((result) => { console.log(JSON.stringify(result.rows[0])); return client.end(); })
        .catch((error) => { console.log(JSON.stringify({ error: error.code || error.message })); process.exit(1); });`;
    const { stdout } = await run(process.execPath, ['-e', script, cluster!.url('postgres')], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: cluster!.certificateFile! },
      timeout: 30_000,
    });
    expect(JSON.parse(stdout)).toEqual({ ssl: true });
  });
});
