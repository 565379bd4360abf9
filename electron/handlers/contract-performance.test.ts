import { describe, expect, it } from 'vitest';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

/** Email depends on Identity, which depends on Network; a WAN contract covers Network; an OLA covers Identity. */
async function chain() {
  const { app } = await makeAppWithWorkspace();
  const network = await call(app, 'services.create', { name: 'Network', kind: 'supporting', lifecycle: 'live' });
  const identity = await call(app, 'services.create', { name: 'Identity', kind: 'supporting', lifecycle: 'live', dependsOn: [network.id] });
  const email = await call(app, 'services.create', { name: 'Email', lifecycle: 'live', dependsOn: [identity.id] });
  const supplier = await call(app, 'suppliers.create', { name: 'Halcyon Networks' });
  const wan = await call(app, 'contracts.create', {
    kind: 'underpinning',
    title: 'WAN managed service',
    supplierId: supplier.id,
    startDate: '2025-01-01',
    serviceIds: [network.id],
  });
  const ola = await call(app, 'contracts.create', { kind: 'ola', title: 'Identity OLA', internalTeam: 'Infrastructure', serviceIds: [identity.id] });
  await call(app, 'contracts.create', { kind: 'ola', title: 'No targets yet', internalTeam: 'Desk', serviceIds: [email.id] });
  const networkSla = await call(app, 'slas.create', {
    serviceId: network.id,
    customer: 'IT',
    name: 'Network — IT',
    status: 'agreed',
    validFrom: '2025-01-01',
    targets: [{ kind: 'availability', target: 99.9 }],
  });
  const emailSla = await call(app, 'slas.create', {
    serviceId: email.id,
    customer: 'All staff',
    name: 'Email — All staff',
    status: 'agreed',
    validFrom: '2025-01-01',
    targets: [{ kind: 'availability', target: 99.9 }],
  });
  await call(app, 'slas.create', {
    serviceId: email.id,
    customer: 'Old',
    name: 'Email — expired',
    status: 'expired',
    validFrom: '2020-01-01',
    validTo: '2021-01-01',
  });
  const wanGrid = await call(app, 'contracts.setTargets', {
    contractId: wan.id,
    targets: [
      { kind: 'availability', target: 99.95, warning: 99.98 },
      { kind: 'resolution', priority: 'P1', timeLimitMinutes: 240, target: 95 },
    ],
  });
  await call(app, 'contracts.setTargets', { contractId: ola.id, targets: [{ kind: 'response', priority: 'P2', timeLimitMinutes: 60, target: 90 }] });
  const [wanAvailability, wanFix] = wanGrid.rows.map((row) => row.target.id) as [number, number];
  await call(app, 'measurements.save', {
    contractId: wan.id,
    cells: [
      { targetId: wanAvailability, period: '2026-09', value: 99.99 },
      { targetId: wanAvailability, period: '2026-10', value: 99.9 },
      { targetId: wanFix, period: '2026-10', value: 96 },
    ],
  });
  await call(app, 'measurements.save', { slaId: networkSla.id, cells: [{ targetId: networkSla.targets[0]!.target.id, period: '2026-10', value: 99.92 }] });
  await call(app, 'measurements.save', { slaId: emailSla.id, cells: [{ targetId: emailSla.targets[0]!.target.id, period: '2026-10', value: 99.85 }] });
  return { app, network, identity, email, supplier, wan, ola };
}

describe('contract performance', () => {
  it('reports each contract’s results next to the SLAs that depend on it, covered first, nearest first', async () => {
    const { app, wan } = await chain();
    const report = await call(app, 'contracts.performance', { from: '2026-09', to: '2026-10' });
    expect(report.periods).toEqual(['2026-09', '2026-10']);
    expect(report.contracts.map((c) => c.contract.title)).toEqual(['Identity OLA', 'WAN managed service']);
    const wanReport = report.contracts[1]!;
    expect(wanReport.contract).toMatchObject({ id: wan.id, kind: 'underpinning', supplierName: 'Halcyon Networks' });
    expect(wanReport.targets.map((t) => t.cells.map((c) => c.status))).toEqual([
      ['met', 'breached'],
      [null, 'met'],
    ]);
    expect(wanReport.worst).toEqual(['met', 'breached']);
    expect(wanReport.dependentSlas.map((s) => `${s.slaCode}:${s.relation}:${s.depth}:${s.cells.join('/')}`)).toEqual([
      'SLA-001:covered:0:/met',
      'SLA-002:depends:2:/breached',
    ]);
    expect(wanReport.dependentSlaCount).toBe(2);
    expect(report.contracts[0]!.dependentSlas.map((s) => s.slaCode)).toEqual(['SLA-002']);
  });

  it('filters by contract, supplier or covered service, and includes contracts without targets when asked', async () => {
    const { app, supplier, identity, email } = await chain();
    const titles = async (input: Record<string, unknown>) =>
      (await call(app, 'contracts.performance', { from: '2026-10', to: '2026-10', ...input })).contracts.map((c) => c.contract.title);
    expect(await titles({ supplierId: supplier.id })).toEqual(['WAN managed service']);
    expect(await titles({ serviceId: identity.id })).toEqual(['Identity OLA']);
    expect(await titles({ serviceId: email.id })).toEqual([]);
    expect(await titles({ serviceId: email.id, withTargetsOnly: false })).toEqual(['No targets yet']);
    expect(await callError(app, 'contracts.performance', { contractId: 99, from: '2026-10', to: '2026-10' })).toMatchObject({
      code: 'not_found',
      field: 'contractId',
    });
    expect(await callError(app, 'contracts.performance', { from: '2026-10', to: '2026-01' })).toMatchObject({ field: 'to' });
  });

  it('shows contract breaches in the breach list, next to SLA breaches', async () => {
    const { app } = await chain();
    const breaches = await call(app, 'slas.breaches', {});
    expect(breaches.map((b) => `${b.slaCode ?? b.contractTitle}:${b.targetLabel}:${b.value}`)).toEqual([
      'SLA-002:Availability:99.85',
      'WAN managed service:Availability:99.9',
    ]);
    expect((await call(app, 'slas.breaches', { includeContracts: false })).map((b) => b.slaCode)).toEqual(['SLA-002']);
  });
});
