import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../test/temp-workspace';
import { runCli, type CliIo } from './run-cli';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line), rendererDir: null, untilStopped: () => Promise.resolve() };
  return { io, out, err };
}

let dir: string;
const savedHome = process.env.SERVICELEDGER_HOME;
beforeEach(() => {
  dir = makeTempDir('cli-pack-');
  process.env.SERVICELEDGER_HOME = path.join(dir, 'home');
});
afterEach(() => {
  if (savedHome === undefined) delete process.env.SERVICELEDGER_HOME;
  else process.env.SERVICELEDGER_HOME = savedHome;
});

describe('serviceledger pack', { timeout: 60_000 }, () => {
  it('writes a held review’s pack twice with the same bytes, and verify names the review or the change', async () => {
    const db = path.join(dir, 'ws.sqlite');
    const run = async (...args: string[]) => {
      const io = capture();
      const code = await runCli(args, io.io);
      return { code, out: io.out.join('\n'), err: io.err.join('\n') };
    };
    expect((await run('call', 'workspace.create', JSON.stringify({ path: db, organisationName: 'CLI Org' }))).code).toBe(0);
    expect((await run('call', 'people.create', '{"name":"Chair"}', '--db', db)).code).toBe(0);
    expect(
      (await run('call', 'managementReviews.create', '{"title":"Q4 review","periodFrom":"2026-10-01","periodTo":"2026-12-31","chairId":1}', '--db', db)).code,
    ).toBe(0);
    expect((await run('call', 'managementReviews.hold', '{"id":1}', '--db', db)).code).toBe(0);

    const first = path.join(dir, 'first.xlsx');
    const second = path.join(dir, 'out', 'second.xlsx');
    const written = await run('pack', '--review', '1', '--format', 'xlsx', '--out', first, '--db', db);
    expect(written.code).toBe(0);
    expect(written.out).toMatch(/Wrote the XLSX pack of management review 1 to .*first\.xlsx \(SHA-256 [0-9a-f]{64}\)\./);
    expect((await run('pack', '--review', '1', '--format', 'xlsx', '--out', second, '--db', db)).code).toBe(0);
    expect(fs.readFileSync(second).equals(fs.readFileSync(first))).toBe(true);

    const verified = await run('pack', 'verify', first);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('first.xlsx: Unmodified review pack (Excel) of review 1 “Q4 review”');

    const other = path.join(dir, 'other.pdf');
    fs.writeFileSync(other, '%PDF-1.3\nnot a pack');
    const refused = await run('pack', 'verify', other);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('not a ServiceLedger review pack');
  });

  it('refuses an unknown review and a bad format clearly', async () => {
    const db = path.join(dir, 'ws.sqlite');
    const io = capture();
    await runCli(['call', 'workspace.create', JSON.stringify({ path: db, organisationName: 'CLI Org' })], io.io);
    const missing = capture();
    expect(await runCli(['pack', '--review', '7', '--format', 'pdf', '--out', path.join(dir, 'x.pdf'), '--db', db], missing.io)).toBe(1);
    expect(missing.err.join('\n')).toContain('There is no management review with id 7.');
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
    const bad = capture();
    expect(await runCli(['pack', '--review', '1', '--format', 'pptx', '--out', 'x', '--db', db], bad.io)).toBe(2);
    expect(bad.err.join('\n')).toContain('--format must be pdf, docx or xlsx');
  });
});
