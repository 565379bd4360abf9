import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../cli/run-cli';
import { makeTempDir } from '../test/temp-workspace';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line), rendererDir: null, untilStopped: async () => {} };
  return { io, out, err };
}

describe('serviceledger generate and demo', () => {
  it.each([
    [['--risks', 'lots', '--services', '10'], '--risks must be a whole number, got "lots"'],
    [['--risks', '10', '--services', '2.5'], '--services must be a whole number, got "2.5"'],
    [['--risks', '10', '--services', ''], '--services must be a whole number'],
  ])('prints the usage for bad numbers %j', async (args, message) => {
    const file = path.join(makeTempDir(), 'bad.sqlite');
    const { io, out, err } = capture();
    expect(await runCli(['generate', '--db', file, ...args], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(message);
    expect(err.join('\n')).toContain('Usage:');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('generates a workspace with the counts asked for', async () => {
    const file = path.join(makeTempDir(), 'generated.sqlite');
    const { io, out } = capture();
    expect(await runCli(['generate', '--db', file, '--risks', '300', '--services', '40'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/Generated 40 services and 300 risks/);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM services').pluck().get()).toBe(40);
      expect(db.prepare('SELECT count(*) FROM risks').pluck().get()).toBe(300);
    } finally {
      db.close();
    }
  });

  it('creates the demo workspace and refuses to overwrite it without --force', async () => {
    const file = path.join(makeTempDir(), 'demo.sqlite');
    const first = capture();
    expect(await runCli(['demo', '--db', file], first.io)).toBe(0);
    const second = capture();
    expect(await runCli(['demo', '--db', file], second.io)).toBe(1);
    expect(second.err.join('\n')).toContain('--force');
    expect(await runCli(['demo', '--db', file, '--force'], capture().io)).toBe(0);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare("SELECT value FROM meta WHERE key = 'organisation_name'").pluck().get()).toBe('Northwind Health Trust');
      expect(db.prepare('SELECT count(*) FROM risks').pluck().get()).toBeGreaterThanOrEqual(40);
    } finally {
      db.close();
    }
  });
});
