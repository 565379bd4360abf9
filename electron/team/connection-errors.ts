/**
 * Turn what `pg` and Node throw while reaching a team database into a sentence a person can act
 * on. Every message ends by saying local work is safe: changes wait in the outbox until the next
 * sync, whatever went wrong here.
 */

const SAFE = 'Your changes stay saved on this computer and are sent at the next successful sync.';

interface ErrorLike {
  code?: string;
  message?: string;
  hostname?: string;
  address?: string;
  port?: number;
  errors?: unknown[];
}

/** The quoted name in a PostgreSQL message (`... for user "alice"` → alice). */
function quoted(message: string, after: string): string | undefined {
  return new RegExp(`${after} "([^"]*)"`).exec(message)?.[1];
}

const TLS_CERT_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** A sentence for a connection or permission error of the team database. */
export function describeConnectionError(error: unknown): string {
  const raw = (error && typeof error === 'object' ? error : { message: String(error) }) as ErrorLike;
  // Node reports a host with several addresses (IPv4 and IPv6) as one AggregateError.
  const first = !raw.code && Array.isArray(raw.errors) && raw.errors[0] && typeof raw.errors[0] === 'object' ? (raw.errors[0] as ErrorLike) : raw;
  const code = first.code ?? raw.code;
  const message = raw.message || first.message || '';
  const where = first.address ? `${first.address}${first.port ? `:${first.port}` : ''}` : 'the team database server';

  switch (code) {
    case 'ECONNREFUSED':
      return `Nothing answers at ${where}: the PostgreSQL server is not running there, or the port is wrong, or a firewall blocks it. Check the host and port in the connection string. ${SAFE}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The server name${first.hostname ? ` ${first.hostname}` : ''} cannot be found${code === 'EAI_AGAIN' ? ' right now (no name service: are you offline?)' : ''}. Check the host in the connection string, or your network. ${SAFE}`;
    case 'ETIMEDOUT':
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return `The team database server at ${where} did not answer in time: the network is down or the server is unreachable from here (VPN?). ${SAFE}`;
    case 'ECONNRESET':
      return `The team database server closed the connection. It may be restarting, or it refuses this connection (TLS settings?). Try again in a moment. ${SAFE}`;
    case '28P01': {
      const user = quoted(message, 'for user');
      return `PostgreSQL refused the password${user ? ` for role ${user}` : ''}. Check the user name and password. If the person who published the team workspace gave you a new one, enter it in Settings ▸ Team (Enter a new password). ${SAFE}`;
    }
    case '28000': {
      const role = quoted(message, 'role');
      if (/does not exist/.test(message) && role) {
        return `There is no role ${role} on this PostgreSQL server. Check the user name, or ask the person who published the team workspace to add you. ${SAFE}`;
      }
      if (/pg_hba\.conf/.test(message)) {
        return `The PostgreSQL server does not accept this connection from this computer (pg_hba.conf)${/no encryption/.test(message) ? ', at least not without TLS: remove sslmode=disable from the connection string' : ''}. Ask its administrator. ${SAFE}`;
      }
      return `The PostgreSQL server refused to let you in: ${message}. ${SAFE}`;
    }
    case '3D000': {
      const database = quoted(message, 'database');
      return `There is no database${database ? ` ${database}` : ' of that name'} on this server. Check the database name at the end of the connection string. ${SAFE}`;
    }
    case '42501': {
      if (/for database/.test(message)) {
        const database = quoted(message, 'database');
        return `Your role may not connect to the team database${database ? ` ${database}` : ''}: it is not a member of this team workspace. Ask the person who published it to add you. ${SAFE}`;
      }
      if (/sl_push/.test(message) || /for table sl_/.test(message)) {
        return `Your role has read-only access to this team workspace: the database refuses changes from it. Ask the person who published it for edit access. ${SAFE}`;
      }
      return `The team database refused this: ${message}. Ask the person who published the team workspace to check your access. ${SAFE}`;
    }
    case '53300':
      return `The PostgreSQL server has no free connections right now. Try again in a minute. ${SAFE}`;
    case '57P03':
      return `The PostgreSQL server is starting up or shutting down. Try again in a minute. ${SAFE}`;
  }
  if (TLS_CERT_CODES.has(code ?? '')) {
    return `The server's TLS certificate cannot be trusted (${code}): it is self-signed, expired or for another host name. Ask its administrator for the CA certificate. ${SAFE}`;
  }
  if (/server does not support SSL/i.test(message)) {
    return `The connection string asks for TLS (encryption) but this PostgreSQL server does not offer it. Ask its administrator to turn TLS on; only on a trusted network, add sslmode=disable to the connection string. ${SAFE}`;
  }
  if (/timeout expired|connection timeout/i.test(message)) {
    return `The team database server did not answer in time: the network is slow or down, or the host and port point at something that is not PostgreSQL. ${SAFE}`;
  }
  if (/client password must be a string|password authentication failed/i.test(message)) {
    return `The PostgreSQL server needs a password for this role and none was given. Enter the password in Settings ▸ Team. ${SAFE}`;
  }
  if (/Connection terminated/i.test(message)) {
    return `The connection to the team database was cut. Try again in a moment. ${SAFE}`;
  }
  return `Could not use the team database: ${message || String(error)}. ${SAFE}`;
}
