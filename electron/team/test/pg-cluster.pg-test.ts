import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgCluster, type PgCluster } from './pg-cluster';

describe('throwaway PostgreSQL cluster', () => {
  let cluster: PgCluster | undefined;
  beforeAll(async () => {
    cluster = await startPgCluster();
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('accepts a connection on loopback and runs PostgreSQL 15', async () => {
    const client = new pg.Client({ connectionString: cluster!.url() });
    await client.connect();
    try {
      const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
      expect(rows[0]!.server_version).toMatch(/^15\./);
    } finally {
      await client.end();
    }
  });

  it('accepts a connection through its unix socket in the temp folder', async () => {
    const client = new pg.Client({ host: cluster!.socketDir, port: cluster!.port, user: cluster!.user, database: 'postgres' });
    await client.connect();
    try {
      expect((await client.query('SELECT 1 AS one')).rows[0]).toEqual({ one: 1 });
    } finally {
      await client.end();
    }
  });
});
