import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText, REVOKE_AFTER_MS } from './download-file';

describe('handing a file to the browser’s downloads', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps the object URL alive long enough for a busy browser to fetch it, then frees it', () => {
    vi.useFakeTimers();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:probe');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    try {
      downloadText('calendar.ics', 'BEGIN:VCALENDAR', 'text/calendar');
      expect(clicked).toEqual(['calendar.ics']);
      vi.advanceTimersByTime(5_000);
      expect(revoked).not.toHaveBeenCalled();
      vi.advanceTimersByTime(REVOKE_AFTER_MS);
      expect(revoked).toHaveBeenCalledWith('blob:probe');
      expect(document.querySelector('a[download]')).toBeNull();
    } finally {
      created.mockRestore();
      revoked.mockRestore();
      click.mockRestore();
    }
  });
});
