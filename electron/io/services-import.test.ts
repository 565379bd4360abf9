import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppController } from '../app/app-controller';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const goodCsv = [
  'Service Code,Service Name,Status,Service Owner,Tier,Depends On,Support hours,Last reviewed',
  'SVC-010,Email,Operational,Jo Bloggs,2,SVC-011,Mon-Fri 08:00-18:00,31/03/2026',
  'SVC-011,Identity,live,jo bloggs,1,,24x7,',
  ',Chat,planned,new.person@example.org,,SVC-010; SVC-011,,',
].join('\n');

async function serviceCodes(app: AppController) {
  return (await call(app, 'services.list', {})).rows.map((r) => `${r.code}:${r.name}:${r.ownerName ?? '-'}:${r.dependsOnCount}`);
}

describe('services import', () => {
  it('previews with auto-mapped columns, forward dependencies and owners to create, writing nothing', async () => {
    const { app } = await makeAppWithWorkspace();
    const preview = await call(app, 'services.importPreview', { fileName: 'catalogue.csv', contentBase64: b64(goodCsv) });
    expect(preview.mapping).toMatchObject({ code: 'Service Code', name: 'Service Name', lifecycle: 'Status', owner: 'Service Owner', dependsOn: 'Depends On' });
    expect(preview.errors).toEqual([]);
    expect(preview).toMatchObject({ rowCount: 3, validCount: 3, newOwners: ['Jo Bloggs', 'new.person@example.org'] });
    expect(preview.sample.map((s) => s.code)).toEqual(['SVC-010', 'SVC-011', 'SVC-012']);
    expect(await serviceCodes(app)).toEqual([]);
    expect(await call(app, 'people.list', {})).toEqual([]);
  });

  it('imports in one go, creating unknown owners as people and linking dependencies by code', async () => {
    const { app } = await makeAppWithWorkspace();
    const result = await call(app, 'services.import', { fileName: 'catalogue.csv', contentBase64: b64(goodCsv) });
    expect(result).toMatchObject({ created: 3, skipped: 0, newPeople: ['Jo Bloggs', 'new.person@example.org'] });
    expect(await serviceCodes(app)).toEqual(['SVC-010:Email:Jo Bloggs:1', 'SVC-011:Identity:Jo Bloggs:0', 'SVC-012:Chat:new.person@example.org:2']);
    const email = await call(app, 'services.get', { id: 1 });
    expect(email).toMatchObject({ lifecycle: 'live', criticality: 2, lastReviewDate: '2026-03-31', serviceHoursText: 'Mon-Fri 08:00-18:00' });
    const people = await call(app, 'people.list', {});
    expect(people.find((p) => p.name === 'new.person@example.org')?.email).toBe('new.person@example.org');
    const audit = await call(app, 'audit.list', { entity: 'service' });
    expect(audit.entries).toHaveLength(3);
  });

  it('reports every bad row with its number, column and problem, and imports nothing by default', async () => {
    const { app } = await makeAppWithWorkspace();
    await call(app, 'services.create', { code: 'SVC-001', name: 'Existing' });
    const csv = [
      'Code,Name,Lifecycle,Depends on',
      'SVC-001,Clash,live,',
      'SVC-002,Bad status,sunset,',
      'SVC-003,Needs missing,live,SVC-999',
      'SVC-004,Loop A,live,SVC-005',
      'SVC-005,Loop B,live,SVC-004',
      'SVC-002,Twice,live,',
      'SVC-006,Fine,live,SVC-001',
      'SVC-007,Needs bad row,live,SVC-002',
    ].join('\n');
    const preview = await call(app, 'services.importPreview', { fileName: 'bad.csv', contentBase64: b64(csv) });
    expect(preview.errors).toEqual([
      { row: 2, column: 'Code', field: 'code', message: 'SVC-001 already exists in this workspace' },
      { row: 3, column: 'Lifecycle', field: 'lifecycle', message: '"sunset" is not pipeline, live or retired' },
      { row: 4, column: 'Depends on', field: 'dependsOn', message: 'SVC-999 is neither in the workspace nor in this file' },
      { row: 5, column: 'Depends on', field: 'dependsOn', message: 'makes a dependency cycle: SVC-004 → SVC-005 → SVC-004' },
      { row: 6, column: 'Depends on', field: 'dependsOn', message: 'makes a dependency cycle: SVC-005 → SVC-004 → SVC-005' },
      { row: 7, column: 'Code', field: 'code', message: 'SVC-002 is also on row 3' },
      { row: 9, column: 'Depends on', field: 'dependsOn', message: 'depends on SVC-002 (row 3), which has problems' },
    ]);
    expect(preview.validCount).toBe(1);
    const error = await callError(app, 'services.import', { fileName: 'bad.csv', contentBase64: b64(csv) });
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: '7 rows have problems, so nothing was imported. First: row 2, Code: SVC-001 already exists in this workspace.',
    });
    expect(await serviceCodes(app)).toEqual(['SVC-001:Existing:-:0']);

    const partial = await call(app, 'services.import', { fileName: 'bad.csv', contentBase64: b64(csv), mode: 'valid-rows' });
    expect(partial).toMatchObject({ created: 1, skipped: 7 });
    expect(await serviceCodes(app)).toEqual(['SVC-001:Existing:-:0', 'SVC-006:Fine:-:1']);
  });

  it('asks for a mapping when no column is the name, and accepts the user’s mapping', async () => {
    const { app } = await makeAppWithWorkspace();
    const csv = 'Ref,Offering\nA-1,Printing\n';
    const preview = await call(app, 'services.importPreview', { fileName: 'odd.csv', contentBase64: b64(csv) });
    expect(preview.mappingProblems).toEqual(['Choose the column for Name: it is required.']);
    expect(await callError(app, 'services.import', { fileName: 'odd.csv', contentBase64: b64(csv) })).toMatchObject({ field: 'mapping' });
    const mapping = { ...preview.mapping, name: 'Offering' };
    const fixed = await call(app, 'services.importPreview', { fileName: 'odd.csv', contentBase64: b64(csv), mapping });
    expect(fixed).toMatchObject({ mappingProblems: [], validCount: 1 });
    await call(app, 'services.import', { fileName: 'odd.csv', contentBase64: b64(csv), mapping });
    expect(await serviceCodes(app)).toEqual(['A-1:Printing:-:0']);
  });

  it('reads .xlsx files, including real date cells, and refuses old .xls with advice', async () => {
    const { app } = await makeAppWithWorkspace();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Catalogue');
    sheet.addRow(['Name', 'Next review', 'Tier']);
    sheet.addRow(['Payroll', new Date(Date.UTC(2027, 0, 15)), 1]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    await call(app, 'services.import', { fileName: 'catalogue.xlsx', contentBase64: bytes });
    expect((await call(app, 'services.list', {})).rows[0]).toMatchObject({ name: 'Payroll', nextReviewDate: '2027-01-15', criticality: 1 });
    expect(await callError(app, 'services.importPreview', { fileName: 'old.xls', contentBase64: b64('whatever') })).toMatchObject({
      field: 'file',
      message: expect.stringContaining('Save it as .xlsx or .csv'),
    });
  });

  it('reads a Windows-1252 CSV from Excel without mangling accents', async () => {
    const { app } = await makeAppWithWorkspace();
    const latin1 = Buffer.from('Name,Support contact\nCafé booking,Zoë\n', 'latin1').toString('base64');
    const preview = await call(app, 'services.importPreview', { fileName: 'ansi.csv', contentBase64: latin1 });
    expect(preview.sample[0]?.name).toBe('Café booking');
  });
});

describe('services export', () => {
  async function richCatalogue() {
    const { app } = await makeAppWithWorkspace();
    const owner = await call(app, 'people.create', { name: 'Ann Owner' });
    const network = await call(app, 'services.create', { name: 'Network', kind: 'supporting', lifecycle: 'live', tags: ['infra'] });
    await call(app, 'services.create', {
      name: '=HYPERLINK("http://evil.example","click")',
      description: 'Line one\nLine two, with "quotes"; and semicolons',
      category: 'Communication',
      lifecycle: 'live',
      ownerId: owner.id,
      customers: ['Finance', 'HR'],
      criticality: 1,
      serviceHours: {
        mode: 'weekly',
        windows: [
          { day: 'mon', from: '08:00', to: '18:00' },
          { day: 'sat', from: '09:00', to: '13:00' },
        ],
      },
      supportContact: '+44 20 7946 0000',
      tags: ['mail', '@mentions'],
      lastReviewDate: '2026-01-31',
      nextReviewDate: '2027-01-31',
      dependsOn: [network.id],
    });
    await call(app, 'services.create', { code: 'X-9', name: '-minus first', lifecycle: 'retired' });
    return app;
  }

  it('neutralises cells a spreadsheet would run as formulas, in CSV and XLSX', async () => {
    const app = await richCatalogue();
    const csv = Buffer.from((await call(app, 'services.export', { format: 'csv' })).contentBase64, 'base64').toString('utf8');
    expect(csv.startsWith('\uFEFFCode,Name,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain("'+44 20 7946 0000");
    expect(csv).toContain("'-minus first");
    const xlsx = await call(app, 'services.export', { format: 'xlsx' });
    expect(xlsx.fileName).toBe('service-catalogue-2026-11-24.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    const cells = workbook.worksheets[0]!.getColumn(2).values as unknown[];
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(cells.some((value) => typeof value === 'object' && value !== null && 'formula' in value)).toBe(false);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    it(`round-trips through ${format}: export then import into an empty workspace gives the same catalogue`, async () => {
      const source = await richCatalogue();
      const file = await call(source, 'services.export', { format });
      const { app: target } = await makeAppWithWorkspace();
      const result = await call(target, 'services.import', { fileName: file.fileName, contentBase64: file.contentBase64 });
      expect(result).toMatchObject({ created: 3, skipped: 0, newPeople: ['Ann Owner'] });
      const strip = async (app: AppController) => {
        const { rows } = await call(app, 'services.list', { limit: 100 });
        return Promise.all(
          rows.map(async (row) => {
            const {
              id: _id,
              updatedAt: _u,
              createdAt: _c,
              ownerId: _o,
              lifecycleEvents: _l,
              dependsOn,
              dependents,
              ...rest
            } = await call(app, 'services.get', { id: row.id });
            return { ...rest, dependsOn: dependsOn.map((d) => d.code), dependents: dependents.map((d) => d.code) };
          }),
        );
      };
      expect(await strip(target)).toEqual(await strip(source));
    });
  }
});
