import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/** A connection string split into what the workspace may keep (no password) and the password. */
export function splitPassword(url: string, password?: string): { url: string; password: string | undefined } {
  const parsed = new URL(url);
  const fromUrl = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = '';
  return { url: parsed.toString(), password: password || fromUrl };
}

/** A client for the team database; TLS is required unless the person turned it off. */
export function teamClient(url: string, password: string | undefined, tls: boolean): pg.Client {
  // pg lets a connection string's fields override separate options, so the password goes into
  // the string handed to the client (never into the one the workspace keeps).
  const withPassword = new URL(url);
  if (password !== undefined) withPassword.password = encodeURIComponent(password);
  return new pg.Client({
    connectionString: withPassword.toString(),
    ssl: tls ? { rejectUnauthorized: true } : false,
    connectionTimeoutMillis: 10_000,
    application_name: 'ServiceLedger',
  });
}

/**
 * Team passwords, one per team workspace id, in a file only this account can read in the app's
 * data folder — never in the workspace file, which people copy and back up.
 */
export class TeamPasswords {
  constructor(private readonly file: string) {}

  private read(): Record<string, string> {
    try {
      return JSON.parse(fs.readFileSync(this.file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  }

  get(workspaceId: string): string | undefined {
    return this.read()[workspaceId];
  }

  set(workspaceId: string, password: string | undefined): void {
    const all = this.read();
    if (password === undefined) delete all[workspaceId];
    else all[workspaceId] = password;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify(all), { mode: 0o600 });
  }
}
