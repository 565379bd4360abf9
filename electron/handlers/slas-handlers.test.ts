import { describe, expect, it } from 'vitest';
import type { AppController } from '../app/app-controller';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

const office = {
  mode: 'weekly' as const,
  windows: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, from: '08:00', to: '18:00' })),
};

const emailTargets = [
  { kind: 'availability' as const, target: 99.9, warning: 99.95 },
  { kind: 'response' as const, priority: 'P1' as const, timeLimitMinutes: 15, target: 95, warning: 97 },
  { kind: 'workload' as const, label: 'Tickets logged', target: 400, warning: 360 },
];

/** Two services with an agreed SLA each (today is 2026-11-24 in the test dispatcher). */
async function portfolio() {
  const { app } = await makeAppWithWorkspace();
  const email = await call(app, 'services.create', { name: 'Email', lifecycle: 'live' });
  const payroll = await call(app, 'services.create', { name: 'Payroll', lifecycle: 'live', serviceHours: office });
  const emailSla = await call(app, 'slas.create', {
    serviceId: email.id,
    customer: 'All staff',
    name: 'Email — All staff',
    status: 'agreed',
    validFrom: '2025-01-01',
    reviewDate: '2026-11-01',
    exceptions: 'Planned maintenance announced 5 days ahead.',
    targets: emailTargets,
  });
  const payrollSla = await call(app, 'slas.create', {
    serviceId: payroll.id,
    customer: 'Finance',
    name: 'Payroll — Finance',
    status: 'agreed',
    validFrom: '2026-01-01',
    targets: [{ kind: 'availability', target: 99.5 }],
  });
  return { app, email, payroll, emailSla, payrollSla };
}

async function slaCount(app: AppController) {
  return (await call(app, 'slas.list', {})).length;
}

function targetIds(sla: { targets: Array<{ target: { id: number; label: string } }> }) {
  return Object.fromEntries(sla.targets.map((t) => [t.target.label, t.target.id]));
}

describe('SLAs', () => {
  it('creates an SLA with suggested code, default labels, the service’s hours and an audit entry', async () => {
    const { app, emailSla, payrollSla } = await portfolio();
    expect(emailSla).toMatchObject({
      code: 'SLA-001',
      serviceCode: 'SVC-001',
      status: 'agreed',
      serviceHoursSource: 'service',
      serviceHoursText: '24x7',
      currentPeriod: '2026-10',
    });
    expect(payrollSla).toMatchObject({ code: 'SLA-002', serviceHoursText: 'Mon-Fri 08:00-18:00', serviceHoursSource: 'service' });
    expect(emailSla.targets.map((t) => t.target.label)).toEqual(['Availability', 'P1 responded to within 15 min', 'Tickets logged']);
    expect(emailSla.targets[2]!.target).toMatchObject({ unit: 'tickets', direction: 'lower' });
    expect(emailSla.periods).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    expect(emailSla.reviewOverdue).toBe(true);
    expect((await call(app, 'slas.suggestCode', {})).code).toBe('SLA-003');
    const audit = await call(app, 'audit.list', { entity: 'sla', entityId: String(emailSla.id) });
    expect(audit.entries[0]).toMatchObject({
      action: 'create',
      after: { code: 'SLA-001', targets: expect.arrayContaining([expect.objectContaining({ label: 'Availability', target: 99.9 })]) },
    });
  });

  it('refuses bad targets at the field, naming the problem, and writes nothing', async () => {
    const { app, email } = await portfolio();
    const base = { serviceId: email.id, customer: 'HR', name: 'Email — HR' };
    const cases: Array<[unknown[], string, string]> = [
      [[{ kind: 'availability', target: 100.5 }], 'targets.0.target', 'Target: must be a percentage from 0 to 100'],
      [
        [{ kind: 'availability', target: 99.9, warning: 99.8 }],
        'targets.0.warning',
        'Warning: must be above the target (99.9): for a higher-is-better target the warning comes before the breach',
      ],
      [
        [
          { kind: 'availability', target: 99.9 },
          { kind: 'resolution', timeLimitMinutes: 240, target: 90 },
        ],
        'targets.1.priority',
        'Priority: is required for a resolution target (P1 to P4)',
      ],
      [
        [{ kind: 'response', priority: 'P2', target: 90 }],
        'targets.0.timeLimitMinutes',
        'Time limit minutes: is required for a response target (the time within which a ticket counts as on time)',
      ],
      [[{ kind: 'custom', label: 'Backups', target: 99 }], 'targets.0.unit', 'Unit: is required for a custom measure (e.g. %, /5, tickets)'],
      [
        [{ kind: 'workload', target: 400, warning: 450 }],
        'targets.0.warning',
        'Warning: must be below the target (400): for a lower-is-better limit the warning comes before the breach',
      ],
      [[{ kind: 'custom', label: 'CSAT', unit: '/5', target: 5.5 }], 'targets.0.target', 'Target: must be from 0 to 5'],
      [[{ kind: 'response', priority: 'P5', timeLimitMinutes: 10, target: 90 }], 'targets.0.priority', 'Priority: must be P1, P2, P3 or P4'],
    ];
    for (const [targets, field, message] of cases) {
      expect(await callError(app, 'slas.create', { ...base, targets }), field).toEqual({ code: 'invalid_input', field, message });
    }
    expect(
      await callError(app, 'slas.create', {
        ...base,
        targets: [
          { kind: 'availability', target: 99 },
          { kind: 'custom', label: 'availability', unit: '%', target: 1 },
        ],
      }),
    ).toMatchObject({
      field: 'targets.1.label',
    });
    expect(await callError(app, 'slas.create', { ...base, validFrom: '2026-05-01', validTo: '2026-04-30' })).toMatchObject({
      field: 'validTo',
      message: 'Valid to: must not be before the start of validity',
    });
    expect(await callError(app, 'slas.create', { ...base, status: 'agreed' })).toMatchObject({
      field: 'validFrom',
      message: 'Valid from: is required for an agreed SLA (the date it took effect)',
    });
    expect(await callError(app, 'slas.create', { ...base, serviceId: 99 })).toMatchObject({ code: 'not_found', field: 'serviceId' });
    expect(await callError(app, 'slas.create', { ...base, code: 'sla-001' })).toMatchObject({ code: 'conflict', field: 'code' });
    expect(await slaCount(app)).toBe(2);
  });

  it('updates only the fields given, overrides and restores service hours, and keeps the rules on the result', async () => {
    const { app, emailSla } = await portfolio();
    const changed = await call(app, 'slas.update', { id: emailSla.id, serviceHours: office, reviewDate: '2027-11-01' });
    expect(changed).toMatchObject({ name: 'Email — All staff', serviceHoursSource: 'sla', serviceHoursText: 'Mon-Fri 08:00-18:00', reviewOverdue: false });
    expect(changed.targets[0]!.cells.at(-1)!.availability).toMatchObject({ serviceMinutes: 22 * 600 }); // October 2026 has 22 weekdays
    const restored = await call(app, 'slas.update', { id: emailSla.id, serviceHours: null });
    expect(restored).toMatchObject({ serviceHoursSource: 'service', serviceHours: null, serviceHoursText: '24x7' });
    expect(await callError(app, 'slas.update', { id: emailSla.id, validTo: '2024-12-31' })).toMatchObject({ field: 'validTo' });
    expect(await callError(app, 'slas.update', { id: emailSla.id, validFrom: null })).toMatchObject({ field: 'validFrom' });
    const audit = await call(app, 'audit.list', { entity: 'sla', entityId: String(emailSla.id) });
    expect(audit.entries[0]).toMatchObject({ action: 'update', before: { serviceHours: office }, after: { serviceHours: null } });
  });

  it('lists with filters and the worst result of the last complete month', async () => {
    const { app, email, emailSla } = await portfolio();
    const ids = targetIds(emailSla);
    await call(app, 'measurements.save', {
      slaId: emailSla.id,
      cells: [
        { targetId: ids.Availability!, period: '2026-10', value: 99.92 },
        { targetId: ids['Tickets logged']!, period: '2026-10', value: 300 },
      ],
    });
    await call(app, 'slas.create', { serviceId: email.id, customer: 'Board', name: 'Email — Board (draft)' });
    const all = await call(app, 'slas.list', {});
    expect(all.map((s) => `${s.code}:${s.status}:${s.currentStatus}:${s.measuredTargets}`)).toEqual([
      'SLA-001:agreed:at-risk:2',
      'SLA-002:agreed:null:0',
      'SLA-003:draft:null:0',
    ]);
    expect((await call(app, 'slas.list', { status: ['draft'] })).map((s) => s.code)).toEqual(['SLA-003']);
    expect((await call(app, 'slas.list', { serviceId: email.id })).map((s) => s.code)).toEqual(['SLA-001', 'SLA-003']);
    expect((await call(app, 'slas.list', { customer: 'finance' })).map((s) => s.code)).toEqual(['SLA-002']);
    expect((await call(app, 'slas.list', { search: 'payroll' })).map((s) => s.code)).toEqual(['SLA-002']);
    expect((await call(app, 'slas.list', { search: 'SVC-001' })).map((s) => s.code)).toEqual(['SLA-001', 'SLA-003']);
  });

  it('refuses to delete an SLA with results, suggesting expiry; deletes an unused one', async () => {
    const { app, email, emailSla } = await portfolio();
    await call(app, 'measurements.save', { slaId: emailSla.id, cells: [{ targetId: emailSla.targets[0]!.target.id, period: '2026-10', value: 99.99 }] });
    expect(await callError(app, 'slas.delete', { id: emailSla.id })).toEqual({
      code: 'conflict',
      message: 'SLA-001 Email — All staff cannot be deleted: it has 1 recorded result. Mark it expired instead to keep its record.',
    });
    await call(app, 'slas.update', { id: emailSla.id, status: 'expired' });
    expect(await callError(app, 'slas.delete', { id: emailSla.id })).toMatchObject({ message: expect.stringContaining('It is already expired') });
    const spare = await call(app, 'slas.create', { serviceId: email.id, customer: 'HR', name: 'Spare', targets: [{ kind: 'availability', target: 99 }] });
    expect(await call(app, 'slas.delete', { id: spare.id })).toEqual({ deleted: { id: spare.id, code: 'SLA-003', name: 'Spare' } });
    expect(await callError(app, 'slas.get', { id: spare.id })).toMatchObject({ code: 'not_found' });
    const audit = await call(app, 'audit.list', { entity: 'sla', entityId: String(spare.id) });
    expect(audit.entries[0]).toMatchObject({
      action: 'delete',
      before: { code: 'SLA-003', targets: [expect.objectContaining({ kind: 'availability' })] },
      after: null,
    });
  });
});

describe('SLA targets', () => {
  it('replaces the list: kept targets keep their results, new ones are added, unmeasured ones removed', async () => {
    const { app, emailSla } = await portfolio();
    const ids = targetIds(emailSla);
    await call(app, 'measurements.save', { slaId: emailSla.id, cells: [{ targetId: ids.Availability!, period: '2026-09', value: 99.8 }] });
    const updated = await call(app, 'slas.setTargets', {
      slaId: emailSla.id,
      targets: [
        { kind: 'custom', label: 'CSAT', unit: '/5', target: 4.2, warning: 4.4 },
        { id: ids.Availability!, kind: 'availability', target: 99.5 },
      ],
    });
    expect(updated.targets.map((t) => `${t.target.label}:${t.target.sortOrder}`)).toEqual(['CSAT:0', 'Availability:1']);
    const availability = updated.targets[1]!;
    expect(availability.target.id).toBe(ids.Availability);
    expect(availability.cells.find((c) => c.period === '2026-09')).toMatchObject({ value: 99.8, status: 'met' }); // now against 99.5
    const audit = await call(app, 'audit.list', { entity: 'sla', entityId: String(emailSla.id) });
    expect(audit.entries[0]).toMatchObject({
      action: 'update',
      before: { targets: expect.arrayContaining([expect.objectContaining({ label: 'Tickets logged' })]) },
    });
  });

  it('refuses removing a measured target unless confirmed, and then removes its results too', async () => {
    const { app, emailSla } = await portfolio();
    const ids = targetIds(emailSla);
    await call(app, 'measurements.save', { slaId: emailSla.id, cells: [{ targetId: ids['Tickets logged']!, period: '2026-09', value: 380 }] });
    const keep = [{ id: ids.Availability!, kind: 'availability' as const, target: 99.9 }];
    expect(await callError(app, 'slas.setTargets', { slaId: emailSla.id, targets: keep })).toEqual({
      code: 'conflict',
      field: 'targets',
      message: 'Targets: removing "Tickets logged" (1 recorded month) would delete its results. Keep it, or confirm removing the results too.',
    });
    expect((await call(app, 'slas.get', { id: emailSla.id })).targets).toHaveLength(3);
    const done = await call(app, 'slas.setTargets', { slaId: emailSla.id, targets: keep, removeMeasuredTargets: true });
    expect(done.targets.map((t) => t.target.label)).toEqual(['Availability']);
  });

  it('refuses a measured target changing kind or unit so that its results no longer fit, and ids of another SLA', async () => {
    const { app, emailSla, payrollSla } = await portfolio();
    const ids = targetIds(emailSla);
    await call(app, 'measurements.save', { slaId: emailSla.id, cells: [{ targetId: ids['Tickets logged']!, period: '2026-09', value: 380 }] });
    const others = emailSla.targets
      .filter((t) => t.target.label !== 'Tickets logged')
      .map((t) => ({
        id: t.target.id,
        kind: t.target.kind,
        priority: t.target.priority,
        timeLimitMinutes: t.target.timeLimitMinutes,
        target: t.target.target,
      }));
    expect(
      await callError(app, 'slas.setTargets', {
        slaId: emailSla.id,
        targets: [...others, { id: ids['Tickets logged']!, kind: 'custom', label: 'Tickets logged', unit: '%', target: 50 }],
      }),
    ).toMatchObject({
      code: 'conflict',
      field: 'targets.2.kind',
    });
    expect(
      await callError(app, 'slas.setTargets', {
        slaId: emailSla.id,
        targets: [...others.slice(0, 1), { id: ids['Tickets logged']!, kind: 'workload', label: 'Tickets logged', unit: '/5', target: 4 }],
      }),
    ).toEqual({
      code: 'conflict',
      field: 'targets.1.unit',
      message: 'Unit: the result recorded for 2026-09 no longer fits "Tickets logged": 380 is not from 0 to 5.',
    });
    expect(
      await callError(app, 'slas.setTargets', { slaId: emailSla.id, targets: [{ id: payrollSla.targets[0]!.target.id, kind: 'availability', target: 99 }] }),
    ).toMatchObject({
      code: 'not_found',
      field: 'targets.0.id',
    });
  });
});

describe('measurements', () => {
  it('saves many cells in one go, clears with null and reports what changed', async () => {
    const { app, emailSla } = await portfolio();
    const ids = targetIds(emailSla);
    const first = await call(app, 'measurements.save', {
      slaId: emailSla.id,
      cells: [
        { targetId: ids.Availability!, period: '2026-08', value: 99.97 },
        { targetId: ids.Availability!, period: '2026-09', value: 99.93, notes: 'Restart, 30 min' },
        { targetId: ids.Availability!, period: '2026-10', value: 99.8 },
        { targetId: ids['P1 responded to within 15 min']!, period: '2026-10', value: 95, workload: 20 },
      ],
    });
    expect(first).toMatchObject({ created: 4, updated: 0, deleted: 0, unchanged: 0 });
    expect(first.cells.map((c) => c.status)).toEqual(['met', 'at-risk', 'breached', 'at-risk']);
    const second = await call(app, 'measurements.save', {
      slaId: emailSla.id,
      cells: [
        { targetId: ids.Availability!, period: '2026-08', value: null },
        { targetId: ids.Availability!, period: '2026-09', value: 99.93 },
        { targetId: ids.Availability!, period: '2026-10', value: 99.85 },
        { targetId: ids.Availability!, period: '2026-07', value: null },
      ],
    });
    expect(second).toMatchObject({ created: 0, updated: 1, deleted: 1, unchanged: 2 });
    const grid = await call(app, 'measurements.grid', { slaId: emailSla.id, from: '2026-08', to: '2026-10' });
    expect(grid.periods).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(grid.rows[0]!.cells.map((c) => c.value)).toEqual([null, 99.93, 99.85]);
    expect(grid.rows[0]!.cells[1]).toMatchObject({ notes: 'Restart, 30 min', source: 'entered' }); // notes kept when left out
    expect(grid.rows[1]!.cells[2]).toMatchObject({ value: 95, workload: 20 });
    const audit = await call(app, 'audit.list', { entity: 'measurement' });
    expect(audit.entries.map((e) => `${e.action}:${e.entityId}`)).toContain(`delete:${ids.Availability}/2026-08`);
    expect(audit.entries[0]).toMatchObject({ action: 'update', before: { value: 99.8, period: '2026-10', sla: 'SLA-001' }, after: { value: 99.85 } });
  });

  it('shows allowed downtime and the error budget for availability, in the SLA’s hours and validity', async () => {
    const { app, emailSla, payrollSla } = await portfolio();
    await call(app, 'measurements.save', { slaId: emailSla.id, cells: [{ targetId: emailSla.targets[0]!.target.id, period: '2026-09', value: 99.95 }] });
    const grid = await call(app, 'measurements.grid', { slaId: emailSla.id, from: '2026-09', to: '2026-10' });
    expect(grid.rows[0]!.cells[0]!.availability).toEqual({
      serviceMinutes: 43_200,
      allowedDowntimeMinutes: 43.2,
      budget: { allowedMinutes: 43.2, usedMinutes: 21.6, leftMinutes: 21.6, percentUsed: 50 },
    });
    expect(grid.rows[0]!.cells[1]!.availability).toEqual({ serviceMinutes: 44_640, allowedDowntimeMinutes: 44.64, budget: null });
    expect(grid.rows[1]!.cells[0]!.availability).toBeNull(); // not an availability target
    // Payroll: office hours, valid from January 2026, so December 2025 has no service time.
    const payroll = await call(app, 'measurements.grid', { slaId: payrollSla.id, from: '2025-12', to: '2026-01' });
    expect(payroll.rows[0]!.cells.map((c) => c.availability?.serviceMinutes ?? null)).toEqual([null, 22 * 600]);
    expect(payroll.rows[0]!.cells[1]!.availability!.allowedDowntimeMinutes).toBe(66);
  });

  it('reports the first bad cell at its path with how many others are bad, and writes nothing', async () => {
    const { app, emailSla, payrollSla } = await portfolio();
    const ids = targetIds(emailSla);
    const cells = [
      { targetId: ids.Availability!, period: '2026-06', value: 99.9 },
      { targetId: ids.Availability!, period: '2026-07', value: 99.9 },
      { targetId: ids.Availability!, period: '2026-08', value: 99.9 },
      { targetId: ids.Availability!, period: '2026-09', value: 104 },
      { targetId: ids['Tickets logged']!, period: '2026-09', value: 10, workload: -1 },
    ];
    expect(await callError(app, 'measurements.save', { slaId: emailSla.id, cells })).toEqual({
      code: 'invalid_input',
      field: 'cells.3.value',
      message: 'Value: 104 is not a percentage from 0 to 100 (Availability, 2026-09). 1 more cell has a problem; nothing was saved.',
    });
    const single = async (cell: Record<string, unknown>) => callError(app, 'measurements.save', { slaId: emailSla.id, cells: [cell] });
    expect(await single({ targetId: ids.Availability!, period: '2026-12', value: 99 })).toMatchObject({
      field: 'cells.0.period',
      message: 'Period: is in the future (Availability, 2026-12). Nothing was saved.',
    });
    expect(await single({ targetId: ids.Availability!, period: '2026-13', value: 99 })).toMatchObject({
      field: 'cells.0.period',
      message: 'Period: must be a month like 2026-03',
    });
    expect(await single({ targetId: payrollSla.targets[0]!.target.id, period: '2026-09', value: 99 })).toMatchObject({
      field: 'cells.0.targetId',
      message: expect.stringContaining('in SLA SLA-001'),
    });
    expect(await single({ targetId: ids.Availability!, period: '2026-09', value: 'high' })).toMatchObject({ field: 'cells.0.value' });
    expect(
      await callError(app, 'measurements.save', {
        slaId: emailSla.id,
        cells: [
          { targetId: ids.Availability!, period: '2026-09', value: 99 },
          { targetId: ids.Availability!, period: '2026-09', value: 98 },
        ],
      }),
    ).toMatchObject({ field: 'cells.1.period', message: expect.stringContaining('the same cell is also cell 1') });
    expect(await callError(app, 'measurements.save', { cells: [{ targetId: ids.Availability!, period: '2026-09', value: 99 }] })).toMatchObject({
      field: 'slaId',
    });
    const grid = await call(app, 'measurements.grid', { slaId: emailSla.id, from: '2026-01', to: '2026-10' });
    expect(grid.rows.flatMap((row) => row.cells).filter((cell) => cell.value !== null)).toEqual([]);
    expect((await call(app, 'audit.list', { entity: 'measurement' })).entries).toEqual([]);
  });

  it('validates the grid range', async () => {
    const { app, emailSla } = await portfolio();
    expect(await callError(app, 'measurements.grid', { slaId: emailSla.id, from: '2026-10', to: '2026-01' })).toMatchObject({ field: 'to' });
    expect(await callError(app, 'measurements.grid', { slaId: emailSla.id, from: '2020-01', to: '2026-01' })).toMatchObject({
      field: 'to',
      message: 'To: may span at most 60 months',
    });
    expect(await callError(app, 'measurements.grid', { slaId: 99, from: '2026-01', to: '2026-02' })).toMatchObject({ code: 'not_found', field: 'slaId' });
  });

  it('reports a breach run that began before the months shown', async () => {
    const { app, emailSla } = await portfolio();
    const id = emailSla.targets[0]!.target.id;
    await call(app, 'measurements.save', {
      slaId: emailSla.id,
      cells: ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10'].map((period, index) => ({ targetId: id, period, value: index === 0 ? 99.99 : 99.5 })),
    });
    const grid = await call(app, 'measurements.grid', { slaId: emailSla.id, from: '2026-09', to: '2026-10' });
    expect(grid.rows[0]!.breach).toEqual({ since: '2026-07', latest: '2026-10', months: 4 });
    expect(grid.rows[0]!.counts).toEqual({ met: 0, atRisk: 0, breached: 2 });
  });
});

describe('contract targets', () => {
  it('carry targets and results the same way as SLAs', async () => {
    const { app, email } = await portfolio();
    const supplier = await call(app, 'suppliers.create', { name: 'Mailco' });
    const contract = await call(app, 'contracts.create', {
      kind: 'underpinning',
      title: 'Mail hosting',
      supplierId: supplier.id,
      startDate: '2025-01-01',
      serviceIds: [email.id],
    });
    const grid = await call(app, 'contracts.setTargets', {
      contractId: contract.id,
      targets: [
        { kind: 'availability', target: 99.95 },
        { kind: 'resolution', priority: 'P1', timeLimitMinutes: 240, target: 95 },
      ],
    });
    expect(grid.owner).toEqual({ kind: 'contract', id: contract.id, code: null, title: 'Mail hosting' });
    expect(grid.periods).toHaveLength(12);
    const [availability] = grid.rows;
    await call(app, 'measurements.save', { contractId: contract.id, cells: [{ targetId: availability!.target.id, period: '2026-10', value: 99.9 }] });
    const after = await call(app, 'measurements.grid', { contractId: contract.id, from: '2026-10', to: '2026-10' });
    expect(after.rows[0]!.cells[0]).toMatchObject({ value: 99.9, status: 'breached', availability: { serviceMinutes: 44_640, allowedDowntimeMinutes: 22.32 } });
    expect(
      await callError(app, 'measurements.save', { contractId: contract.id, slaId: 1, cells: [{ targetId: 1, period: '2026-10', value: 1 }] }),
    ).toMatchObject({ field: 'slaId' });
    // A contract with results cannot be deleted out from under them.
    expect(await callError(app, 'contracts.delete', { id: contract.id })).toEqual({
      code: 'conflict',
      message: 'This record is still used by other records, so the change was not made.',
    });
  });
});

describe('portfolio and breaches', () => {
  async function measured() {
    const made = await portfolio();
    const { app, emailSla, payrollSla } = made;
    const ids = targetIds(emailSla);
    const cells = (targetId: number, values: Record<string, number>) => Object.entries(values).map(([period, value]) => ({ targetId, period, value }));
    await call(app, 'measurements.save', {
      slaId: emailSla.id,
      cells: [
        ...cells(ids.Availability!, { '2026-07': 99.99, '2026-08': 99.8, '2026-09': 99.85, '2026-10': 99.7 }),
        ...cells(ids['Tickets logged']!, { '2026-07': 380, '2026-08': 300, '2026-09': 200, '2026-10': 250 }),
      ],
    });
    await call(app, 'measurements.save', {
      slaId: payrollSla.id,
      cells: cells(payrollSla.targets[0]!.target.id, { '2026-08': 99.4, '2026-09': 99.9, '2026-10': 99.6 }),
    });
    return made;
  }

  it('gives services × months with the worst result per cell and totals per month', async () => {
    const { app, email } = await measured();
    await call(app, 'slas.create', { serviceId: email.id, customer: 'Board', name: 'Draft', targets: [{ kind: 'availability', target: 99 }] });
    const strip = await call(app, 'slas.portfolio', { from: '2026-06', to: '2026-10' });
    expect(strip.periods).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    expect(strip.rows).toEqual([
      { serviceId: 1, serviceCode: 'SVC-001', serviceName: 'Email', slaCount: 1, slaId: 1, cells: [null, 'at-risk', 'breached', 'breached', 'breached'] },
      { serviceId: 2, serviceCode: 'SVC-002', serviceName: 'Payroll', slaCount: 1, slaId: 2, cells: [null, null, 'breached', 'met', 'met'] },
    ]);
    // Agreed SLAs' customers only: the draft's "Board" shows when drafts are asked for.
    expect(strip.customers).toEqual(['All staff', 'Finance']);
    expect(strip.totals[2]).toEqual({ period: '2026-08', met: 0, atRisk: 0, breached: 2 });
    expect((await call(app, 'slas.portfolio', { from: '2026-06', to: '2026-10', search: 'pay' })).rows.map((r) => r.serviceCode)).toEqual(['SVC-002']);
    expect((await call(app, 'slas.portfolio', { from: '2026-06', to: '2026-10', customer: 'board', slaStatus: ['draft'] })).rows).toEqual([
      expect.objectContaining({ serviceCode: 'SVC-001', cells: [null, null, null, null, null] }),
    ]);
    expect((await call(app, 'slas.portfolio', { from: '2026-06', to: '2026-10', serviceIds: [2] })).rows.map((r) => r.serviceCode)).toEqual(['SVC-002']);
    // A service with two matching SLAs has no single SLA to open.
    const both = await call(app, 'slas.portfolio', { from: '2026-06', to: '2026-10', slaStatus: ['agreed', 'draft'] });
    expect(both.rows[0]).toMatchObject({ serviceCode: 'SVC-001', slaCount: 2, slaId: null });
    expect(both.customers).toEqual(['All staff', 'Board', 'Finance']);
  });

  it('lists current breaches with the value against the target and since when', async () => {
    const { app } = await measured();
    const breaches = await call(app, 'slas.breaches', {});
    expect(breaches.map((b) => `${b.slaCode}:${b.targetLabel}:${b.period}:${b.value}<${b.target}:since ${b.since}:${b.months}`)).toEqual([
      'SLA-001:Availability:2026-10:99.7<99.9:since 2026-08:3',
    ]);
    expect(breaches[0]).toMatchObject({ serviceCode: 'SVC-001', customer: 'All staff', kind: 'availability', direction: 'higher', contractId: null });
    // As of September, payroll's August breach had already recovered; in August both were breached.
    expect((await call(app, 'slas.breaches', { asOf: '2026-08' })).map((b) => `${b.slaCode}:${b.since}`)).toEqual(['SLA-001:2026-08', 'SLA-002:2026-08']);
    expect(await call(app, 'slas.breaches', { asOf: '2026-10', serviceId: 2 })).toEqual([]);
  });

  it('puts SLA figures for the last complete month on the dashboard', async () => {
    const { app } = await measured();
    const summary = await call(app, 'dashboard.summary', {});
    expect(summary.slas).toEqual({ period: '2026-10', agreed: 2, met: 1, atRisk: 0, breached: 1, notMeasured: 0, breachedTargets: 1 });
  });
});
