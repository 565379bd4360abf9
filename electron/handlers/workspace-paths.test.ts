import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

describe('paths the API accepts', () => {
  it('refuses a NUL byte before touching any file: an existing file of that name survives', async () => {
    const { app, dir } = await makeAppWithWorkspace();
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'keep me');
    const error = await callError(app, 'workspace.backup', { path: `${notes}\u0000.sqlite` });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'path' });
    expect(error.message).toMatch(/NUL byte/);
    expect(fs.readFileSync(notes, 'utf8')).toBe('keep me');

    const other = path.join(dir, 'other.sqlite');
    expect(await callError(app, 'workspace.create', { path: `${other}\u0000x` })).toMatchObject({ code: 'invalid_input', field: 'path' });
    expect(fs.existsSync(other)).toBe(false);
    app.shutdown();
  });

  it('refuses names longer than a file system allows and text that is not well formed', async () => {
    const { app, dir } = await makeAppWithWorkspace();
    expect((await callError(app, 'workspace.backup', { path: path.join(dir, `${'a'.repeat(300)}.sqlite`) })).message).toMatch(/longer than 255 bytes/);
    expect((await callError(app, 'workspace.backup', { path: path.join(dir, 'bad\uD800name.sqlite') })).message).toMatch(/not valid text/);
    expect((await callError(app, 'workspace.restore', { backupPath: `${dir}/\u0007.sqlite` })).field).toBe('backupPath');
    expect(fs.readdirSync(dir).filter((name) => name !== 'data' && name !== 'workspace.sqlite' && !name.startsWith('workspace.sqlite-'))).toEqual([]);
    app.shutdown();
  });

  it('answers a file system refusal in words, naming the file but not the folders, and leaves nothing behind', async () => {
    const { app, dir } = await makeAppWithWorkspace();
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'keep me');
    // A file where a folder should be: the operating system refuses with ENOTDIR.
    const error = await callError(app, 'workspace.backup', { path: path.join(notes, 'copy.sqlite') });
    expect(error.code).toBe('file_system');
    expect(error.message).toBe('“notes.txt” could not be used: part of the path is a file, not a folder. Nothing was saved.');
    expect(error.message).not.toContain(dir);
    expect(fs.readFileSync(notes, 'utf8')).toBe('keep me');
    app.shutdown();
  });
});
