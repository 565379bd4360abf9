import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../cli/run-cli';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace, makeTempDir } from '../test/temp-workspace';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/**
 * A real-world register export: plain Likelihood/Impact are the inherent position (the residual
 * one has its own columns), "Inherent Rating" is the file's own score, "Date Raised" has no field.
 */
const realWorldRegister = [
  'Risk ID,Risk,Likelihood,Impact,Inherent Rating,Residual Likelihood,Residual Impact,Date Raised',
  'R-1,Data centre flood,Likely,Severe,20 Critical,Possible,Major,2026-01-10',
  'R-2,Phishing,3,3,8,2,3,2026-02-02',
  'R-3,Cabling,2,2,4 - Low,1,2,2026-03-03',
].join('\n');

async function risk(app: Awaited<ReturnType<typeof makeAppWithWorkspace>>['app'], code: string) {
  const page = await call(app, 'risks.list', { search: code });
  return page.rows.find((item) => item.code === code)!;
}

describe('imports never drop a column silently', () => {
  it('reads plain Likelihood/Impact next to residual columns as the inherent position, lists ignored columns and checks the rating in every row', async () => {
    const { app } = await makeAppWithWorkspace();
    const preview = await call(app, 'risks.importPreview', { fileName: 'register.csv', contentBase64: b64(realWorldRegister) });
    expect(preview.mapping).toMatchObject({
      code: 'Risk ID',
      title: 'Risk',
      inherentLikelihood: 'Likelihood',
      inherentImpact: 'Impact',
      inherentScore: 'Inherent Rating',
      residualLikelihood: 'Residual Likelihood',
      residualImpact: 'Residual Impact',
    });
    expect(preview.ignoredColumns).toEqual(['Date Raised']);
    expect(preview.mappingNotes).toEqual([
      '“Likelihood”, “Impact” are read as the inherent position, because the file also has residual columns.',
      '“Inherent Rating” is checked in every row against the score and band the matrix gives; the matrix’s own values are stored.',
    ]);
    expect(preview.errors).toEqual([
      { row: 3, column: 'Inherent Rating', field: 'inherentScore', message: 'says "8", but the inherent position gives 3×3 = 9 Medium' },
    ]);
    expect(preview.rowCount).toBe(3);
    expect(preview.validCount).toBe(2);
    expect(preview.sample[0]).toMatchObject({ inherent: '4×5 = 20 Critical', residual: '3×4 = 12 High' });

    const result = await call(app, 'risks.import', { fileName: 'register.csv', contentBase64: b64(realWorldRegister), mode: 'valid-rows' });
    expect(result).toMatchObject({ created: 2, skipped: 1 });
    const flood = await risk(app, 'R-1');
    expect(flood.inherent).toMatchObject({ likelihood: 4, impact: 5, score: 20 });
    expect(flood.residual).toMatchObject({ likelihood: 3, impact: 4, score: 12 });
  });

  it('says in words when a position is copied, for the whole file and for single rows', async () => {
    const { app } = await makeAppWithWorkspace();
    const onlyPlain = await call(app, 'risks.importPreview', { fileName: 'plain.csv', contentBase64: b64('Title,Likelihood,Impact\nOutage,4,4\n') });
    expect(onlyPlain.mapping).toMatchObject({ residualLikelihood: 'Likelihood', residualImpact: 'Impact', inherentLikelihood: null });
    expect(onlyPlain.ignoredColumns).toEqual([]);
    expect(onlyPlain.mappingNotes).toEqual([
      'No column gives the inherent likelihood and impact, so each risk’s inherent position is copied from its residual one (“Likelihood” and “Impact”).',
    ]);

    const file = [
      'Title,Inherent likelihood,Inherent impact,Residual likelihood,Residual impact,Residual score',
      'Both,4,4,2,2,4',
      'Only residual,,,3,3,9',
      'Copied wrong,5,5,,,4',
      'Only inherent,5,5,,,25',
    ].join('\n');
    const rows = await call(app, 'risks.importPreview', { fileName: 'rows.csv', contentBase64: b64(file) });
    expect(rows.errors).toEqual([
      { row: 4, column: 'Residual score', field: 'residualScore', message: 'says "4", but the residual (copied) position gives 5×5 = 25 Critical' },
    ]);
    expect(rows.mappingNotes).toEqual([
      '“Residual score” is checked in every row against the score and band the matrix gives; the matrix’s own values are stored.',
      '1 row gives only the residual position; the inherent one is copied from it (row 3).',
      '1 row gives only the inherent position; the residual one is copied from it (row 5).',
    ]);
  });

  it('refuses an import whose rating disagrees with its position in all-or-nothing mode, writing nothing', async () => {
    const { app } = await makeAppWithWorkspace();
    const error = await callError(app, 'risks.import', { fileName: 'register.csv', contentBase64: b64(realWorldRegister) });
    expect(error.message).toContain('row 3, Inherent Rating: says "8", but the inherent position gives 3×3 = 9 Medium');
    expect((await call(app, 'risks.list', {})).total).toBe(0);
  });

  it('accepts a band alone, a score alone or both, and flags a band that disagrees', async () => {
    const { app } = await makeAppWithWorkspace();
    const file = ['Title,Likelihood,Impact,Rating,Risk level', 'A,4,5,20,Critical', 'B,2,3,Score: 6 (Medium risk),medium', 'C,1,1,1,High', 'D,1,1,,—'].join(
      '\n',
    );
    const preview = await call(app, 'risks.importPreview', { fileName: 'bands.csv', contentBase64: b64(file) });
    expect(preview.mapping).toMatchObject({ residualScore: 'Rating', residualBand: 'Risk level' });
    expect(preview.errors.map((e) => `${e.row} ${e.column}: ${e.message}`)).toEqual([
      '4 Risk level: says "High", but the residual position gives 1×1 = 1 Low',
      '5 Risk level: "—" is not a score or a band; the residual position gives 1×1 = 1 Low',
    ]);
  });

  it('exports score and band columns that import back without a problem', async () => {
    const { app } = await makeAppWithWorkspace();
    await call(app, 'risks.import', { fileName: 'register.csv', contentBase64: b64(realWorldRegister), mode: 'valid-rows' });
    const exported = await call(app, 'risks.export', { format: 'csv' });
    const { app: other } = await makeAppWithWorkspace();
    const back = await call(other, 'risks.importPreview', { fileName: exported.fileName, contentBase64: exported.contentBase64 });
    expect(back.ignoredColumns).toEqual([]);
    expect(back.errors).toEqual([]);
    expect(back.validCount).toBe(2);
  });

  it('lists ignored columns for services, results and outages too', async () => {
    const { app } = await makeAppWithWorkspace();
    const services = await call(app, 'services.importPreview', { fileName: 's.csv', contentBase64: b64('Code,Name,Colour,,\nSVC-9,Mail,Blue,,\n') });
    expect(services.ignoredColumns).toEqual(['Colour']);
    const results = await call(app, 'measurements.importPreview', {
      fileName: 'm.csv',
      contentBase64: b64('SLA,Target,Month,Value,Checked by\nSLA-1,Availability,2026-09,99.9,Kim\n'),
    });
    expect(results.ignoredColumns).toEqual(['Checked by']);
    const outages = await call(app, 'outages.importPreview', {
      fileName: 'o.csv',
      contentBase64: b64('Service,Start,End,Ticket,Column 5\nSVC-1,2026-09-10T10:00,2026-09-10T11:00,INC-1,x\n'),
    });
    expect(outages.ignoredColumns).toEqual(['Ticket', 'Column 5']);
  });

  it('prints the ignored columns and the notes in a CLI dry run', async () => {
    const dir = makeTempDir('cli-columns-');
    const saved = process.env.SERVICELEDGER_HOME;
    process.env.SERVICELEDGER_HOME = path.join(dir, 'home');
    try {
      const out: string[] = [];
      const err: string[] = [];
      const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line), rendererDir: null, untilStopped: async () => {} };
      const file = path.join(dir, 'w.sqlite');
      await runCli(['demo', '--db', file], { ...io, out: () => {} });
      const csv = path.join(dir, 'register.csv');
      fs.writeFileSync(csv, realWorldRegister.replace(/R-(\d)/g, 'IMP-$1'));
      expect(await runCli(['import', 'risks', csv, '--db', file, '--dry-run'], io)).toBe(1);
      expect(out).toContain('Columns not imported (1): "Date Raised"');
      expect(out).toContain('Note: “Likelihood”, “Impact” are read as the inherent position, because the file also has residual columns.');
      expect(err).toContain('Row 3, Inherent Rating: says "8", but the inherent position gives 3×3 = 9 Medium');
    } finally {
      if (saved === undefined) delete process.env.SERVICELEDGER_HOME;
      else process.env.SERVICELEDGER_HOME = saved;
    }
  });
});
