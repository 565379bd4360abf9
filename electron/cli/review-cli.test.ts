import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseIcs } from '../../shared/domain/ics';
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
  dir = makeTempDir('cli-reviews-');
  process.env.SERVICELEDGER_HOME = path.join(dir, 'home');
});
afterEach(() => {
  if (savedHome === undefined) delete process.env.SERVICELEDGER_HOME;
  else process.env.SERVICELEDGER_HOME = savedHome;
});

async function callOk(file: string, method: string, input: unknown) {
  const run = capture();
  expect(await runCli(['call', method, JSON.stringify(input), '--db', file], run.io), run.err.join('\n')).toBe(0);
  return JSON.parse(run.out.join('\n')).value;
}

describe('serviceledger reviews --ics', () => {
  it('writes a person’s due reviews as a calendar and names unknown people', async () => {
    const file = path.join(dir, 'w.sqlite');
    expect(await runCli(['call', 'workspace.create', JSON.stringify({ path: file })], capture().io)).toBe(0);
    const sam = await callOk(file, 'people.create', { name: 'Samira Haddad' });
    await callOk(file, 'risks.create', { title: 'Backups untested', ownerId: sam.id, nextReviewDate: '2031-03-31' });
    const out = path.join(dir, 'sam.ics');
    const run = capture();
    expect(await runCli(['reviews', '--ics', '--person', 'samira haddad', '--db', file, '--out', out], run.io), run.err.join('\n')).toBe(0);
    expect(run.out).toEqual([`Wrote 1 review of Samira Haddad to ${out}`]);
    expect(parseIcs(fs.readFileSync(out, 'utf8'))).toEqual([expect.objectContaining({ DTSTART: '20310331', SUMMARY: 'Review risk RSK-001 Backups untested' })]);

    const unknown = capture();
    expect(await runCli(['reviews', '--ics', '--person', 'Samira', '--db', file], unknown.io)).toBe(1);
    expect(unknown.err.join('\n')).toContain('did you mean Samira Haddad?');
  });
});
