import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppController } from '../app/app-controller';
import { call } from '../test/call';
import { makeTestApp } from '../test/temp-workspace';

// Every free-text column of every table of the demo workspace gets a value that a spreadsheet
// would run as a formula, one leading character per column in turn, with a marker naming the
// column. Then every export that a spreadsheet opens (catalogue, register, audit trail, review
// packs as XLSX) must hold no cell that starts a formula. The columns come from the schema, so a
// field added later is poisoned and checked without touching this test. (PDF and Word packs are
// not spreadsheets: a formula character there is just text.)
const LEADS = ['=', '+', '-', '@', '\t', '\r'];
const FORMULA_START = /^[=+\-@\t\r]/;

let app: AppController;
const poisoned = new Map<string, string>();

/** Free-text columns: TEXT columns whose values are neither JSON, dates, enum keys, nor refused by a CHECK. */
function poisonEveryTextColumn(db: Database.Database) {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%migrations%'")
    .pluck()
    .all() as string[];
  let n = 0;
  for (const table of tables) {
    const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as Array<{ name: string; type: string }>;
    for (const { name, type } of columns) {
      if (!/TEXT/i.test(type) || /json|_at$|date|_on$|period|colour|color|hash|seal/i.test(name)) continue;
      const sample = db.prepare(`SELECT "${name}" FROM "${table}" WHERE "${name}" IS NOT NULL AND "${name}" <> '' LIMIT 50`).pluck().all() as string[];
      if (sample.length === 0 || sample.some((v) => /^[[{]/.test(v) || /^\d{4}-\d{2}(-\d{2})?/.test(v))) continue;
      // Keys only ("security_review", "serviceLevels", "mitigate"): an enum the app picks, not text a person types.
      if (sample.every((v) => /^[a-z][a-zA-Z0-9_.-]*$/.test(v))) continue;
      const lead = LEADS[n % LEADS.length]!;
      const marker = `SLX${n}X`;
      n += 1;
      try {
        db.exec('SAVEPOINT poison');
        db.prepare(`UPDATE "${table}" SET "${name}" = ? || "${name}" WHERE "${name}" IS NOT NULL AND "${name}" <> ''`).run(`${lead}${marker}+1 `);
        db.exec('RELEASE poison');
        poisoned.set(marker, `${table}.${name}`);
      } catch {
        // A CHECK (an enum, a code pattern) refuses free text here, so no user text reaches an export through it.
        db.exec('ROLLBACK TO poison');
        db.exec('RELEASE poison');
      }
    }
  }
}

/** Every cell of an exported CSV or XLSX, as text. */
async function cellsOf(file: { fileName: string; contentBase64: string }): Promise<string[]> {
  const bytes = Buffer.from(file.contentBase64, 'base64');
  if (file.fileName.endsWith('.csv')) return Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, '')).data.flat();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cells.push(`=${String(cell.formula)}`);
        else cells.push(typeof cell.value === 'string' ? cell.value : cell.text);
      }),
    ),
  );
  return cells;
}

beforeAll(async () => {
  app = makeTestApp().app;
  await app.openDemo(false);
  // Typed through the API too, so the audit trail's before/after values (JSON, not poisoned below) hold them.
  await call(app, 'people.create', { name: '=SLXAPI1X+1 Mallory' });
  await call(app, 'services.create', { name: '@SLXAPI2X Payroll', lifecycle: 'live', description: '-SLXAPI3X+2' });
  for (const marker of ['SLXAPI1X', 'SLXAPI2X', 'SLXAPI3X']) poisoned.set(marker, `typed through the API (${marker})`);
  poisonEveryTextColumn(app.db);
}, 120_000);
afterAll(() => app.shutdown());

describe('exports neutralise formula-looking text in every field', () => {
  it('leaves no cell that starts a formula in any CSV or XLSX export, for every free-text column', async () => {
    const files: Array<{ fileName: string; contentBase64: string }> = [];
    for (const format of ['csv', 'xlsx'] as const) {
      files.push(await call(app, 'services.export', { format }));
      files.push(await call(app, 'risks.export', { format }));
    }
    files.push(await call(app, 'audit.export', {}));
    for (const review of await call(app, 'managementReviews.list', {}))
      files.push(await call(app, 'managementReviews.pack', { id: review.id, format: 'xlsx' }));

    const reached = new Set<string>();
    const unsafe: string[] = [];
    for (const file of files) {
      for (const cell of await cellsOf(file)) {
        for (const marker of cell.match(/SLX\d+X/g) ?? []) reached.add(poisoned.get(marker) ?? marker);
        if (FORMULA_START.test(cell)) unsafe.push(`${file.fileName}: ${JSON.stringify(cell.slice(0, 60))}`);
      }
    }
    console.log(
      `formula injection: ${poisoned.size} free-text columns poisoned, ${reached.size} reach an export (${files.length} files): ${[...reached].sort().join(', ')}`,
    );
    expect(unsafe.slice(0, 20)).toEqual([]);
    // The fields people type most reach the exports, so the check above saw them.
    for (const column of ['services.name', 'risks.title', 'people.name', 'suppliers.name']) expect([...reached]).toContain(column);
    const audit = (await cellsOf(files.find((f) => f.fileName.includes('audit'))!)).join('\n');
    for (const marker of ['SLXAPI1X', 'SLXAPI2X', 'SLXAPI3X']) expect(audit).toContain(marker);
  }, 120_000);
});
