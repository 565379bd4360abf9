import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AppController } from '../app/app-controller';
import { risksNotMatchingLatestAssessment, risksWithStaleScores } from '../demo/workspace-checks';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function workspaceWithServices() {
  const { app } = await makeAppWithWorkspace();
  await call(app, 'people.create', { name: 'Ann Owner' });
  await call(app, 'services.create', { code: 'SVC-001', name: 'Email', lifecycle: 'live' });
  await call(app, 'services.create', { code: 'SVC-002', name: 'Network', lifecycle: 'live' });
  await call(app, 'suppliers.create', { name: 'Mailco' });
  return { app };
}

function counts(app: AppController) {
  const n = (table: string) => app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { risks: n('risks'), people: n('people'), assessments: n('risk_assessments'), links: n('risk_services'), audit: n('audit_log') };
}

const excelRegister = [
  'Risk ID,Risk,Risk Owner,Affected services,Inherent likelihood,Inherent impact,Likelihood,Impact,Response,Status,Review date,Last assessed',
  'R-1,Email outage,Ann Owner,SVC-001,5,Severe,High,H,Mitigate,Open,31/03/2027,15/01/2026',
  'R-2,Phishing,new.person@example.org,SVC-001; SVC-002,4 - Likely,4,2 - Unlikely,3 - Moderate,reduce,monitoring,2027-06-30,',
  'R-3,Cabling,Ann Owner,,Rare,Medium-ish,Rare,Minor,,,,',
  ',Unscored idea,,,,,,,,,,',
].join('\n');

describe('risk import: preview and rating step', () => {
  it('maps columns and ratings, reports the texts it cannot place, and writes nothing', async () => {
    const { app } = await workspaceWithServices();
    const before = counts(app);
    const preview = await call(app, 'risks.importPreview', { fileName: 'register.csv', contentBase64: b64(excelRegister) });
    expect(preview.mapping).toMatchObject({
      code: 'Risk ID',
      title: 'Risk',
      owner: 'Risk Owner',
      services: 'Affected services',
      inherentLikelihood: 'Inherent likelihood',
      inherentImpact: 'Inherent impact',
      residualLikelihood: 'Likelihood',
      residualImpact: 'Impact',
      treatment: 'Response',
      status: 'Status',
      nextReviewDate: 'Review date',
      assessedOn: 'Last assessed',
    });
    expect(preview.scales.likelihood).toEqual(['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']);
    expect(preview.ratings.likelihood).toEqual([
      { text: 'Rare', level: 1, via: 'label', count: 2 },
      { text: '2 - Unlikely', level: 2, via: 'number', count: 1 },
      { text: '4 - Likely', level: 4, via: 'number', count: 1 },
      { text: 'High', level: 4, via: 'word', count: 1 },
      { text: '5', level: 5, via: 'number', count: 1 },
    ]);
    expect(preview.ratings.impact.map((r) => `${r.text}:${r.level}:${r.via}`)).toEqual([
      'Minor:2:label',
      '3 - Moderate:3:number',
      '4:4:number',
      'H:4:word',
      'Severe:5:label',
      'Medium-ish:null:null',
    ]);
    expect(preview.unmappedRatings).toEqual({ likelihood: [], impact: ['Medium-ish'] });
    expect(preview.errors).toEqual([
      { row: 4, column: 'Inherent impact', field: 'inherentImpact', message: '"Medium-ish" is not mapped to an impact level; choose one in the rating step' },
    ]);
    expect(preview).toMatchObject({ rowCount: 4, validCount: 3, newOwners: ['new.person@example.org'] });
    expect(preview.sample[0]).toEqual({
      row: 2,
      code: 'R-1',
      title: 'Email outage',
      owner: 'Ann Owner',
      services: ['SVC-001'],
      status: 'treating',
      inherent: '5×5 = 25 Critical',
      residual: '4×4 = 16 High',
      target: null,
    });
    expect(preview.sample[3]).toMatchObject({ code: 'RSK-001', status: 'identified', inherent: null });
    expect(counts(app)).toEqual(before);
  });

  it('imports once the user maps the last rating: owners created, services linked, a dated first assessment each', async () => {
    const { app } = await workspaceWithServices();
    const before = counts(app);
    const ratingMap = { impact: { 'medium-ish': 3 } };
    const result = await call(app, 'risks.import', { fileName: 'register.csv', contentBase64: b64(excelRegister), ratingMap });
    expect(result).toEqual({ created: 4, skipped: 0, newPeople: ['new.person@example.org'], errors: [] });
    const rows = (await call(app, 'risks.list', {})).rows;
    expect(rows.map((r) => `${r.code}:${r.ownerName}:${r.serviceCodes.join('+')}:${r.residual?.score ?? '-'}:${r.status}`)).toEqual([
      'R-1:Ann Owner:SVC-001:16:treating',
      'R-2:new.person@example.org:SVC-001+SVC-002:6:monitored',
      'R-3:Ann Owner::2:assessed',
      'RSK-001:null::-:identified',
    ]);
    const first = await call(app, 'risks.get', { id: rows[0]!.id });
    expect(first).toMatchObject({ treatment: 'mitigate', nextReviewDate: '2027-03-31', inherent: { score: 25 } });
    expect(first.assessments).toEqual([
      expect.objectContaining({ kind: 'import', assessedAt: '2026-01-15T12:00:00.000Z', rationale: 'Imported from register.csv.', matrixVersion: 1 }),
    ]);
    expect((await call(app, 'risks.get', { id: rows[2]!.id })).inherent).toMatchObject({ likelihood: 1, impact: 3 });
    const after = counts(app);
    expect(after).toEqual({ ...before, risks: 4, people: before.people + 1, assessments: 3, links: 3, audit: after.audit });
    expect(after.audit).toBe(before.audit + 5);
    expect(risksNotMatchingLatestAssessment(app.db)).toEqual([]);
    expect(risksWithStaleScores(app.db)).toEqual([]);
  });

  it('makes every imported risk findable by the register search, next to the risks already there', async () => {
    const { app } = await workspaceWithServices();
    await call(app, 'risks.create', { code: 'RSK-001', title: 'Flooded server room' });
    const csv = [
      'Code,Title,Cause,Controls',
      'IMP-1,Ransomware on file shares,Phishing mail,Offline backups',
      'IMP-2,Flooded plant room,Burst pipe,Sensors',
    ].join('\n');
    await call(app, 'risks.import', { fileName: 'register.csv', contentBase64: b64(csv) });
    const search = async (text: string) => (await call(app, 'risks.list', { search: text })).rows.map((r) => r.code).sort();
    expect(await search('ransom')).toEqual(['IMP-1']);
    expect(await search('phish')).toEqual(['IMP-1']);
    expect(await search('offline back')).toEqual(['IMP-1']);
    expect(await search('flood')).toEqual(['IMP-2', 'RSK-001']);
    expect(await search('IMP-2')).toEqual(['IMP-2']);
    // A risk added after the import is indexed as before.
    await call(app, 'risks.create', { title: 'Ransom demand by email' });
    expect((await search('ransom')).length).toBe(2);
  });

  it('copies a single rating pair to the other, so a one-pair register still has history', async () => {
    const { app } = await workspaceWithServices();
    await call(app, 'risks.import', { fileName: 'one.csv', contentBase64: b64('Title,Likelihood,Impact\nOutage,Likely,Major\n') });
    const risk = (await call(app, 'risks.list', {})).rows[0]!;
    expect(risk).toMatchObject({ inherent: { likelihood: 4, impact: 4 }, residual: { likelihood: 4, impact: 4 }, status: 'assessed' });
  });
});

describe('risk import: bad input', () => {
  const badRegister = [
    'Code,Title,Services,Supplier,Residual likelihood,Residual impact,Next review,Last assessed,Status,Treatment',
    'RSK-001,Clash with the workspace,,,2,2,,,,',
    'RSK-010,Unknown service,SVC-999,,2,2,,,,',
    'RSK-011,Unknown supplier,,Nobody Ltd,2,2,,,,',
    'RSK-012,Bad date,,,2,2,31/02/2027,,,',
    'RSK-013,Future assessment,,,2,2,,2030-01-01,,',
    'RSK-014,Half a score,,,3,,,,,',
    'RSK-015,Unknown words,,,2,2,,,sunset,ignore',
    'RSK-010,Twice,,,2,2,,,,',
    ',,,,,,,,,',
    'RSK-016,Fine,SVC-001,Mailco,2,2,,,,',
    'bad code!,Bad code,,,,,,,,',
  ].join('\n');

  it('reports every bad row with its number, column and problem, and imports nothing by default', async () => {
    const { app } = await workspaceWithServices();
    await call(app, 'risks.create', { code: 'RSK-001', title: 'Existing' });
    const before = counts(app);
    const preview = await call(app, 'risks.importPreview', { fileName: 'bad.csv', contentBase64: b64(badRegister) });
    expect(preview.errors).toEqual([
      { row: 2, column: 'Code', field: 'code', message: 'RSK-001 already exists in this workspace' },
      { row: 3, column: 'Services', field: 'services', message: 'SVC-999 is not a service in this workspace' },
      { row: 4, column: 'Supplier', field: 'supplier', message: '"Nobody Ltd" is not a supplier in this workspace; add it first' },
      { row: 5, column: 'Next review', field: 'nextReviewDate', message: '"31/02/2027" is not a date; use YYYY-MM-DD or DD/MM/YYYY' },
      { row: 6, column: 'Last assessed', field: 'assessedOn', message: '2030-01-01 is in the future' },
      { row: 7, column: 'Residual impact', field: 'residualImpact', message: 'is empty but the residual likelihood is given; a score needs both' },
      { row: 8, column: 'Treatment', field: 'treatment', message: '"ignore" is not avoid, mitigate, transfer or accept' },
      { row: 8, column: 'Status', field: 'status', message: '"sunset" is not identified, assessed, treating, monitored or closed' },
      { row: 9, column: 'Code', field: 'code', message: 'RSK-010 is also on row 3' },
      { row: 12, column: 'Code', field: 'code', message: '"bad code!" is not a code: up to 30 letters, digits, dots, dashes and underscores' },
    ]);
    expect(preview.validCount).toBe(1);
    const error = await callError(app, 'risks.import', { fileName: 'bad.csv', contentBase64: b64(badRegister) });
    expect(error).toEqual({
      code: 'invalid_input',
      field: 'file',
      message: '9 rows have problems, so nothing was imported. First: row 2, Code: RSK-001 already exists in this workspace.',
    });
    expect(counts(app)).toEqual(before);

    const partial = await call(app, 'risks.import', { fileName: 'bad.csv', contentBase64: b64(badRegister), mode: 'valid-rows' });
    expect(partial).toMatchObject({ created: 1, skipped: 9 });
    expect((await call(app, 'risks.list', {})).rows.map((r) => `${r.code}:${r.supplierName}:${r.serviceCodes.join()}`)).toEqual([
      'RSK-001:null:',
      'RSK-016:Mailco:SVC-001',
    ]);
  });

  it('stops at the mapping: a required column missing, or a rating mapped beyond the scale', async () => {
    const { app } = await workspaceWithServices();
    const before = counts(app);
    const noTitle = await call(app, 'risks.importPreview', { fileName: 'x.csv', contentBase64: b64('Ref,Thing\nA,B\n') });
    expect(noTitle.mappingProblems).toEqual(['Choose the column for Title: it is required.']);
    const beyond = await call(app, 'risks.importPreview', {
      fileName: 'x.csv',
      contentBase64: b64('Title,Likelihood,Impact\nA,Huge,2\n'),
      ratingMap: { likelihood: { Huge: 7 } },
    });
    expect(beyond.mappingProblems).toEqual(['The rating "Huge" is mapped to likelihood level 7, but the matrix\'s likelihood scale has 5 levels.']);
    expect(
      await callError(app, 'risks.import', {
        fileName: 'x.csv',
        contentBase64: b64('Title,Likelihood,Impact\nA,Huge,2\n'),
        ratingMap: { likelihood: { Huge: 7 } },
      }),
    ).toMatchObject({
      field: 'mapping',
    });
    const unmapped = await call(app, 'risks.importPreview', {
      fileName: 'x.csv',
      contentBase64: b64('Title,Likelihood,Impact\nA,Huge,2\n'),
      ratingMap: { likelihood: { huge: null } },
    });
    expect(unmapped.unmappedRatings.likelihood).toEqual(['Huge']);
    expect(counts(app)).toEqual(before);
  });
});

describe('risk export and round trip', () => {
  async function richRegister() {
    const { app } = await workspaceWithServices();
    const ann = (await call(app, 'people.list', {}))[0]!;
    await call(app, 'risks.create', {
      code: 'RSK-007',
      title: '=HYPERLINK("http://evil.example","click")',
      cause: 'Single server, "quoted", with commas',
      event: 'Fails\non two lines',
      consequence: '+1 day without email',
      category: 'Availability',
      ownerId: ann.id,
      serviceIds: [1, 2],
      supplierId: 1,
      controls: '@daily backups',
      treatment: 'transfer',
      treatmentRationale: 'Insurance covers it',
      status: 'monitored',
      inherent: { likelihood: 5, impact: 4 },
      residual: { likelihood: 3, impact: 2 },
      target: { likelihood: 1, impact: 2 },
      rationale: 'Reviewed with the supplier',
      nextReviewDate: '2027-02-28',
    });
    await call(app, 'risks.create', { code: 'RSK-008', title: 'Unscored', status: 'identified' });
    return { app };
  }

  it('exports CSV in the import layout with labels, scores and bands, formulas neutralised', async () => {
    const { app } = await richRegister();
    const file = await call(app, 'risks.export', { format: 'csv' });
    expect(file).toMatchObject({ fileName: 'risk-register-2026-11-24.csv', mimeType: 'text/csv;charset=utf-8' });
    const text = Buffer.from(file.contentBase64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const [headers, first] = Papa.parse<string[]>(text.trim()).data;
    const row = Object.fromEntries(headers!.map((h, i) => [h, first![i]]));
    expect(row).toMatchObject({
      Code: 'RSK-007',
      Title: '\'=HYPERLINK("http://evil.example","click")',
      Consequence: "'+1 day without email",
      'Current controls': "'@daily backups",
      Services: 'SVC-001; SVC-002',
      Supplier: 'Mailco',
      'Inherent likelihood': '5 - Almost certain',
      'Residual impact': '2 - Minor',
      'Residual score': '6',
      'Residual band': 'Medium',
      'Last assessed': expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      'Assessment rationale': 'Reviewed with the supplier',
    });
    const filtered = await call(app, 'risks.export', { format: 'csv', filter: { statuses: ['identified'] } });
    expect(Buffer.from(filtered.contentBase64, 'base64').toString('utf8')).toContain('RSK-008');
    expect(Buffer.from(filtered.contentBase64, 'base64').toString('utf8')).not.toContain('RSK-007');
  });

  it('round-trips every field through CSV and XLSX into a fresh workspace', async () => {
    const { app } = await richRegister();
    const original = await Promise.all([1, 2].map((id) => call(app, 'risks.get', { id })));
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await call(app, 'risks.export', { format });
      const { app: fresh } = await workspaceWithServices();
      const result = await call(fresh, 'risks.import', { fileName: file.fileName, contentBase64: file.contentBase64 });
      expect(result, format).toMatchObject({ created: 2, skipped: 0, newPeople: [] });
      const copies = await Promise.all([1, 2].map((id) => call(fresh, 'risks.get', { id })));
      const fields = (risk: (typeof original)[number]) => {
        const { id: _id, updatedAt: _u, createdAt: _c, assessments, actions: _a, ownerId: _o, reviewOverdue: _r, ...rest } = risk;
        return { ...rest, rationale: assessments.at(-1)?.rationale ?? null, assessedOn: assessments.at(-1)?.assessedAt.slice(0, 10) ?? null };
      };
      expect(copies.map(fields), format).toEqual(original.map(fields));
    }
  });

  it('reads real XLSX cells (numbers and dates)', async () => {
    const { app } = await workspaceWithServices();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Register');
    sheet.addRow(['Title', 'Likelihood', 'Impact', 'Next review']);
    sheet.addRow(['Payroll late', 3, 4, new Date(Date.UTC(2027, 0, 15))]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    await call(app, 'risks.import', { fileName: 'register.xlsx', contentBase64: bytes });
    expect((await call(app, 'risks.list', {})).rows[0]).toMatchObject({
      title: 'Payroll late',
      nextReviewDate: '2027-01-15',
      residual: { score: 12, band: 'High' },
    });
  });
});
