import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppController } from '../app/app-controller';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const count = (app: AppController, table: string) => app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

async function workspace() {
  const { app } = await makeAppWithWorkspace();
  const desk = await call(app, 'services.create', { name: 'Service Desk', lifecycle: 'live' });
  const sla = await call(app, 'slas.create', {
    serviceId: desk.id,
    customer: 'All staff',
    name: 'Service Desk — All staff',
    status: 'agreed',
    validFrom: '2025-01-01',
    targets: [
      { kind: 'availability', target: 99.9, warning: 99.95 },
      { kind: 'response', priority: 'P1', timeLimitMinutes: 15, target: 95 },
      { kind: 'resolution', priority: 'P3', timeLimitMinutes: 1440, target: 85 },
      { kind: 'resolution', priority: 'P4', timeLimitMinutes: 4800, target: 80 },
      { kind: 'custom', label: 'CSAT', unit: '/5', target: 4.2, warning: 4.4 },
    ],
  });
  return { app, sla };
}

const goodCsv = [
  'SLA Code,Measure,Month,Actual,Tickets,Comments',
  'SLA-001,Availability,2026-09,"99,97",,',
  'sla-001,response P1,Sep 2026,94.5,20,2 of 20 late',
  'SLA-001,P3 resolution,30/09/2026,88.1,1150,',
  'SLA-001,csat,2026-09-15,4.3,260,',
].join('\n');

describe('measurements import', () => {
  it('previews with auto-mapped columns, targets by label or kind, months and numbers as spreadsheets write them; writes nothing', async () => {
    const { app } = await workspace();
    const preview = await call(app, 'measurements.importPreview', { fileName: 'september.csv', contentBase64: b64(goodCsv) });
    expect(preview.mapping).toEqual({
      sla: 'SLA Code',
      target: 'Measure',
      period: 'Month',
      value: 'Actual',
      workload: 'Tickets',
      notes: 'Comments',
      within: null,
      total: null,
    });
    expect(preview.errors).toEqual([]);
    expect(preview).toMatchObject({ rowCount: 4, validCount: 4, replaceCount: 0, mappingProblems: [] });
    expect(preview.sample.map((s) => `${s.slaCode}|${s.targetLabel}|${s.period}|${s.value}|${s.workload}|${s.status}`)).toEqual([
      'SLA-001|Availability|2026-09|99.97|null|met',
      'SLA-001|P1 responded to within 15 min|2026-09|94.5|20|breached',
      'SLA-001|P3 resolved within 24 h|2026-09|88.1|1150|met',
      'SLA-001|CSAT|2026-09|4.3|260|at-risk',
    ]);
    expect(count(app, 'sla_measurements')).toBe(0);
  });

  it('records every row in one go, marks them imported, replaces earlier values and audits each', async () => {
    const { app, sla } = await workspace();
    await call(app, 'measurements.save', {
      slaId: sla.id,
      cells: [{ targetId: sla.targets[0]!.target.id, period: '2026-09', value: 99.5, notes: 'typed in' }],
    });
    const preview = await call(app, 'measurements.importPreview', { fileName: 'september.csv', contentBase64: b64(goodCsv) });
    expect(preview.replaceCount).toBe(1);
    expect(preview.sample[0]!.replaces).toBe(99.5);
    const result = await call(app, 'measurements.import', { fileName: 'september.csv', contentBase64: b64(goodCsv) });
    expect(result).toEqual({ created: 3, updated: 1, unchanged: 0, skipped: 0, errors: [] });
    const grid = await call(app, 'measurements.grid', { slaId: sla.id, from: '2026-09', to: '2026-09' });
    expect(grid.rows.map((row) => row.cells[0]!.value)).toEqual([99.97, 94.5, 88.1, null, 4.3]);
    expect(grid.rows[0]!.cells[0]).toMatchObject({ source: 'imported', notes: 'typed in' });
    expect(grid.rows[1]!.cells[0]).toMatchObject({ workload: 20, notes: '2 of 20 late' });
    expect((await call(app, 'audit.list', { entity: 'measurement' })).entries).toHaveLength(5);
    const again = await call(app, 'measurements.import', { fileName: 'september.csv', contentBase64: b64(goodCsv) });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
  });

  it('reports every bad row by number, column and problem, and imports nothing by default', async () => {
    const { app } = await workspace();
    const csv = [
      'SLA,Target,Period,Value,Workload',
      'SLA-999,Availability,2026-09,99.9,',
      'SLA-001,Uptime,2026-09,99.9,',
      'SLA-001,resolution,2026-09,90,',
      'SLA-001,Availability,Smarch 2026,99.9,',
      'SLA-001,Availability,2026-12,99.9,',
      'SLA-001,Availability,2026-08,104,',
      'SLA-001,CSAT,2026-08,good,',
      'SLA-001,response P1,2026-08,96,-4',
      'SLA-001,Availability,2026-07,99.99,',
      'SLA-001,availability,Jul 2026,99.98,',
      'SLA-001,CSAT,2026-07,4.5,',
    ].join('\n');
    const preview = await call(app, 'measurements.importPreview', { fileName: 'bad.csv', contentBase64: b64(csv) });
    expect(preview.errors).toEqual([
      { row: 2, column: 'SLA', field: 'sla', message: '"SLA-999" is neither an SLA code nor the title of one contract or OLA in this workspace' },
      {
        row: 3,
        column: 'Target',
        field: 'target',
        message:
          '"Uptime" is not a target of SLA-001; its targets are "Availability", "P1 responded to within 15 min", "P3 resolved within 24 h", "P4 resolved within 80 h", "CSAT"',
      },
      {
        row: 4,
        column: 'Target',
        field: 'target',
        message: '"resolution" fits 2 targets of SLA-001 ("P3 resolved within 24 h", "P4 resolved within 80 h"); use the label',
      },
      { row: 5, column: 'Period', field: 'period', message: '"Smarch 2026" is not a month (use 2026-03, Mar 2026 or a date in the month)' },
      { row: 6, column: 'Period', field: 'period', message: '2026-12 is in the future' },
      { row: 7, column: 'Value', field: 'value', message: '104 is not a percentage from 0 to 100 (target "Availability")' },
      { row: 8, column: 'Value', field: 'value', message: '"good" is not a number' },
      { row: 9, column: 'Workload', field: 'workload', message: 'cannot be negative' },
      { row: 11, column: 'Period', field: 'period', message: 'SLA-001 "Availability" 2026-07 is also on row 10' },
    ]);
    expect(preview.validCount).toBe(2);
    expect(await callError(app, 'measurements.import', { fileName: 'bad.csv', contentBase64: b64(csv) })).toEqual({
      code: 'invalid_input',
      field: 'file',
      message:
        '9 rows have problems, so nothing was imported. First: row 2, SLA: "SLA-999" is neither an SLA code nor the title of one contract or OLA in this workspace.',
    });
    expect(count(app, 'sla_measurements')).toBe(0);
    expect(count(app, "audit_log WHERE entity = 'measurement'")).toBe(0);
    const partial = await call(app, 'measurements.import', { fileName: 'bad.csv', contentBase64: b64(csv), mode: 'valid-rows' });
    expect(partial).toMatchObject({ created: 2, skipped: 9 });
    expect(count(app, 'sla_measurements')).toBe(2);
  });

  it('asks for a mapping when a required column is missing, and accepts the user’s mapping', async () => {
    const { app } = await workspace();
    const csv = 'Agreement,KPI,When,Figure\nSLA-001,Availability,2026-09,99.99\n';
    const preview = await call(app, 'measurements.importPreview', { fileName: 'odd.csv', contentBase64: b64(csv) });
    expect(preview.mappingProblems).toEqual([
      'Choose the column for Period: it is required.',
      'Choose the column for Value, or the columns for Within time and Total tickets.',
    ]);
    expect(await callError(app, 'measurements.import', { fileName: 'odd.csv', contentBase64: b64(csv) })).toMatchObject({ field: 'mapping' });
    const mapping = { ...preview.mapping, period: 'When', value: 'Figure' };
    expect(await call(app, 'measurements.import', { fileName: 'odd.csv', contentBase64: b64(csv), mapping })).toMatchObject({ created: 1 });
  });

  it('reads .xlsx files with numbers and real date cells', async () => {
    const { app, sla } = await workspace();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Results');
    sheet.addRow(['SLA', 'Target', 'Period', 'Value']);
    sheet.addRow(['SLA-001', 'Availability', new Date(Date.UTC(2026, 7, 1)), 99.991]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    expect(await call(app, 'measurements.import', { fileName: 'results.xlsx', contentBase64: content })).toMatchObject({ created: 1 });
    const grid = await call(app, 'measurements.grid', { slaId: sla.id, from: '2026-08', to: '2026-08' });
    expect(grid.rows[0]!.cells[0]!.value).toBe(99.991);
  });

  it('computes response and resolution results from ticket counts, with the total as workload', async () => {
    const { app, sla } = await workspace();
    const csv = [
      'SLA,Target,Month,Tickets within time,Total tickets,Value',
      'SLA-001,response P1,2026-09,19,20,',
      'SLA-001,P3 resolution,2026-09,1001,1150,87.0435',
      'SLA-001,Availability,2026-09,,,99.95',
    ].join('\n');
    const preview = await call(app, 'measurements.importPreview', { fileName: 'tickets.csv', contentBase64: b64(csv) });
    expect(preview.mapping).toMatchObject({ within: 'Tickets within time', total: 'Total tickets', value: 'Value' });
    expect(preview.errors).toEqual([]);
    expect(preview.sample.map((s) => `${s.targetLabel}|${s.value}|${s.workload}|${s.status}`)).toEqual([
      'P1 responded to within 15 min|95|20|met',
      'P3 resolved within 24 h|87.0435|1150|met',
      'Availability|99.95|null|met',
    ]);
    expect(await call(app, 'measurements.import', { fileName: 'tickets.csv', contentBase64: b64(csv) })).toMatchObject({ created: 3 });
    const grid = await call(app, 'measurements.grid', { slaId: sla.id, from: '2026-09', to: '2026-09' });
    expect(grid.rows[1]!.cells[0]).toMatchObject({ value: 95, workload: 20, source: 'imported' });
  });

  it('needs only the ticket-count columns, and says what is wrong with counts row by row', async () => {
    const { app } = await workspace();
    const csv = [
      'SLA,Target,Month,Within,Total',
      'SLA-001,response P1,2026-09,21,20',
      'SLA-001,response P1,2026-08,-1,20',
      'SLA-001,response P1,2026-07,3,',
      'SLA-001,response P1,2026-06,0,0',
      'SLA-001,Availability,2026-05,9,10',
      'SLA-001,response P1,2026-04,lots,10',
      'SLA-001,response P1,2026-03,,',
      'SLA-001,response P1,2026-02,8,10',
    ].join('\n');
    const preview = await call(app, 'measurements.importPreview', { fileName: 'counts.csv', contentBase64: b64(csv) });
    expect(preview.mappingProblems).toEqual([]);
    expect(preview.errors).toEqual([
      { row: 2, column: 'Within', field: 'within', message: '21 tickets within the time cannot be more than the 20 tickets in all' },
      { row: 3, column: 'Within', field: 'within', message: '-1 is not a number of tickets (a whole number, 0 or more)' },
      { row: 4, column: 'Total', field: 'total', message: 'is empty; give both Within time and Total tickets, or neither' },
      { row: 5, column: 'Total', field: 'total', message: 'is 0: with no tickets there is nothing to measure; leave the month out' },
      { row: 6, column: 'Within', field: 'within', message: 'ticket counts are for response and resolution targets; give the value of "Availability" instead' },
      { row: 7, column: 'Within', field: 'within', message: '"lots" is not a number of tickets' },
      { row: 8, column: null, field: 'value', message: 'is empty; give the month’s figure (or, for response and resolution, the ticket counts)' },
    ]);
    expect(preview.validCount).toBe(1);
    expect(preview.sample[0]).toMatchObject({ period: '2026-02', value: 80, workload: 10 });
  });

  it('refuses counts that disagree with a value or workload given beside them, and half a pair of count columns', async () => {
    const { app } = await workspace();
    const csv = 'SLA,Target,Month,Value,Workload,Within,Total\nSLA-001,response P1,2026-09,90,,19,20\nSLA-001,response P1,2026-08,,25,19,20\n';
    const preview = await call(app, 'measurements.importPreview', { fileName: 'both.csv', contentBase64: b64(csv) });
    expect(preview.errors.map((e) => `${e.row} ${e.column}: ${e.message}`)).toEqual([
      '2 Value: is 90, but 19 of 20 tickets within the time is 95; leave one out or make them agree',
      '3 Workload: is 25, but Total tickets is 20; leave one out or make them agree',
    ]);
    const half = await call(app, 'measurements.importPreview', { fileName: 'both.csv', contentBase64: b64(csv), mapping: { ...preview.mapping, total: null } });
    expect(half.mappingProblems).toEqual(['Choose the column for Total tickets too: ticket counts need both.']);
  });
});
