import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeConnectionError } from './connection-errors';
import { startPgCluster, type PgCluster } from './test/pg-cluster';

/** Real errors from a real server (password authentication on) and from Node's network stack. */
let cluster: PgCluster | undefined;
const servers: net.Server[] = [];

beforeAll(async () => {
  cluster = await startPgCluster({ passwordAuth: true });
  const superuser = new pg.Client({ connectionString: cluster.url() });
  await superuser.connect();
  try {
    await superuser.query("CREATE ROLE alice LOGIN PASSWORD 'the right password'");
  } finally {
    await superuser.end();
  }
});
afterAll(async () => {
  for (const server of servers) server.close();
  await cluster?.stop();
});

/** What connecting with this configuration fails with, described. */
async function describeFailure(config: pg.ClientConfig): Promise<{ error: { code?: string; message: string }; text: string }> {
  const client = new pg.Client({ connectionTimeoutMillis: 5_000, ...config });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    return { error: error as { code?: string; message: string }, text: describeConnectionError(error) };
  }
  await client.end();
  throw new Error('expected the connection to fail');
}

/** A loopback TCP server that does `onSocket` with each connection; its port. */
function fakeServer(onSocket: (socket: net.Socket) => void): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer(onSocket);
    servers.push(server);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
}

const SAFE = /Your changes stay saved on this computer/;

describe('describeConnectionError, with real errors', () => {
  it('a wrong password names the role and says to check it', async () => {
    const { error, text } = await describeFailure({
      host: cluster!.host,
      port: cluster!.port,
      user: 'alice',
      password: 'wrong password',
      database: 'postgres',
    });
    expect(error.code).toBe('28P01');
    expect(text).toMatch(/^PostgreSQL refused the password for role alice\. Check the user name and password/);
    // A member whose password the publisher reset is told where the new one goes.
    expect(text).toMatch(/enter it in Settings ▸ Team \(Enter a new password\)/);
    expect(text).toMatch(SAFE);
  });

  it('no password for a role that needs one', async () => {
    const { text } = await describeFailure({ host: cluster!.host, port: cluster!.port, user: 'alice', database: 'postgres' });
    expect(text).toMatch(/^The PostgreSQL server needs a password for this role and none was given/);
  });

  it('a database that does not exist is named', async () => {
    const { error, text } = await describeFailure({ connectionString: cluster!.url('no_such_team') });
    expect(error.code).toBe('3D000');
    expect(text).toMatch(/^There is no database no_such_team on this server\. Check the database name/);
  });

  it('a port nobody listens on: the server is not running there', async () => {
    const port = await fakeServer(() => undefined);
    const closed = servers.pop()!;
    await new Promise((resolve) => closed.close(resolve));
    const { error, text } = await describeFailure({ host: '127.0.0.1', port, user: 'alice', database: 'postgres' });
    expect(error.code).toBe('ECONNREFUSED');
    expect(text).toMatch(new RegExp(`^Nothing answers at 127\\.0\\.0\\.1:${port}: the PostgreSQL server is not running there`));
  });

  it('a host name that does not exist', async () => {
    const { error, text } = await describeFailure({ host: 'no-such-host.invalid', port: 5432, user: 'alice', database: 'postgres' });
    expect(['ENOTFOUND', 'EAI_AGAIN']).toContain(error.code);
    expect(text).toMatch(/^The server name no-such-host\.invalid cannot be found/);
  });

  it('TLS required but the server has none', async () => {
    const { error, text } = await describeFailure({
      host: cluster!.host,
      port: cluster!.port,
      user: 'alice',
      password: 'the right password',
      database: 'postgres',
      ssl: { rejectUnauthorized: true },
    });
    expect(error.message).toBe('The server does not support SSL connections');
    expect(text).toMatch(/^The connection string asks for TLS \(encryption\) but this PostgreSQL server does not offer it/);
  });

  it('a server that never answers: timed out', async () => {
    const port = await fakeServer(() => undefined);
    const { text } = await describeFailure({ host: '127.0.0.1', port, user: 'alice', database: 'postgres', connectionTimeoutMillis: 300 });
    expect(text).toMatch(/^The team database server did not answer in time/);
  });

  it('a server that hangs up at once: the connection was cut', async () => {
    const port = await fakeServer((socket) => socket.destroy());
    const { text } = await describeFailure({ host: '127.0.0.1', port, user: 'alice', database: 'postgres' });
    expect(text).toMatch(/^The (connection to the team database was cut|team database server closed the connection)/);
  });

  it('a role that may not connect to the database (42501)', async () => {
    const superuser = new pg.Client({ connectionString: cluster!.url() });
    await superuser.connect();
    try {
      await superuser.query('CREATE DATABASE closed_team');
      await superuser.query('REVOKE CONNECT ON DATABASE closed_team FROM PUBLIC');
    } finally {
      await superuser.end();
    }
    const { error, text } = await describeFailure({
      host: cluster!.host,
      port: cluster!.port,
      user: 'alice',
      password: 'the right password',
      database: 'closed_team',
    });
    expect(error.code).toBe('42501');
    expect(text).toMatch(/^Your role may not connect to the team database closed_team: it is not a member of this team workspace/);
  });
});
