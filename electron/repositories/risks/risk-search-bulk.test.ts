import { describe, expect, it } from 'vitest';
import { call } from '../../test/call';
import { makeAppWithWorkspace } from '../../test/temp-workspace';
import { deferRiskSearchIndex } from './risk-search-bulk';

const insertTrigger = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'risks_search_insert'";
const searchCodes = async (app: Awaited<ReturnType<typeof makeAppWithWorkspace>>['app'], search: string) =>
  (await call(app, 'risks.list', { search })).rows.map((row) => row.code);

describe('deferRiskSearchIndex', () => {
  it('indexes the rows written meanwhile at the end and puts the per-row trigger back as it was', async () => {
    const { app } = await makeAppWithWorkspace();
    await call(app, 'risks.create', { code: 'RSK-001', title: 'Tape library ageing' });
    const triggerBefore = app.db.prepare(insertTrigger).pluck().get();
    app.db.transaction(() => {
      const search = deferRiskSearchIndex(app.db);
      app.db
        .prepare("INSERT INTO risks (code, title, controls, created_at, updated_at) VALUES ('RSK-002', 'Ransomware on shares', 'Offline backups', 'x', 'x')")
        .run();
      expect(app.db.prepare(insertTrigger).pluck().get()).toBeUndefined();
      search.catchUp();
    })();
    expect(app.db.prepare(insertTrigger).pluck().get()).toBe(triggerBefore);
    expect(await searchCodes(app, 'ransom')).toEqual(['RSK-002']);
    expect(await searchCodes(app, 'offline back')).toEqual(['RSK-002']);
    expect(await searchCodes(app, 'tape')).toEqual(['RSK-001']);
    // Rows written after it are indexed by the trigger again.
    await call(app, 'risks.create', { code: 'RSK-003', title: 'Ransom note on the intranet' });
    expect(await searchCodes(app, 'ransom')).toEqual(['RSK-002', 'RSK-003']);
    app.db.prepare("INSERT INTO risks_search (risks_search, rank) VALUES ('integrity-check', 1)").run();
  });

  it('leaves the trigger in place when the transaction rolls back', async () => {
    const { app } = await makeAppWithWorkspace();
    const triggerBefore = app.db.prepare(insertTrigger).pluck().get();
    expect(() =>
      app.db.transaction(() => {
        deferRiskSearchIndex(app.db);
        app.db.prepare("INSERT INTO risks (code, title, created_at, updated_at) VALUES ('RSK-009', 'Never kept', 'x', 'x')").run();
        throw new Error('the import failed half way');
      })(),
    ).toThrow('half way');
    expect(app.db.prepare(insertTrigger).pluck().get()).toBe(triggerBefore);
    await call(app, 'risks.create', { code: 'RSK-010', title: 'Flood in the basement' });
    expect(await searchCodes(app, 'flood')).toEqual(['RSK-010']);
  });

  it('refuses to run outside a transaction, where dropping the trigger would stick', async () => {
    const { app } = await makeAppWithWorkspace();
    expect(() => deferRiskSearchIndex(app.db)).toThrow('inside a transaction');
  });
});
