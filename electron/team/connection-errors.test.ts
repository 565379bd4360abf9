import { describe, expect, it } from 'vitest';
import { describeConnectionError } from './connection-errors';

/**
 * Errors the throwaway cluster cannot produce (a server without trust for an unknown role, TLS
 * certificates, a full server); the real ones are in connection-errors.pg-test.ts. Shaped as pg
 * and Node make them: `code` plus the server's message.
 */
function pgError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('describeConnectionError', () => {
  it('an unknown role is named', () => {
    expect(describeConnectionError(pgError('28000', 'role "dave" does not exist'))).toMatch(/^There is no role dave on this PostgreSQL server/);
  });

  it('a pg_hba refusal without TLS says to stop disabling TLS', () => {
    const text = describeConnectionError(pgError('28000', 'no pg_hba.conf entry for host "10.0.0.5", user "alice", database "team", no encryption'));
    expect(text).toMatch(/does not accept this connection from this computer \(pg_hba\.conf\), at least not without TLS/);
  });

  it('an untrusted certificate, a timeout, a full or starting server', () => {
    expect(describeConnectionError(Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }))).toMatch(
      /^The server's TLS certificate cannot be trusted \(DEPTH_ZERO_SELF_SIGNED_CERT\)/,
    );
    expect(
      describeConnectionError(Object.assign(new Error('connect ETIMEDOUT 10.0.0.5:5432'), { code: 'ETIMEDOUT', address: '10.0.0.5', port: 5432 })),
    ).toMatch(/^The team database server at 10\.0\.0\.5:5432 did not answer in time/);
    expect(describeConnectionError(pgError('53300', 'sorry, too many clients already'))).toMatch(/no free connections/);
    expect(describeConnectionError(pgError('57P03', 'the database system is starting up'))).toMatch(/starting up or shutting down/);
  });

  it('reads the first error of an AggregateError (a host with IPv4 and IPv6 addresses)', () => {
    const refused = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}:5432`), { code: 'ECONNREFUSED', address, port: 5432 });
    const error = new AggregateError([refused('::1'), refused('127.0.0.1')], '');
    expect(describeConnectionError(error)).toMatch(/^Nothing answers at ::1:5432/);
  });

  it('a write refused on a table is read-only access; anything else keeps its message', () => {
    expect(describeConnectionError(pgError('42501', 'permission denied for table sl_change_log'))).toMatch(/read-only access/);
    expect(describeConnectionError('something odd')).toBe(
      'Could not use the team database: something odd. Your changes stay saved on this computer and are sent at the next successful sync.',
    );
  });
});
