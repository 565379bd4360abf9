import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { latestSchemaVersion } from '../db/migrations';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../db/open-workspace';

/**
 * Build a cleanly closed workspace with enough rows (a few hundred KB) that a page "in the middle"
 * is a table page, then damage it one of the ways a disk, a sync tool or a user does.
 */
export async function makeHealthyWorkspace(file: string, people = 1500): Promise<void> {
  const now = () => new Date('2026-11-24T09:00:00Z');
  const opened = await openWorkspaceDatabase(file, { create: true, organisationName: 'Damage Test', now });
  const insert = opened.db.prepare('INSERT INTO people (name, created_at, updated_at) VALUES (?, ?, ?)');
  opened.db.transaction(() => {
    for (let index = 0; index < people; index += 1) insert.run(`Person ${index} ${'x'.repeat(120)}`, '2026-11-24T09:00:00Z', '2026-11-24T09:00:00Z');
  })();
  closeWorkspaceDatabase(opened.db);
}

export type Damage = 'truncated' | 'zero-length' | 'scrambled page' | 'newer version' | 'foreign SQLite';

/** Apply one kind of damage to a cleanly closed file, in place. */
export function damage(file: string, kind: Damage): void {
  switch (kind) {
    case 'truncated':
      fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
      return;
    case 'zero-length':
      fs.writeFileSync(file, '');
      return;
    case 'scrambled page':
      scramblePage(file, Math.floor(fs.statSync(file).size / PAGE_SIZE / 2) + 1);
      return;
    case 'newer version': {
      const raw = new Database(file);
      raw.pragma(`user_version = ${latestSchemaVersion + 1}`);
      raw.pragma('wal_checkpoint(TRUNCATE)');
      raw.close();
      return;
    }
    case 'foreign SQLite': {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
      const raw = new Database(file);
      raw.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, customer TEXT); INSERT INTO invoices (customer) VALUES ('Acme');");
      raw.close();
      return;
    }
  }
}

const PAGE_SIZE = 4096;

/** Overwrite page `pageNumber` (1-based, as SQLite counts) with seeded bytes: the same damage every run. */
export function scramblePage(file: string, pageNumber: number): void {
  const bytes = crypto.createHash('sha512').update('scramble').digest();
  const page = Buffer.alloc(PAGE_SIZE);
  for (let offset = 0; offset < PAGE_SIZE; offset += bytes.length) bytes.copy(page, offset);
  const handle = fs.openSync(file, 'r+');
  fs.writeSync(handle, page, 0, PAGE_SIZE, (pageNumber - 1) * PAGE_SIZE);
  fs.closeSync(handle);
}

/** A page in the middle of a table's b-tree (SQLite's dbstat table), to damage that table. */
export function middlePageOf(file: string, table: string): number {
  const raw = new Database(file, { readonly: true });
  try {
    const pages = raw.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").pluck().all(table) as number[];
    return pages[Math.floor(pages.length / 2)]!;
  } finally {
    raw.close();
  }
}

/** The file's bytes as a hash, to prove a refusal left it exactly as it was. */
export function fileHash(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Damage a fresh copy of a healthy workspace; returns its path. */
export async function damagedCopy(dir: string, kind: Damage, name = `${kind.replace(/ /g, '-')}.sqlite`): Promise<string> {
  const file = path.join(dir, name);
  await makeHealthyWorkspace(file);
  damage(file, kind);
  return file;
}
