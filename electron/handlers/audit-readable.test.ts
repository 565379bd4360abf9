import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { call, callError } from '../test/call';
import { forEachAuditBatch } from '../repositories/audit/readable-audit';
import { makeAppWithWorkspace } from '../test/temp-workspace';

/** A workspace where Priya changes a risk's owner from Daniel to Samira, and Daniel edits an SLA. */
async function workspaceWithChanges() {
  const { app } = await makeAppWithWorkspace();
  const priya = await call(app, 'people.create', { name: 'Priya Shah' });
  const daniel = await call(app, 'people.create', { name: 'Daniel Kowalski' });
  const samira = await call(app, 'people.create', { name: 'Samira Haddad' });
  const supplier = await call(app, 'suppliers.create', { name: 'Mailco' });
  await call(app, 'settings.update', { currentPersonId: priya.id });
  const service = await call(app, 'services.create', { name: 'Email', code: 'SVC-001' });
  const risk = await call(app, 'risks.create', { code: 'RSK-042', title: 'Mail relay outage', ownerId: daniel.id });
  await call(app, 'risks.update', { id: risk.id, ownerId: samira.id, status: 'treating', supplierId: supplier.id });
  await call(app, 'settings.update', { currentPersonId: daniel.id });
  const sla = await call(app, 'slas.create', { serviceId: service.id, customer: 'Wards', name: 'Email for wards' });
  await call(app, 'slas.update', { id: sla.id, status: 'agreed', validFrom: '2026-01-01' });
  return { app, priya, daniel, samira, service, risk, sla, supplier };
}

describe('audit.search: the trail an auditor can read', () => {
  it('names the record by code, the people by name, and diffs field by field with labels', async () => {
    const { app, risk } = await workspaceWithChanges();
    const page = await call(app, 'audit.search', { filter: { entity: 'risk', entityId: String(risk.id) } });
    const [update, create] = page.entries;
    expect(update).toMatchObject({
      actorName: 'Priya Shah',
      action: 'update',
      entityLabel: 'Risk',
      recordCode: 'RSK-042',
      recordName: 'Mail relay outage',
      recordExists: true,
    });
    expect(update!.changes).toEqual([
      { field: 'ownerId', label: 'Owner', before: 'Daniel Kowalski', after: 'Samira Haddad', type: 'text' },
      { field: 'supplierId', label: 'Supplier', before: null, after: 'Mailco', type: 'text' },
      { field: 'status', label: 'Status', before: 'Identified', after: 'Treating', type: 'text' },
    ]);
    expect(create!.action).toBe('create');
    expect(create!.changes.map((change) => `${change.label}: ${change.after}`)).toEqual([
      'Code: RSK-042',
      'Title: Mail relay outage',
      'Owner: Daniel Kowalski',
      'Status: Identified',
    ]);
  });

  it('resolves an SLA’s service to its code and name, its status to a label, and dates as dates', async () => {
    const { app, sla } = await workspaceWithChanges();
    const [update, create] = (await call(app, 'audit.search', { filter: { entity: 'sla', entityId: String(sla.id) } })).entries;
    expect(create!.changes.find((change) => change.field === 'serviceId')?.after).toBe('SVC-001 Email');
    expect(update!.changes).toEqual([
      { field: 'status', label: 'Status', before: 'Draft', after: 'Agreed', type: 'text' },
      { field: 'validFrom', label: 'Valid from', before: null, after: '2026-01-01', type: 'date' },
    ]);
    expect(update!.actorName).toBe('Daniel Kowalski');
  });

  it('marks a bulk change and keeps a deleted record’s code and title from its last snapshot', async () => {
    const { app, samira, priya } = await workspaceWithChanges();
    await call(app, 'settings.update', { currentPersonId: priya.id });
    const other = await call(app, 'risks.create', { code: 'RSK-043', title: 'Spam filter fails' });
    await call(app, 'risks.bulkUpdate', { ids: [other.id], ownerId: samira.id });
    const [bulk] = (await call(app, 'audit.search', { filter: { entity: 'risk', entityId: String(other.id) }, limit: 1 })).entries;
    expect(bulk).toMatchObject({ recordCode: 'RSK-043', note: 'Bulk change', changes: [{ label: 'Owner', before: null, after: 'Samira Haddad' }] });

    const fresh = await call(app, 'risks.create', { code: 'RSK-050', title: 'Short-lived' });
    await call(app, 'risks.delete', { id: fresh.id });
    const [deleted] = (await call(app, 'audit.search', { filter: { entity: 'risk', entityId: String(fresh.id) }, limit: 1 })).entries;
    expect(deleted).toMatchObject({ action: 'delete', recordCode: 'RSK-050', recordName: 'Short-lived', recordExists: false });
  });

  it('filters by person, kind, date range and text, and pages newest first', async () => {
    const { app, daniel, priya } = await workspaceWithChanges();
    const byDaniel = await call(app, 'audit.search', { filter: { actorId: daniel.id } });
    expect(byDaniel.entries.map((entry) => `${entry.entity} ${entry.action}`)).toEqual(['sla update', 'sla create']);
    const byPriya = await call(app, 'audit.search', { filter: { actorId: priya.id, entity: 'risk' } });
    expect(byPriya.entries.map((entry) => entry.action)).toEqual(['update', 'create']);

    // The test clock stands at 2026-11-24T09:00Z: every change is on that day.
    expect((await call(app, 'audit.search', { filter: { since: '2026-11-24T00:00:00Z', until: '2026-11-25T00:00:00Z' } })).entries.length).toBeGreaterThan(5);
    expect((await call(app, 'audit.search', { filter: { since: '2026-11-25T00:00:00Z' } })).entries).toEqual([]);

    const byCode = await call(app, 'audit.search', { filter: { text: 'rsk-042' } });
    expect(byCode.entries.map((entry) => entry.recordCode)).toEqual(['RSK-042', 'RSK-042']);
    expect((await call(app, 'audit.search', { filter: { text: '100%_' } })).entries).toEqual([]);

    const first = await call(app, 'audit.search', { filter: {}, limit: 3 });
    const second = await call(app, 'audit.search', { filter: {}, beforeId: first.nextBeforeId!, limit: 3 });
    expect(first.entries).toHaveLength(3);
    expect(Math.max(...second.entries.map((entry) => entry.id))).toBeLessThan(Math.min(...first.entries.map((entry) => entry.id)));
  });

  it('refuses a record without its kind and a range that ends before it starts, naming the field', async () => {
    const { app } = await makeAppWithWorkspace();
    expect(await callError(app, 'audit.search', { filter: { entityId: '4' } })).toMatchObject({ field: 'filter.entityId' });
    expect(await callError(app, 'audit.search', { filter: { since: '2026-11-25T00:00:00Z', until: '2026-11-24T00:00:00Z' } })).toMatchObject({
      field: 'filter.until',
    });
  });
});

describe('audit.export', () => {
  it('writes the filtered trail as CSV, one line per changed field, formulas neutralised', async () => {
    const { app, risk, priya } = await workspaceWithChanges();
    await call(app, 'settings.update', { currentPersonId: priya.id });
    await call(app, 'risks.update', { id: risk.id, title: '=HYPERLINK("http://evil")' });
    const file = await call(app, 'audit.export', { filter: { entity: 'risk' } });
    expect(file.fileName).toBe('audit-trail-2026-11-24.csv');
    expect(file.rows).toBe(3);
    const text = Buffer.from(file.contentBase64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(text.trim()).data;
    expect(rows[0]).toEqual(['When (UTC)', 'Who', 'Kind', 'Code', 'Record', 'Action', 'Field', 'Before', 'After', 'Note', 'Entry']);
    expect(rows[1]!.slice(1, 9)).toEqual([
      'Priya Shah',
      'Risk',
      'RSK-042',
      `'=HYPERLINK("http://evil")`,
      'Changed',
      'Title',
      'Mail relay outage',
      `'=HYPERLINK("http://evil")`,
    ]);
    expect(rows.some((row) => row[6] === 'Owner' && row[7] === 'Daniel Kowalski' && row[8] === 'Samira Haddad')).toBe(true);
    expect(rows.every((row, index) => index === 0 || row[2] === 'Risk')).toBe(true);
  });
});

describe('audit.search for suppliers and contracts', () => {
  it('diffs a contract’s supplier, services and dates, leaving out values derived from the day', async () => {
    const { app, supplier, service } = await workspaceWithChanges();
    const other = await call(app, 'suppliers.create', { name: 'Relay Ltd' });
    const contract = await call(app, 'contracts.create', {
      kind: 'underpinning',
      title: 'Mail relay support',
      supplierId: supplier.id,
      endDate: '2027-06-30',
      serviceIds: [],
    });
    await call(app, 'contracts.update', {
      id: contract.id,
      supplierId: other.id,
      serviceIds: [service.id],
      kind: 'underpinning',
      title: 'Mail relay support',
      endDate: '2027-09-30',
    });
    const [update] = (await call(app, 'audit.search', { filter: { entity: 'contract', entityId: String(contract.id) } })).entries;
    expect(update).toMatchObject({ entityLabel: 'Contract', recordCode: null, recordName: 'Mail relay support' });
    expect(update!.changes).toEqual([
      { field: 'supplierId', label: 'Supplier', before: 'Mailco', after: 'Relay Ltd', type: 'text' },
      { field: 'endDate', label: 'End date', before: '2027-06-30', after: '2027-09-30', type: 'date' },
      { field: 'services', label: 'Services', before: null, after: 'SVC-001 Email', type: 'text' },
    ]);
    await call(app, 'suppliers.update', { id: other.id, name: 'Relay Limited' });
    const [renamed] = (await call(app, 'audit.search', { filter: { entity: 'supplier', entityId: String(other.id) } })).entries;
    expect(renamed).toMatchObject({ recordName: 'Relay Limited', changes: [{ label: 'Name', before: 'Relay Ltd', after: 'Relay Limited' }] });
  });
});

describe('audit.export of created records', () => {
  it('writes a created record as one line with every field it was created with', async () => {
    const { app, risk } = await workspaceWithChanges();
    const file = await call(app, 'audit.export', { filter: { entity: 'risk', entityId: String(risk.id) } });
    const rows = Papa.parse<string[]>(
      Buffer.from(file.contentBase64, 'base64')
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim(),
    ).data;
    expect(rows).toHaveLength(1 + 3 + 1);
    expect(rows[4]!.slice(5, 9)).toEqual(['Created', '', '', 'Code: RSK-042; Title: Mail relay outage; Owner: Daniel Kowalski; Status: Identified']);
  });
});

describe('forEachAuditBatch', () => {
  it('visits every matching entry once, newest first, across batches and a short last batch', async () => {
    const { app } = await workspaceWithChanges();
    const all = (await call(app, 'audit.search', { filter: {}, limit: 500 })).entries.map((entry) => entry.id);
    const seen: number[] = [];
    const sizes: number[] = [];
    const count = forEachAuditBatch(app.db, {}, 3, (batch) => {
      sizes.push(batch.length);
      seen.push(...batch.map((entry) => entry.id));
    });
    expect(count).toBe(all.length);
    expect(seen).toEqual(all);
    expect(sizes.slice(0, -1).every((size) => size === 3)).toBe(true);
  });
});
