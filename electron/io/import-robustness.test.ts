import { describe, expect, it } from 'vitest';
import { call } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';
import { readCsvRecords } from './read-csv';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const fromB64 = (text: string) =>
  Buffer.from(text, 'base64')
    .toString('utf8')
    .replace(/^\uFEFF/, '');

// Line 3's quote opens and never closes: before, the whole file was refused for it.
const oneBadLine = [
  'Code,Name,Lifecycle',
  'SVC-010,Email,live',
  'SVC-011,"Payroll,decommissioned',
  'SVC-012,"Chat, team",decommissioned',
  'SVC-013,Print,Operational',
].join('\n');

describe('reading CSV with a malformed line', () => {
  it('marks only that line and reads every other one, multi-line cells included', () => {
    const records = readCsvRecords(['a,b', '1,"two', 'lines"', '3,"bad', '4,ok'].join('\n'));
    expect(records.map((r) => [r.rowNumber, r.cells, Boolean(r.problem)])).toEqual([
      [1, ['a', 'b'], false],
      [2, ['1', 'two\nlines'], false],
      [4, ['3', '"bad'], true],
      [5, ['4', 'ok'], false],
    ]);
  });
});

describe('imports keep going past a bad row', () => {
  it('previews the rest of the file, with the bad line as that row’s one problem', async () => {
    const { app } = await makeAppWithWorkspace();
    const preview = await call(app, 'services.importPreview', { fileName: 'catalogue.csv', contentBase64: b64(oneBadLine) });
    expect(preview).toMatchObject({ rowCount: 4, validCount: 3 });
    expect(preview.errors).toEqual([{ row: 3, column: null, field: 'row', message: expect.stringContaining('quotes do not match') }]);
    expect(preview.sample.map((row) => row.code)).toEqual(['SVC-010', 'SVC-011', 'SVC-012', 'SVC-013']);
  });

  it('shows words read by synonym: "decommissioned" as retired, "Operational" as live', async () => {
    const { app } = await makeAppWithWorkspace();
    const preview = await call(app, 'services.importPreview', { fileName: 'catalogue.csv', contentBase64: b64(oneBadLine) });
    expect(preview.valuesReadAs).toEqual([
      { field: 'lifecycle', from: 'decommissioned', to: 'retired', rows: 1 },
      { field: 'lifecycle', from: 'Operational', to: 'live', rows: 1 },
    ]);
    expect(preview.sample.find((row) => row.code === 'SVC-012')?.readAs).toEqual([{ field: 'lifecycle', from: 'decommissioned', to: 'retired' }]);
    expect(preview.sample.find((row) => row.code === 'SVC-010')?.readAs).toEqual([]);
  });

  it('gives the skipped rows back as a CSV with the problem, ready to fix and import again', async () => {
    const { app } = await makeAppWithWorkspace();
    const csv = ['Code,Name,Lifecycle', 'SVC-010,Email,live', 'SVC-011,,live', 'SVC-012,Chat,sunsetting'].join('\n');
    const file = await call(app, 'imports.problemRows', { kind: 'services', fileName: 'catalogue.csv', contentBase64: b64(csv) });
    expect(file).toMatchObject({ fileName: 'catalogue-problems.csv', rows: 2 });
    expect(fromB64(file.contentBase64).trim().split('\r\n')).toEqual([
      'Code,Name,Lifecycle,Problem,Row in original file',
      'SVC-011,,live,Name: is empty; every service needs a name,3',
      'SVC-012,Chat,sunsetting,"Lifecycle: ""sunsetting"" is not pipeline, live or retired",4',
    ]);
    // After an import the done step passes the problems it was told, as re-checking would see the new rows as duplicates.
    const result = await call(app, 'services.import', { fileName: 'catalogue.csv', contentBase64: b64(csv), mode: 'valid-rows' });
    const after = await call(app, 'imports.problemRows', { kind: 'services', fileName: 'catalogue.csv', contentBase64: b64(csv), problems: result.errors });
    expect(after.rows).toBe(2);
  });

  it('works for the SLA results import too (the shared flow)', async () => {
    const { app } = await makeAppWithWorkspace();
    const csv = ['SLA,Target,Period,Value', 'SLA-404,availability,2026-09,99.9', 'SLA-1,"availability,2026-09,99'].join('\n');
    const preview = await call(app, 'measurements.importPreview', { fileName: 'results.csv', contentBase64: b64(csv) });
    expect(preview.errors.filter((e) => e.row === 3)).toEqual([
      { row: 3, column: null, field: 'row', message: expect.stringContaining('quotes do not match') },
    ]);
    expect(preview.errors.some((e) => e.row === 2 && e.field === 'sla')).toBe(true);
    const file = await call(app, 'imports.problemRows', { kind: 'measurements', fileName: 'results.csv', contentBase64: b64(csv) });
    expect(file.rows).toBe(2);
  });
});
