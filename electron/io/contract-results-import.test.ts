import { describe, expect, it } from 'vitest';
import { call } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

// Contracts and OLAs have targets "entered per month like an SLA's": the results import must take them too.
describe('contract and OLA results through the measurements import', () => {
  it('records a row naming a contract by its title against that contract’s target, shown in its performance', async () => {
    const { app } = await makeAppWithWorkspace();
    const network = await call(app, 'services.create', { name: 'Network', kind: 'supporting', lifecycle: 'live' });
    const wan = await call(app, 'contracts.create', {
      kind: 'underpinning',
      title: 'WAN managed service',
      supplierId: (await call(app, 'suppliers.create', { name: 'Halcyon' })).id,
      serviceIds: [network.id],
    });
    const ola = await call(app, 'contracts.create', { kind: 'ola', title: 'Desk OLA', internalTeam: 'Service Desk', serviceIds: [network.id] });
    await call(app, 'contracts.setTargets', { contractId: wan.id, targets: [{ kind: 'availability', target: 99.95 }] });
    await call(app, 'contracts.setTargets', { contractId: ola.id, targets: [{ kind: 'response', priority: 'P2', timeLimitMinutes: 60, target: 90 }] });
    const csv = [
      'SLA or contract,Target,Period,Value',
      'wan managed service,availability,2026-10,99.97',
      'Desk OLA,response P2,2026-10,85',
      'Nobody’s OLA,availability,2026-10,99',
    ].join('\n');

    const preview = await call(app, 'measurements.importPreview', { fileName: 'contracts.csv', contentBase64: b64(csv) });
    expect(preview.validCount).toBe(2);
    expect(preview.sample.map((row) => [row.slaCode, row.targetLabel, row.status])).toEqual([
      ['WAN managed service', expect.any(String), 'met'],
      ['Desk OLA', expect.any(String), 'breached'],
    ]);
    expect(preview.errors).toEqual([expect.objectContaining({ row: 4, field: 'sla', message: expect.stringContaining('neither an SLA code nor the title') })]);

    await call(app, 'measurements.import', { fileName: 'contracts.csv', contentBase64: b64(csv), mode: 'valid-rows' });
    const performance = await call(app, 'contracts.performance', { serviceId: network.id, from: '2026-10', to: '2026-10' });
    expect(performance.contracts.map((c) => [c.contract.title, c.targets[0]!.cells[0]!.value])).toEqual([
      ['Desk OLA', 85],
      ['WAN managed service', 99.97],
    ]);
    const audit = await call(app, 'audit.list', { entity: 'measurement' });
    expect(audit.entries).toHaveLength(2);
  });
});
