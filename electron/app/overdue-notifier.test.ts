import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OverdueAnnouncement } from '../../shared/domain/overdue-announcement';
import { dispatch } from '../api/dispatch';
import { call } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';
import { checkOverdueReviews } from './overdue-notifier';

async function setUp() {
  // Noon UTC: the same business day from UTC−12 to UTC+14, wherever the test runs.
  let now = new Date('2026-11-24T12:00:00Z');
  const made = await makeAppWithWorkspace({ now: () => now });
  const sam = await call(made.app, 'people.create', { name: 'Samira Haddad' });
  await call(made.app, 'risks.create', { code: 'RSK-001', title: 'Payroll server', ownerId: sam.id, nextReviewDate: '2026-11-20' });
  await call(made.app, 'risks.create', { code: 'RSK-002', title: 'Mail relay', ownerId: sam.id, nextReviewDate: '2026-11-26' });
  const shown: OverdueAnnouncement[] = [];
  const stateFile = path.join(made.dir, 'data', 'overdue-notifications.json');
  const check = () =>
    checkOverdueReviews(
      (method, input) => dispatch(made.app, method, input),
      stateFile,
      (announcement) => shown.push(announcement),
    );
  return { ...made, sam, shown, check, moveTo: (iso: string) => (now = new Date(iso)) };
}

describe('the desktop app’s daily overdue notification (main process)', () => {
  it('says nothing until a person is chosen, then once a day names what became overdue, on the app clock', async () => {
    const { app, sam, shown, check, moveTo } = await setUp();
    expect(await check()).toBeNull();
    await call(app, 'settings.update', { currentPersonId: sam.id });
    await check();
    await check();
    expect(shown).toEqual([{ title: 'ServiceLedger reviews', body: '1 review is newly overdue: RSK-001', count: 1 }]);
    // Three days later on the app's clock the second risk is overdue too: only it is new.
    moveTo('2026-11-27T12:00:00Z');
    await check();
    expect(shown.map((announcement) => announcement.body)).toEqual(['1 review is newly overdue: RSK-001', '1 review is newly overdue: RSK-002']);
    // A later check the same day stays quiet.
    moveTo('2026-11-27T15:00:00Z');
    expect(await check()).toBeNull();
    expect(shown).toHaveLength(2);
  });
});
