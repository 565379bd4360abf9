import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's PostgreSQL 15 binaries (package `postgresql-15`); `SERVICELEDGER_PG_BIN` points elsewhere. */
const PG_BIN = process.env.SERVICELEDGER_PG_BIN ?? '/usr/lib/postgresql/15/bin';
/** PostgreSQL refuses to run as root; as root (CI, these machines) the binaries run as this user. */
const PG_OS_USER = process.env.SERVICELEDGER_PG_OS_USER ?? 'postgres';
/** The cluster's superuser role (trust authentication on loopback: a throwaway test cluster only). */
export const PG_SUPERUSER = 'serviceledger_admin';

/** How the throwaway cluster authenticates. */
export interface PgClusterOptions {
  /**
   * Roles other than the superuser must give a password (scram-sha-256), on loopback and the unix
   * socket, as on a real server: for tests of members' own roles and of a wrong password. The
   * superuser keeps trust authentication. Off by default (everyone trusted).
   */
  passwordAuth?: boolean;
  /**
   * Offer TLS with a self-signed certificate for 127.0.0.1, made for this cluster
   * (`certificateFile`): for tests of an untrusted certificate and of trusting it.
   */
  tls?: boolean;
}

/** A throwaway PostgreSQL cluster on a loopback port, for tests. Call `stop()` in `afterAll`. */
export interface PgCluster {
  host: string;
  port: number;
  /** The unix socket directory, inside the cluster's temp folder. */
  socketDir: string;
  /** The server's self-signed certificate (PEM) when started with `tls`. */
  certificateFile: string | null;
  user: string;
  /** A connection string for a database of this cluster (`postgres` unless named). */
  url(database?: string): string;
  /** Stop the server and delete its folder; safe to call twice. */
  stop(): Promise<void>;
}

/** A port nobody listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** `[command, args]` running a PostgreSQL binary as the unprivileged user when we are root. */
function asPgUser(binary: string, args: string[]): [string, string[]] {
  const file = path.join(PG_BIN, binary);
  if (process.getuid?.() !== 0) return [file, args];
  return ['runuser', ['-u', PG_OS_USER, '--', file, ...args]];
}

async function pg(binary: string, args: string[]): Promise<void> {
  const [command, commandArgs] = asPgUser(binary, args);
  try {
    await run(command, commandArgs, { timeout: 120_000 });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${binary} failed: ${(stderr || stdout || String(error)).trim()}`);
  }
}

/** Make the folder belong to the unprivileged user, so initdb (running as it) can write there. */
async function handOver(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const uid = Number((await run('id', ['-u', PG_OS_USER])).stdout.trim());
  const gid = Number((await run('id', ['-g', PG_OS_USER])).stdout.trim());
  fs.chownSync(dir, uid, gid);
}

/**
 * `initdb` a new cluster into a temp folder and `pg_ctl start` it on a free loopback port, with its
 * unix socket in the same folder. Durability is off (fsync, full-page writes): the cluster lives
 * for one test file. Throws a message naming what is missing when PostgreSQL is not installed.
 */
export async function startPgCluster(options: PgClusterOptions = {}): Promise<PgCluster> {
  if (!fs.existsSync(path.join(PG_BIN, 'initdb'))) {
    throw new Error(`PostgreSQL 15 is not installed (no ${PG_BIN}/initdb): apt-get install postgresql-15, or set SERVICELEDGER_PG_BIN.`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-pg-'));
  const dataDir = path.join(dir, 'data');
  const socketDir = path.join(dir, 'sock');
  let started = false;
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    fs.mkdirSync(socketDir);
    await handOver(dir);
    await handOver(socketDir);
    await pg('initdb', ['-D', dataDir, '-U', PG_SUPERUSER, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
    if (options.passwordAuth) writePasswordHba(dataDir);
    const certificateFile = options.tls ? await makeCertificate(dataDir) : null;
    const tlsOptions = certificateFile ? ` -c ssl=on -c ssl_cert_file=${certificateFile} -c ssl_key_file=${path.join(dataDir, 'server.key')}` : '';
    // A port can be taken between picking and binding: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${socketDir} -c fsync=off -c full_page_writes=off -c synchronous_commit=off${tlsOptions}`;
      try {
        await pg('pg_ctl', ['start', '-D', dataDir, '-w', '-t', '60', '-l', path.join(dir, 'server.log'), '-o', options]);
        started = true;
      } catch (error) {
        if (attempt >= 3) throw new Error(`${(error as Error).message}\n${readLog(dir)}`);
        continue;
      }
      const cluster: PgCluster = {
        host: '127.0.0.1',
        port,
        socketDir,
        certificateFile,
        user: PG_SUPERUSER,
        url: (database = 'postgres') => `postgresql://${PG_SUPERUSER}@127.0.0.1:${port}/${database}`,
        async stop() {
          if (started) {
            started = false;
            await pg('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w']).catch(() => undefined);
          }
          remove();
        },
      };
      return cluster;
    }
  } catch (error) {
    if (started) await pg('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w']).catch(() => undefined);
    remove();
    throw error;
  }
}

/**
 * A self-signed certificate for 127.0.0.1 (valid from now for two days) and its key, in the data
 * folder and owned by the server's user, who alone may read the key (PostgreSQL insists).
 */
async function makeCertificate(dataDir: string): Promise<string> {
  const certificate = path.join(dataDir, 'server.crt');
  const key = path.join(dataDir, 'server.key');
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    key,
    '-out',
    certificate,
    '-days',
    '2',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
  ]);
  fs.chmodSync(key, 0o600);
  await handOver(key);
  await handOver(certificate);
  return certificate;
}

/**
 * Replace initdb's all-trust pg_hba.conf: the superuser stays trusted (the harness connects with
 * no password), everyone else gives a scram-sha-256 password. Writing into the existing file keeps
 * its owner (the PostgreSQL OS user when we run as root).
 */
function writePasswordHba(dataDir: string): void {
  const lines = [
    `local all ${PG_SUPERUSER} trust`,
    `host all ${PG_SUPERUSER} 127.0.0.1/32 trust`,
    'local all all scram-sha-256',
    'host all all 127.0.0.1/32 scram-sha-256',
  ];
  fs.writeFileSync(path.join(dataDir, 'pg_hba.conf'), `${lines.join('\n')}\n`);
}

function readLog(dir: string): string {
  try {
    return fs.readFileSync(path.join(dir, 'server.log'), 'utf8');
  } catch {
    return '';
  }
}

/** Whether PostgreSQL 15's server binaries are installed here (the benchmark skips team figures without them). */
export function postgresAvailable(): boolean {
  return fs.existsSync(path.join(PG_BIN, 'initdb'));
}
