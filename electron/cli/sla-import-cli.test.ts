import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPeriods, periodOf } from '../../shared/domain/sla-periods';
import { makeTempDir } from '../test/temp-workspace';
import { runCli, type CliIo } from './run-cli';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line), rendererDir: null, untilStopped: () => Promise.resolve() };
  return { io, out, err };
}

let dir: string;
const saved = { home: process.env.SERVICELEDGER_HOME, now: process.env.SERVICELEDGER_NOW };
/** The CLI runs on the app's clock, started here at a fixed moment so the test means the same any day. */
const NOW = '2026-11-24T09:00:00Z';
beforeEach(() => {
  dir = makeTempDir('cli-sla-');
  process.env.SERVICELEDGER_HOME = path.join(dir, 'home');
  process.env.SERVICELEDGER_NOW = NOW;
});
afterEach(() => {
  for (const [name, value] of [
    ['SERVICELEDGER_HOME', saved.home],
    ['SERVICELEDGER_NOW', saved.now],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** Months are counted back from the app's clock. */
const lastMonth = addPeriods(periodOf(NOW), -1);

async function callOk(file: string, method: string, input: unknown) {
  const run = capture();
  expect(await runCli(['call', method, JSON.stringify(input), '--db', file], run.io), run.err.join('\n')).toBe(0);
  return JSON.parse(run.out.join('\n')).value;
}

/** A workspace with one 24×7 service and an agreed SLA with an availability and a workload target. */
async function workspace(): Promise<string> {
  const file = path.join(dir, 'w.sqlite');
  const created = capture();
  expect(await runCli(['call', 'workspace.create', JSON.stringify({ path: file })], created.io), created.err.join('\n')).toBe(0);
  const service = await callOk(file, 'services.create', { name: 'Email', lifecycle: 'live' });
  await callOk(file, 'slas.create', {
    serviceId: service.id,
    customer: 'All staff',
    name: 'Email — All staff',
    status: 'agreed',
    validFrom: '2020-01-01',
    targets: [
      { kind: 'availability', target: 99.9 },
      { kind: 'workload', label: 'Tickets', target: 400 },
    ],
  });
  return file;
}

function csv(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('serviceledger import measurements', () => {
  it('dry-runs with a row-level report and exit 1 when rows fail, then imports with exit 0', async () => {
    const file = await workspace();
    const bad = csv('bad.csv', [
      'SLA,Target,Period,Value',
      `SLA-001,Availability,${lastMonth},99.95`,
      `SLA-001,Tickets,${lastMonth},-5`,
      `SLA-404,Availability,${lastMonth},99`,
    ]);
    const dry = capture();
    expect(await runCli(['import', 'measurements', bad, '--db', file, '--dry-run'], dry.io)).toBe(1);
    expect(dry.out[0]).toBe('bad.csv: 3 rows, 1 ready to import.');
    expect(dry.err).toEqual([
      'Row 3, Value: cannot be negative (target "Tickets")',
      'Row 4, SLA: "SLA-404" is neither an SLA code nor the title of one contract or OLA in this workspace',
    ]);
    expect(dry.out.at(-1)).toBe('Dry run: nothing was written.');
    const refused = capture();
    expect(await runCli(['import', 'measurements', bad, '--db', file], refused.io)).toBe(1);
    expect(refused.err.at(-1)).toContain('nothing was imported');
    const grid = await callOk(file, 'measurements.grid', { slaId: 1, from: lastMonth, to: lastMonth });
    expect(grid.rows[0].cells[0].value).toBeNull();
    const partial = capture();
    expect(await runCli(['import', 'measurements', bad, '--db', file, '--valid-rows'], partial.io)).toBe(1);
    expect(partial.out.at(-1)).toBe('Recorded 1 new and 0 changed results, skipped 2 rows with problems.');

    const good = csv('good.csv', ['SLA,Target,Period,Value,Workload', `SLA-001,Availability,${lastMonth},99.97,`, `SLA-001,Tickets,${lastMonth},380,380`]);
    const run = capture();
    expect(await runCli(['import', 'measurements', good, '--db', file], run.io)).toBe(0);
    expect(run.out).toEqual(['good.csv: 2 rows, 2 ready to import.', '1 rows replace results already recorded.', 'Recorded 1 new and 1 changed results.']);
  });

  it('takes ticket counts for response targets and reports bad counts row by row', async () => {
    const file = await workspace();
    await callOk(file, 'slas.create', {
      serviceId: 1,
      customer: 'Finance',
      name: 'Email — Finance',
      status: 'agreed',
      validFrom: '2020-01-01',
      targets: [{ kind: 'response', priority: 'P2', timeLimitMinutes: 60, target: 90 }],
    });
    const bad = csv('tickets-bad.csv', [
      'SLA,Target,Period,Within,Total',
      `SLA-002,response,${lastMonth},21,20`,
      `SLA-002,response,${addPeriods(lastMonth, -1)},-2,20`,
    ]);
    const refused = capture();
    expect(await runCli(['import', 'measurements', bad, '--db', file], refused.io)).toBe(1);
    expect(refused.err.slice(0, 2)).toEqual([
      'Row 2, Within: 21 tickets within the time cannot be more than the 20 tickets in all',
      'Row 3, Within: -2 is not a number of tickets (a whole number, 0 or more)',
    ]);
    const good = csv('tickets.csv', ['SLA,Target,Period,Within,Total', `SLA-002,response P2,${lastMonth},19,20`]);
    const run = capture();
    expect(await runCli(['import', 'measurements', good, '--db', file], run.io)).toBe(0);
    expect(run.out.at(-1)).toBe('Recorded 1 new and 0 changed results.');
    const grid = await callOk(file, 'measurements.grid', { slaId: 2, from: lastMonth, to: lastMonth });
    expect(grid.rows[0].cells[0]).toMatchObject({ value: 95, workload: 20 });
  });
});

describe('serviceledger import outages', () => {
  it('keeps outages and prints the availability per SLA and month; exit 1 and nothing written when a row fails', async () => {
    const file = await workspace();
    const bad = csv('outages-bad.csv', [
      'Service,Start,End',
      `SVC-001,${lastMonth}-10 10:00,${lastMonth}-10 10:43`,
      `SVC-001,${lastMonth}-11 10:00,${lastMonth}-11 09:00`,
    ]);
    const refused = capture();
    expect(await runCli(['import', 'outages', bad, '--db', file], refused.io)).toBe(1);
    expect(refused.err[0]).toBe(`Row 3, End: must be after the start (${lastMonth}-11T10:00)`);
    expect(await callOk(file, 'outages.list', { serviceId: 1 })).toEqual([]);

    const dry = capture();
    const good = csv('outages.csv', ['Service,Start,End,Notes', `SVC-001,${lastMonth}-10 10:00,${lastMonth}-10 10:43,INC-7`]);
    expect(await runCli(['import', 'outages', good, '--db', file, '--dry-run'], dry.io)).toBe(0);
    expect(dry.out.join('\n')).toMatch(new RegExp(`SLA-001 Availability ${lastMonth}: 99\\.9\\d+ % \\(43 of \\d+ service minutes down\\) (met|breached)`));
    const run = capture();
    expect(await runCli(['import', 'outages', good, '--db', file], run.io)).toBe(0);
    expect(run.out.at(-1)).toBe('Kept 1 outages; recorded 1 new and 0 changed availability results.');
    const again = capture();
    expect(await runCli(['import', 'outages', good, '--db', file], again.io)).toBe(0);
    expect(again.out.at(-1)).toBe('Kept 0 outages (1 already there); recorded 0 new and 0 changed availability results.');
  });

  it('check finds a stale SLA results summary and --repair rebuilds it', async () => {
    const file = await workspace();
    const good = csv('good.csv', ['SLA,Target,Period,Value', `SLA-001,Availability,${lastMonth},99.5`]);
    expect(await runCli(['import', 'measurements', good, '--db', file], capture().io)).toBe(0);
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(file);
    raw.prepare('UPDATE sla_period_results SET worst_rank = 1').run();
    raw.close();
    const check = capture();
    expect(await runCli(['check', '--db', file], check.io)).toBe(1);
    expect(check.out[0]).toMatch(/SLA results summary 1 rows stale \(run with --repair\)$/);
    const repair = capture();
    expect(await runCli(['check', '--db', file, '--repair'], repair.io)).toBe(0);
    expect(repair.out).toEqual(['Rebuilt the SLA results summary (1 rows were stale).', expect.stringMatching(/SLA results summary ok$/)]);
  });

  it('refuses an unknown import kind with the usage', async () => {
    const run = capture();
    expect(await runCli(['import', 'incidents', 'x.csv', '--db', 'x'], run.io)).toBe(2);
    expect(run.err[0]).toContain('import supports: services, risks, measurements, outages (got "incidents")');
  });
});
