import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chosenPath, fileDialogSpec } from './file-dialogs';

const folder = path.join(path.sep, 'home', 'me', 'Documents', 'ServiceLedger');

describe('fileDialogSpec', () => {
  it('opens and restores with an open dialog filtered to .sqlite', () => {
    for (const purpose of ['open', 'restore'] as const) {
      const spec = fileDialogSpec(purpose, folder);
      expect(spec).toMatchObject({ kind: 'open', defaultPath: folder, filters: [{ extensions: ['sqlite'] }] });
    }
  });

  it('creates and backs up with a save dialog suggesting a .sqlite name in the folder', () => {
    const create = fileDialogSpec('create', folder);
    expect(create.kind).toBe('save');
    expect(path.dirname(create.defaultPath)).toBe(folder);
    expect(create.defaultPath).toMatch(/\.sqlite$/);
    const backup = fileDialogSpec('backup', folder, new Date('2026-11-24T10:00:00Z'));
    expect(backup).toMatchObject({ kind: 'save', defaultPath: path.join(folder, 'ServiceLedger backup 2026-11-24.sqlite') });
  });
});

describe('chosenPath', () => {
  const save = fileDialogSpec('create', folder);
  const open = fileDialogSpec('open', folder);

  it('returns null when the dialog was cancelled', () => {
    expect(chosenPath(save, undefined)).toBeNull();
    expect(chosenPath(open, '')).toBeNull();
  });

  it('adds .sqlite to a saved name without an extension', () => {
    expect(chosenPath(save, '/tmp/Team')).toBe('/tmp/Team.sqlite');
    expect(chosenPath(save, '/tmp/Team.sqlite')).toBe('/tmp/Team.sqlite');
    expect(chosenPath(open, '/tmp/Team')).toBe('/tmp/Team');
  });
});
