import { describe, expect, it } from 'vitest';
import { makeAppWithWorkspace } from '../test/temp-workspace';
import { call, callError } from '../test/call';

async function setup() {
  const { app } = await makeAppWithWorkspace();
  const supplier = await call(app, 'suppliers.create', { name: 'Contoso Networks', contact: 'noc@contoso.example' });
  const service = await call(app, 'services.create', { name: 'Network', lifecycle: 'live' });
  return { app, supplier, service };
}

describe('suppliers and contracts', () => {
  it('refuses a second supplier with the same name', async () => {
    const { app } = await setup();
    expect(await callError(app, 'suppliers.create', { name: 'contoso networks' })).toMatchObject({ code: 'conflict', field: 'name' });
  });

  it('requires a supplier for an underpinning contract and a team for an OLA', async () => {
    const { app } = await setup();
    expect(await callError(app, 'contracts.create', { kind: 'underpinning', title: 'WAN' })).toEqual({
      code: 'invalid_input',
      field: 'supplierId',
      message: 'Supplier: is required for an underpinning contract',
    });
    expect(await callError(app, 'contracts.create', { kind: 'ola', title: 'Desk OLA' })).toMatchObject({ field: 'internalTeam' });
  });

  it('refuses an end date before the start date, on create and on update', async () => {
    const { app, supplier } = await setup();
    expect(
      await callError(app, 'contracts.create', { kind: 'underpinning', title: 'WAN', supplierId: supplier.id, startDate: '2026-05-01', endDate: '2026-04-30' }),
    ).toMatchObject({ field: 'endDate', message: 'End date: must not be before the start date' });
    const contract = await call(app, 'contracts.create', { kind: 'underpinning', title: 'WAN', supplierId: supplier.id, startDate: '2026-05-01' });
    expect(await callError(app, 'contracts.update', { id: contract.id, endDate: '2026-01-01' })).toMatchObject({ field: 'endDate' });
    expect(await callError(app, 'contracts.create', { kind: 'underpinning', title: 'X', supplierId: supplier.id, endDate: '2026-02-30' })).toMatchObject({
      field: 'endDate',
      message: 'End date: is not a real calendar date',
    });
  });

  it('lists contracts ending soon with days to go and the notice date', async () => {
    const { app, supplier, service } = await setup();
    await call(app, 'contracts.create', {
      kind: 'underpinning',
      title: 'WAN support',
      supplierId: supplier.id,
      startDate: '2024-01-01',
      endDate: '2027-01-31',
      noticeDays: 60,
      serviceIds: [service.id],
    });
    await call(app, 'contracts.create', { kind: 'ola', title: 'Desk OLA', internalTeam: 'Service Desk', endDate: '2028-01-01' });
    const soon = await call(app, 'contracts.list', { endingWithinDays: 90 });
    expect(soon).toEqual([
      expect.objectContaining({
        title: 'WAN support',
        daysToEnd: 68,
        noticeDate: '2026-12-02',
        supplierName: 'Contoso Networks',
        services: [expect.objectContaining({ code: 'SVC-001' })],
      }),
    ]);
    expect((await call(app, 'contracts.list', { serviceId: service.id })).map((c) => c.title)).toEqual(['WAN support']);
    const detail = await call(app, 'services.get', { id: service.id });
    expect(detail.contracts).toEqual([expect.objectContaining({ title: 'WAN support', supplierName: 'Contoso Networks', endDate: '2027-01-31' })]);
  });

  it('blocks deleting a supplier with contracts and a service covered by a contract', async () => {
    const { app, supplier, service } = await setup();
    const contract = await call(app, 'contracts.create', { kind: 'underpinning', title: 'WAN', supplierId: supplier.id, serviceIds: [service.id] });
    expect(await callError(app, 'suppliers.delete', { id: supplier.id })).toMatchObject({ code: 'conflict', message: expect.stringContaining('1 contract') });
    expect(await callError(app, 'services.delete', { id: service.id })).toMatchObject({ message: expect.stringContaining('1 contract covers it (WAN)') });
    await call(app, 'contracts.delete', { id: contract.id });
    await call(app, 'suppliers.delete', { id: supplier.id });
    expect(await call(app, 'suppliers.list', {})).toEqual([]);
  });
});
