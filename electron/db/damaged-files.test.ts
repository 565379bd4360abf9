import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../cli/run-cli';
import { call, callError } from '../test/call';
import { damagedCopy, fileHash, type Damage } from '../test/damaged-files';
import { makeAppWithWorkspace, makeTempDir, makeTestApp } from '../test/temp-workspace';
import { openWorkspaceDatabase } from './open-workspace';
import { backupFolderFor } from './workspace-file';

/** What each kind of damage must be called, wherever it is met. */
const EXPECTED: Record<Damage, { code: string; words: RegExp }> = {
  truncated: { code: 'workspace_damaged', words: /is damaged/ },
  'zero-length': { code: 'workspace_incompatible', words: /is an empty file/ },
  'scrambled page': { code: 'workspace_damaged', words: /is damaged/ },
  'newer version': { code: 'workspace_incompatible', words: /newer version of ServiceLedger/ },
  'foreign SQLite': { code: 'workspace_incompatible', words: /not a ServiceLedger workspace/ },
};
const KINDS = Object.keys(EXPECTED) as Damage[];

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line), rendererDir: null, untilStopped: async () => {} };
  return { io, out, err };
}

describe.each(KINDS)('a %s workspace', (kind) => {
  const expected = EXPECTED[kind];

  it('fails `serviceledger check` with one plain sentence and a non-zero exit, never a stack trace', async () => {
    const file = await damagedCopy(makeTempDir(), kind);
    const before = fileHash(file);
    const run = capture();
    expect(await runCli(['check', '--db', file], run.io)).toBe(1);
    const said = run.err.join('\n');
    expect(said).toMatch(expected.words);
    expect(said).toContain(path.basename(file));
    expect(said).not.toMatch(/\n\s+at |Error:|SqliteError/);
    expect(fileHash(file)).toBe(before);
  });

  it('is refused by openWorkspaceDatabase with a typed error, leaving the file as it was', async () => {
    const file = await damagedCopy(makeTempDir(), kind);
    const before = fileHash(file);
    await expect(openWorkspaceDatabase(file, { now: () => new Date('2026-11-24T09:00:00Z') })).rejects.toMatchObject({
      code: expected.code,
      message: expect.stringMatching(expected.words),
      field: 'path',
    });
    expect(fileHash(file)).toBe(before);
  });

  it('is refused by workspace.open, which keeps no workspace open and makes no backup of it', async () => {
    const dir = makeTempDir();
    const file = await damagedCopy(dir, kind);
    const { app } = makeTestApp({ dir });
    const error = await callError(app, 'workspace.open', { path: file });
    expect(error).toMatchObject({ code: expected.code, field: 'path' });
    expect(error.message).toMatch(expected.words);
    expect(app.info().workspace).toBeNull();
    expect(fs.existsSync(backupFolderFor(file))).toBe(false);
  });

  it('is refused as a backup by workspace.restore, naming the chosen file; the open workspace is unchanged', async () => {
    const { app, dir } = await makeAppWithWorkspace();
    await call(app, 'people.create', { name: 'Still Here' });
    const backup = await damagedCopy(makeTempDir(), kind, 'chosen-backup.sqlite');
    const error = await callError(app, 'workspace.restore', { backupPath: backup });
    expect(error).toMatchObject({ field: 'backupPath' });
    expect(error.message).toMatch(expected.words);
    expect(error.message).toContain('chosen-backup.sqlite');
    expect(error.message).not.toMatch(/restoring/);
    expect(app.db.prepare('SELECT name FROM people').pluck().all()).toEqual(['Still Here']);
    expect(fs.readdirSync(dir).filter((name) => name.includes('restoring'))).toEqual([]);
    expect(app.listBackups()).toEqual([]); // refused before the safety backup: nothing to undo
    app.shutdown();
  });
});
