import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppController } from '../app/app-controller';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const count = (app: AppController, table: string) => app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const office = {
  mode: 'weekly' as const,
  windows: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, from: '08:00', to: '18:00' })),
};

/** Email is 24×7; Payroll's SLA counts Mon–Fri 08:00–18:00 and started on 10 February 2026; Printing has no SLA. */
async function workspace() {
  const { app } = await makeAppWithWorkspace();
  const email = await call(app, 'services.create', { name: 'Email', lifecycle: 'live' });
  const payroll = await call(app, 'services.create', { name: 'Payroll', lifecycle: 'live' });
  await call(app, 'services.create', { name: 'Printing', lifecycle: 'live' });
  const emailSla = await call(app, 'slas.create', {
    serviceId: email.id,
    customer: 'All staff',
    name: 'Email',
    status: 'agreed',
    validFrom: '2025-01-01',
    targets: [
      { kind: 'availability', target: 99.9, warning: 99.95 },
      { kind: 'workload', target: 400 },
    ],
  });
  const payrollSla = await call(app, 'slas.create', {
    serviceId: payroll.id,
    customer: 'Finance',
    name: 'Payroll',
    status: 'agreed',
    validFrom: '2026-02-10',
    serviceHours: office,
    targets: [{ kind: 'availability', target: 99.5 }],
  });
  // A draft SLA is not reported against.
  await call(app, 'slas.create', { serviceId: email.id, customer: 'Board', name: 'Email draft', targets: [{ kind: 'availability', target: 99.99 }] });
  return { app, email, emailSla, payrollSla };
}

const log = [
  'Service,Start,End,Description',
  'SVC-001,2026-01-31 23:00,2026-02-01 02:00,INC-1 storage',
  'Email,2026-02-10 10:00,2026-02-10 11:00,INC-2',
  'SVC-001,2026-02-10 10:30,2026-02-10 12:00,INC-2 follow-up',
  'SVC-002,2026-02-14 10:00,2026-02-14 14:00,Saturday patching',
  'SVC-002,2026-02-09 09:00,2026-02-11 09:00,Spans the SLA start',
].join('\n');

describe('outages import', () => {
  it('previews the availability per SLA and month within service hours and validity, writing nothing', async () => {
    const { app } = await workspace();
    const preview = await call(app, 'outages.importPreview', { fileName: 'outages.csv', contentBase64: b64(log) });
    expect(preview.mapping).toEqual({ service: 'Service', start: 'Start', end: 'End', notes: 'Description' });
    expect(preview).toMatchObject({ rowCount: 5, validCount: 5, duplicates: 0, errors: [], warnings: [] });
    expect(preview.sample[0]).toEqual({
      row: 2,
      serviceCode: 'SVC-001',
      start: '2026-01-31T23:00',
      end: '2026-02-01T02:00',
      minutes: 180,
      notes: 'INC-1 storage',
    });
    const summary = preview.results.map((r) => `${r.slaCode} ${r.period}: ${r.downtimeMinutes}/${r.serviceMinutes} ${r.status} (${r.outageCount})`);
    expect(summary).toEqual([
      'SLA-001 2026-01: 60/44640 breached (1)', // 23:00–24:00 on 31 January
      'SLA-001 2026-02: 240/40320 breached (3)', // 2 h after midnight + 10:00–12:00 merged from two overlapping outages
      // Payroll from 10 February, office hours: Saturday patching counts nothing; the long outage only
      // from the SLA start, Tue 10 Feb 08:00–18:00 and Wed 11 Feb 08:00–09:00.
      'SLA-002 2026-02: 660/8400 breached (2)',
    ]);
    expect(preview.results[0]!.value).toBeCloseTo(((44_640 - 60) / 44_640) * 100, 10);
    expect(preview.results[2]!.serviceMinutes).toBe(14 * 600);
    expect(count(app, 'outages')).toBe(0);
    expect(count(app, 'sla_measurements')).toBe(0);
  });

  it('keeps the outages, records the computed availability with a note, and skips them when imported again', async () => {
    const { app, emailSla } = await workspace();
    const result = await call(app, 'outages.import', { fileName: 'outages.csv', contentBase64: b64(log) });
    expect(result).toMatchObject({ outagesAdded: 5, duplicates: 0, skipped: 0, measurementsCreated: 3, measurementsUpdated: 0, warnings: [] });
    const grid = await call(app, 'measurements.grid', { slaId: emailSla.id, from: '2026-01', to: '2026-02' });
    expect(grid.rows[0]!.cells[0]).toMatchObject({
      source: 'outages',
      status: 'breached',
      notes: 'Computed from 1 outage: 60 min down in 44640 min of service hours.',
      availability: { budget: { allowedMinutes: 44.64, usedMinutes: 60, leftMinutes: -15.36, percentUsed: 134.408602 } },
    });
    expect(grid.rows[1]!.cells.every((cell) => cell.value === null)).toBe(true); // the workload target is not touched
    expect(await call(app, 'outages.list', { serviceId: emailSla.serviceId, from: '2026-02', to: '2026-02' })).toHaveLength(3);
    expect(count(app, "audit_log WHERE entity = 'outage'")).toBe(5);
    const again = await call(app, 'outages.import', { fileName: 'outages.csv', contentBase64: b64(log) });
    expect(again).toMatchObject({ outagesAdded: 0, duplicates: 5, measurementsCreated: 0, measurementsUpdated: 0, results: [] });
    expect(count(app, 'outages')).toBe(5);
  });

  it('recomputes the months an outage touched when a new one is imported or one is deleted', async () => {
    const { app, emailSla } = await workspace();
    await call(app, 'outages.import', { fileName: 'outages.csv', contentBase64: b64(log) });
    const more = 'Service,Start,End\nSVC-001,2026-02-20 00:00,2026-02-20 00:30\n';
    const added = await call(app, 'outages.import', { fileName: 'more.csv', contentBase64: b64(more) });
    expect(added.results).toEqual([
      expect.objectContaining({
        slaCode: 'SLA-001',
        period: '2026-02',
        downtimeMinutes: 270,
        outageCount: 4,
        previous: expect.closeTo(((40_320 - 240) / 40_320) * 100, 10),
      }),
    ]);
    expect(added.measurementsUpdated).toBe(1);
    const [first] = await call(app, 'outages.list', { serviceId: emailSla.serviceId });
    const deleted = await call(app, 'outages.delete', { id: first!.id });
    expect(deleted.deleted).toMatchObject({ start: '2026-01-31T23:00', end: '2026-02-01T02:00', minutes: 180 });
    expect(deleted.results.map((r) => `${r.period}:${r.downtimeMinutes}:${r.value}`)).toEqual([
      '2026-01:0:100',
      `2026-02:150:${((40_320 - 150) * 100) / 40_320}`,
    ]);
    const grid = await call(app, 'measurements.grid', { slaId: emailSla.id, from: '2026-01', to: '2026-01' });
    expect(grid.rows[0]!.cells[0]).toMatchObject({ value: 100, status: 'met' });
    expect(await callError(app, 'outages.delete', { id: 999 })).toMatchObject({ code: 'not_found' });
  });

  it('reports bad rows (end before start, unknown service, zones, future) and writes nothing by default', async () => {
    const { app } = await workspace();
    const csv = [
      'Service,Start,End',
      'SVC-001,2026-03-01 10:00,2026-03-01 09:00',
      'SVC-999,2026-03-01 10:00,2026-03-01 11:00',
      'SVC-001,2026-03-01T10:00:00Z,2026-03-01 11:00',
      'SVC-001,2026-11-24 10:00,2026-11-25 01:00',
      'SVC-001,yesterday,2026-03-01 11:00',
      ',2026-03-01 10:00,2026-03-01 11:00',
      'SVC-001,2025-01-01 10:00,2026-03-01 11:00',
      'SVC-001,2026-03-02 10:00,2026-03-02 10:45',
    ].join('\n');
    const preview = await call(app, 'outages.importPreview', { fileName: 'bad.csv', contentBase64: b64(csv) });
    expect(preview.errors).toEqual([
      { row: 2, column: 'End', field: 'end', message: 'must be after the start (2026-03-01T10:00)' },
      { row: 3, column: 'Service', field: 'service', message: '"SVC-999" is not a service in this workspace' },
      {
        row: 4,
        column: 'Start',
        field: 'start',
        message: '"2026-03-01T10:00:00Z" has a time zone; write the local wall-clock time the service hours use, e.g. 2026-01-31 23:00',
      },
      { row: 5, column: 'End', field: 'end', message: '2026-11-25T01:00 is in the future' },
      { row: 6, column: 'Start', field: 'start', message: '"yesterday" is not a date and time like 2026-01-31 23:00' },
      { row: 7, column: 'Service', field: 'service', message: 'is empty; give the service code, e.g. SVC-001' },
      { row: 8, column: 'End', field: 'end', message: 'makes the outage longer than a year; check the dates' },
    ]);
    expect(preview.results.map((r) => `${r.slaCode} ${r.period}: ${r.downtimeMinutes}`)).toEqual(['SLA-001 2026-03: 45']);
    expect(await callError(app, 'outages.import', { fileName: 'bad.csv', contentBase64: b64(csv) })).toMatchObject({
      field: 'file',
      message: '7 rows have problems, so nothing was imported. First: row 2, End: must be after the start (2026-03-01T10:00).',
    });
    expect(count(app, 'outages')).toBe(0);
    expect(count(app, 'sla_measurements')).toBe(0);
    const partial = await call(app, 'outages.import', { fileName: 'bad.csv', contentBase64: b64(csv), mode: 'valid-rows' });
    expect(partial).toMatchObject({ outagesAdded: 1, skipped: 7, measurementsCreated: 1 });
  });

  it('keeps outages of a service without an agreed availability target, with a warning', async () => {
    const { app } = await workspace();
    const csv = 'Service,Start,End\nPrinting,2026-03-02 10:00,2026-03-02 11:00\n';
    const result = await call(app, 'outages.import', { fileName: 'print.csv', contentBase64: b64(csv) });
    expect(result).toMatchObject({
      outagesAdded: 1,
      measurementsCreated: 0,
      warnings: ['SVC-003 Printing has no agreed SLA with an availability target: its outages are kept, but no availability is computed.'],
    });
  });

  it('reads .xlsx date-time cells as wall-clock times', async () => {
    const { app } = await workspace();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Outages');
    sheet.addRow(['Service', 'Start', 'End']);
    sheet.addRow(['SVC-001', new Date(Date.UTC(2026, 0, 31, 23, 0)), new Date(Date.UTC(2026, 1, 1, 2, 0))]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await call(app, 'outages.importPreview', { fileName: 'outages.xlsx', contentBase64: content });
    expect(preview.sample[0]).toMatchObject({ start: '2026-01-31T23:00', end: '2026-02-01T02:00', minutes: 180 });
  });
});
