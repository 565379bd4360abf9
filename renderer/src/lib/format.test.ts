import { describe, expect, it } from 'vitest';
import { previewWorkspacePath } from '../features/workspace/workspace-path';
import { baseName, daysBetween, describeDue, formatBytes, formatDate, formatWallClock } from './format';

describe('format', () => {
  it('reads a plain day as a local date, not UTC midnight', () => {
    const shown = formatDate('2026-03-01');
    expect(shown).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2026, 2, 1)));
  });

  it('keeps text that is not a date as it is', () => {
    expect(formatDate('someday')).toBe('someday');
    expect(formatDate(null)).toBe('—');
  });

  it('describes due dates relative to today', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(describeDue('2026-03-01', '2026-03-01')).toBe('due today');
    expect(describeDue('2026-03-04', '2026-03-01')).toBe('in 3 days');
    expect(describeDue('2026-02-28', '2026-03-01')).toBe('1 day overdue');
    expect(describeDue('2026-02-20', '2026-03-01')).toBe('9 days overdue');
  });

  it('formats sizes in 1024 steps', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(237_568)).toBe('232 KB');
    expect(formatBytes(1.5 * 1024 * 1024)).toMatch(/^1[.,]5 MB$/);
  });

  it('takes the file name from either kind of path', () => {
    expect(baseName('/home/ada/acme.sqlite')).toBe('acme.sqlite');
    expect(baseName('C:\\Users\\ada\\acme.sqlite')).toBe('acme.sqlite');
  });
});

describe('previewWorkspacePath', () => {
  it('puts a bare name in the default folder and adds .sqlite', () => {
    expect(previewWorkspacePath('acme', '/home/ada/ServiceLedger')).toBe('/home/ada/ServiceLedger/acme.sqlite');
    expect(previewWorkspacePath('acme', 'C:\\Users\\ada\\ServiceLedger')).toBe('C:\\Users\\ada\\ServiceLedger\\acme.sqlite');
  });

  it('keeps a path and an extension as typed', () => {
    expect(previewWorkspacePath('/data/it.db', '/home/ada')).toBe('/data/it.db');
    expect(previewWorkspacePath('  ', '/home/ada')).toBeNull();
  });
});

describe('formatWallClock', () => {
  it('shows a zone-less wall-clock moment in the locale’s format, exactly as written', () => {
    const expected = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 4, 9, 15));
    expect(formatWallClock('2026-03-04T09:15')).toBe(expected);
    expect(formatWallClock('2026-03-04T09:15')).not.toContain('2026-03-04');
    // The hour a UK clock skips on 29 March 2026 is still shown as written.
    expect(formatWallClock('2026-03-29T01:30')).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 29, 1, 30)),
    );
    expect(formatWallClock(null)).toBe('—');
  });
});
