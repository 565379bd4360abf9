import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatcherWorkerEntry } from '../test/dispatcher-worker-entry';
import { makeTempDir } from '../test/temp-workspace';
import { runCli, type CliIo } from './run-cli';

function capture(options: { onOut?: (line: string) => void } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  let stop: () => void = () => {};
  const io: CliIo = {
    out: (line) => {
      out.push(line);
      options.onOut?.(line);
    },
    err: (line) => err.push(line),
    rendererDir: null,
    untilStopped: () => new Promise<void>((resolve) => (stop = resolve)),
  };
  return { io, out, err, stop: () => stop() };
}

let dir: string;
const savedHome = process.env.SERVICELEDGER_HOME;
beforeEach(() => {
  dir = makeTempDir('cli-');
  process.env.SERVICELEDGER_HOME = path.join(dir, 'home');
});
afterEach(() => {
  if (savedHome === undefined) delete process.env.SERVICELEDGER_HOME;
  else process.env.SERVICELEDGER_HOME = savedHome;
});

describe('serviceledger CLI', () => {
  it('prints usage and exits non-zero without a command or with an unknown one', async () => {
    const none = capture();
    expect(await runCli([], none.io)).toBe(2);
    expect(none.err.join('\n')).toContain('Usage:');
    const unknown = capture();
    expect(await runCli(['frobnicate'], unknown.io)).toBe(2);
    expect(unknown.err.join('\n')).toMatch(/unknown command "frobnicate"[\s\S]*Usage:/);
  });

  it('prints usage for bad arguments', async () => {
    const badNumber = capture();
    expect(await runCli(['generate', '--db', path.join(dir, 'g.sqlite'), '--risks', 'lots'], badNumber.io)).toBe(2);
    expect(badNumber.err[0]).toContain('--risks must be a whole number, got "lots"');
    const unknownFlag = capture();
    expect(await runCli(['check', '--db', 'x', '--colour'], unknownFlag.io)).toBe(2);
    expect(unknownFlag.err[0]).toMatch(/--colour/);
    const missing = capture();
    expect(await runCli(['backup', '--db', 'x'], missing.io)).toBe(2);
  });

  it('creates an empty workspace with an organisation name, and refuses an existing file or a bad name', async () => {
    const file = path.join(dir, 'team.sqlite');
    const first = capture();
    expect(await runCli(['new', '--db', file, '--org', 'Contoso IT'], first.io), first.err.join('\n')).toBe(0);
    expect(first.out[0]).toBe(`Created an empty workspace for Contoso IT: ${file}`);
    const info = capture();
    expect(await runCli(['call', 'services.list', '{}', '--db', file], info.io)).toBe(0);
    expect(JSON.parse(info.out.join('\n')).value.total).toBe(0);
    const again = capture();
    expect(await runCli(['new', '--db', file], again.io)).toBe(1);
    expect(again.err[0]).toMatch(/exists/i);
    const tooLong = capture();
    expect(await runCli(['new', '--db', path.join(dir, 'other.sqlite'), '--org', 'x'.repeat(300)], tooLong.io)).toBe(1);
    expect(tooLong.err[0]).toMatch(/organisation/i);
    expect(fs.existsSync(path.join(dir, 'other.sqlite'))).toBe(false);
    const noDb = capture();
    expect(await runCli(['new'], noDb.io)).toBe(2);
  });

  it('creates a demo workspace, refuses to overwrite it, and checks it', async () => {
    const file = path.join(dir, 'demo.sqlite');
    const first = capture();
    expect(await runCli(['demo', '--db', file], first.io)).toBe(0);
    expect(first.out[0]).toBe(`Demo workspace created: ${file}`);
    const again = capture();
    expect(await runCli(['demo', '--db', file], again.io)).toBe(1);
    expect(again.err[0]).toContain('--force');
    const check = capture();
    expect(await runCli(['check', '--db', file], check.io)).toBe(0);
    expect(check.out[0]).toMatch(/workspace format \d+, integrity ok, foreign keys ok/);
  });

  it('check fails with a clear message for a file that is not a workspace', async () => {
    const file = path.join(dir, 'notes.txt');
    fs.writeFileSync(file, 'hello');
    const run = capture();
    expect(await runCli(['check', '--db', file], run.io)).toBe(1);
    expect(run.err[0]).toContain('not a ServiceLedger workspace');
  });

  it('generates a synthetic workspace with the asked-for counts', async () => {
    const file = path.join(dir, 'big.sqlite');
    const run = capture();
    expect(await runCli(['generate', '--db', file, '--risks', '300', '--services', '40'], run.io)).toBe(0);
    const call = capture();
    await runCli(['call', 'dashboard.summary', '--db', file], call.io);
    const summary = JSON.parse(call.out.join('\n'));
    expect(summary.value.counts.services).toBe(40);
  });

  it('backs up a workspace to the given file', async () => {
    const file = path.join(dir, 'w.sqlite');
    await runCli(['demo', '--db', file], capture().io);
    const out = path.join(dir, 'copies', 'w-copy.sqlite');
    const run = capture();
    expect(await runCli(['backup', '--db', file, '--out', out], run.io)).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    expect(await runCli(['check', '--db', out], capture().io)).toBe(0);
  });

  it('calls API methods through the same handler table and reports typed errors', async () => {
    const file = path.join(dir, 'w.sqlite');
    await runCli(['demo', '--db', file], capture().io);
    const ok = capture();
    expect(await runCli(['call', 'people.create', '{"name":"Cli Person"}', '--db', file], ok.io)).toBe(0);
    expect(JSON.parse(ok.out.join('\n'))).toMatchObject({ ok: true, value: { name: 'Cli Person' } });
    const bad = capture();
    expect(await runCli(['call', 'people.create', '{"name":""}', '--db', file], bad.io)).toBe(1);
    expect(JSON.parse(bad.err.join('\n'))).toMatchObject({ ok: false, error: { field: 'name' } });
    const notJson = capture();
    expect(await runCli(['call', 'people.create', '{oops', '--db', file], notJson.io)).toBe(2);
  });

  it('serve prints exactly one line with the address and token, then stops cleanly', async () => {
    const file = path.join(dir, 'served.sqlite');
    const session = capture({ onOut: () => setTimeout(() => session.stop(), 10) });
    const code = await runCli(['serve', '--db', file], { ...session.io, dispatcherWorker: dispatcherWorkerEntry() });
    expect(code).toBe(0);
    expect(session.out).toHaveLength(1);
    expect(session.out[0]).toMatch(/^ServiceLedger serving http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('serve says why a file that is not a workspace cannot be served, as the in-process open did', async () => {
    const file = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(file, '');
    const session = capture();
    expect(await runCli(['serve', '--db', file], { ...session.io, dispatcherWorker: dispatcherWorkerEntry() })).toBe(1);
    expect(session.out).toEqual([]);
    expect(session.err.join('\n')).toContain('notes.sqlite is an empty file, not a ServiceLedger workspace.');
  });

  it('serve refuses a port out of range', async () => {
    const run = capture();
    expect(await runCli(['serve', '--port', '70000'], run.io)).toBe(2);
    expect(run.err[0]).toContain('--port must be between 0 and 65535');
  });
});

describe('serviceledger import/export services', () => {
  it('dry-runs an import with a row-level report and a non-zero exit when rows fail, writing nothing', async () => {
    const file = path.join(dir, 'w.sqlite');
    await runCli(['demo', '--db', file], capture().io);
    const csv = path.join(dir, 'new.csv');
    fs.writeFileSync(csv, 'Name,Lifecycle,Tier\nGood one,live,2\nBad one,sunset,9\n');
    const dry = capture();
    expect(await runCli(['import', 'services', csv, '--db', file, '--dry-run'], dry.io)).toBe(1);
    expect(dry.out[0]).toBe('new.csv: 2 rows, 1 ready to import.');
    expect(dry.err).toEqual(['Row 3, Lifecycle: "sunset" is not pipeline, live or retired', 'Row 3, Tier: "9" is not a tier from 1 to 4']);
    const all = capture();
    expect(await runCli(['import', 'services', csv, '--db', file], all.io)).toBe(1);
    expect(all.err.at(-1)).toContain('nothing was imported');
    const partial = capture();
    expect(await runCli(['import', 'services', csv, '--db', file, '--valid-rows'], partial.io)).toBe(1);
    expect(partial.out.at(-1)).toBe('Imported 1 services, skipped 1 rows with problems.');
  });

  it('exports csv and xlsx and imports the export into an empty workspace with exit 0', async () => {
    const source = path.join(dir, 'source.sqlite');
    await runCli(['demo', '--db', source], capture().io);
    const out = path.join(dir, 'out', 'catalogue.xlsx');
    const exported = capture();
    expect(await runCli(['export', 'services', '--format', 'xlsx', '--db', source, '--out', out], exported.io)).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const target = path.join(dir, 'target.sqlite');
    const created = capture();
    expect(await runCli(['call', 'workspace.create', JSON.stringify({ path: target }), '--db', source], created.io)).toBe(0);
    const imported = capture();
    expect(await runCli(['import', 'services', out, '--db', target], imported.io)).toBe(0);
    expect(imported.out.at(-1)).toMatch(/^Imported \d+ services/);
  });

  it('refuses unknown kinds and formats with usage', async () => {
    const bad = capture();
    expect(await runCli(['export', 'frobs', '--db', 'x', '--out', 'y'], bad.io)).toBe(2);
    expect(bad.err[0]).toContain('export supports: services, risks');
    const format = capture();
    expect(await runCli(['export', 'services', '--format', 'pdf', '--db', 'x', '--out', 'y'], format.io)).toBe(2);
  });
});

describe('serviceledger import/export risks', () => {
  it('dry-runs, imports and exports a risk register, reporting rating mappings and problems', async () => {
    const file = path.join(dir, 'w.sqlite');
    await runCli(['demo', '--db', file], capture().io);
    const csv = path.join(dir, 'risks.csv');
    fs.writeFileSync(
      csv,
      'Code,Title,Services,Likelihood,Impact,Owner\nCLI-1,Badge reader fails,SVC-001,High,3 - Moderate,Nia New\nCLI-2,Unknown service,SVC-999,2,2,\n',
    );
    const dry = capture();
    expect(await runCli(['import', 'risks', csv, '--db', file, '--dry-run'], dry.io)).toBe(1);
    expect(dry.out).toEqual([
      'risks.csv: 2 rows, 1 ready to import.',
      'Note: No column gives the inherent likelihood and impact, so each risk’s inherent position is copied from its residual one (“Likelihood” and “Impact”).',
      'Likelihood ratings: "High" → 4 Likely',
      'New people to add: Nia New',
      'Dry run: nothing was written.',
    ]);
    expect(dry.err).toEqual(['Row 3, Services: SVC-999 is not a service in this workspace']);
    const all = capture();
    expect(await runCli(['import', 'risks', csv, '--db', file], all.io)).toBe(1);
    expect(all.err.at(-1)).toContain('nothing was imported');
    fs.writeFileSync(csv, 'Code,Title,Services,Likelihood,Impact,Owner\nCLI-1,Badge reader fails,SVC-001,High,3 - Moderate,Nia New\n');
    const good = capture();
    expect(await runCli(['import', 'risks', csv, '--db', file], good.io)).toBe(0);
    expect(good.out.at(-1)).toMatch(/^Imported 1 risks in \d+ ms; added people: Nia New\.$/);
    const out = path.join(dir, 'out', 'register.csv');
    const exported = capture();
    expect(await runCli(['export', 'risks', '--format', 'csv', '--db', file, '--out', out], exported.io)).toBe(0);
    expect(exported.out[0]).toBe(`Exported the risk register to ${out}`);
    expect(fs.readFileSync(out, 'utf8')).toContain('CLI-1,Badge reader fails');
  });
});
