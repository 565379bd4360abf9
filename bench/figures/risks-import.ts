import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { DEFAULT_RISK_MATRIX, band, score } from '../../shared/domain/risk-matrix';
import { dispatch } from '../../electron/api/dispatch';
import { AppController } from '../../electron/app/app-controller';
import { browserHost } from '../../electron/app/host';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../../electron/db/open-workspace';
import { generateWorkspace } from '../../electron/demo/generate-workspace';
import type { Figure, FigureFactory } from './figure';

export const IMPORT_ROWS = 100_000;
const SERVICES = 5000;
const LIKELIHOOD = DEFAULT_RISK_MATRIX.likelihood.map((level) => level.label);
const IMPACT = DEFAULT_RISK_MATRIX.impact.map((level) => level.label);

/** A register as people keep it in Excel: labels, "3 - Possible" and numbers mixed, day-first dates, 300 owners new to the workspace. */
export function registerCsv(rows: number): string {
  const lines = ['Code,Title,Cause,Event,Consequence,Category,Owner,Services,Current controls,Inherent likelihood,Inherent impact,Residual likelihood,Residual impact,Target likelihood,Target impact,Treatment,Status,Next review,Last assessed'];
  for (let k = 1; k <= rows; k += 1) {
    const il = 1 + (k % 5);
    const ii = 1 + ((k * 7) % 5);
    const rl = Math.max(1, il - 1);
    const service = (n: number) => `SVC-${String(1 + (n % SERVICES)).padStart(5, '0')}`;
    lines.push(
      [
        `IMP-${String(k).padStart(6, '0')}`, `Imported risk ${k}`, `Cause ${k}`, 'Event text', 'Consequence text', `Category ${k % 7}`, `Owner ${k % 300}`,
        `${service(k)}; ${service(k * 13)}`, 'Controls', LIKELIHOOD[il - 1], IMPACT[ii - 1], `${rl} - ${LIKELIHOOD[rl - 1]}`, String(ii), '1', '1',
        ['mitigate', 'accept', 'transfer'][k % 3], ['assessed', 'treating', 'monitored'][k % 3], `${1 + (k % 28)}/0${1 + (k % 9)}/2027`, `2026-0${1 + (k % 9)}-1${k % 9}`,
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

function copyFresh(template: string, target: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
  fs.copyFileSync(template, target);
}

/**
 * Importing a 100,000-row CSV register into a workspace with 5,000 services, through the API
 * (parse, rating step, checks, owners created, one transaction with history and audit) against
 * raw better-sqlite3 parsing the same file and inserting the same rows, links and assessments.
 * Each run starts from a fresh copy of the same workspace; three runs, as each takes seconds.
 */
export const risksImport: FigureFactory = (): Figure => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-bench-import-'));
  process.on('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  const template = path.join(folder, 'template.sqlite');
  const apiFile = path.join(folder, 'api.sqlite');
  const rawFile = path.join(folder, 'raw.sqlite');
  const csv = registerCsv(IMPORT_ROWS);
  const input = { fileName: 'register.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') };
  let importApp: AppController | null = null;
  let rawDb: Database.Database | null = null;

  const prepareTemplate = async () => {
    const opened = await openWorkspaceDatabase(template, { create: true, organisationName: 'Import benchmark' });
    opened.db.transaction(() => generateWorkspace(opened.db, { services: SERVICES, risks: 0, now: new Date(), auditTrail: false }))();
    closeWorkspaceDatabase(opened.db);
  };
  let ready: Promise<void> | null = null;
  const openRaw = () => {
    copyFresh(template, rawFile);
    rawDb = new Database(rawFile);
    rawDb.pragma('journal_mode = WAL');
    rawDb.pragma('foreign_keys = ON');
    rawDb.pragma('synchronous = FULL'); // as the app: docs/durability.md
  };

  const levelOf = (labels: string[], text: string) => {
    const number = /^(\d)/.exec(text);
    return number ? Number(number[1]) : labels.indexOf(text) + 1;
  };

  return {
    name: `risks.import (${IMPORT_ROWS.toLocaleString('en-GB')}-row CSV)`,
    runs: 3,
    warmup: 0,
    beforeApi: async () => {
      ready ??= prepareTemplate();
      await ready;
      importApp?.shutdown();
      copyFresh(template, apiFile);
      importApp = new AppController({ host: browserHost, rememberRecent: false, dataDir: path.join(folder, 'data') });
      await importApp.open(apiFile);
      if (!rawDb) openRaw();
    },
    api: async () => {
      const result = await dispatch(importApp!, 'risks.import', input);
      if (!result.ok) throw new Error(`risks.import failed: ${result.error.message}`);
      return result.value;
    },
    raw: () => {
      const db = rawDb!;
      const parsed = Papa.parse<string[]>(Buffer.from(input.contentBase64, 'base64').toString('utf8'), { skipEmptyLines: true }).data.slice(1);
      const services = new Map((db.prepare('SELECT code, id FROM services').all() as Array<{ code: string; id: number }>).map((s) => [s.code, s.id]));
      const people = new Map<string, number>();
      const insertPerson = db.prepare("INSERT INTO people (name, created_at, updated_at) VALUES (?, 'now', 'now')");
      const insertRisk = db.prepare(
        `INSERT INTO risks (code, title, cause, event, consequence, category, owner_id, controls, treatment, status, inherent_likelihood, inherent_impact,
           residual_likelihood, residual_impact, target_likelihood, target_impact, next_review_date, created_at, updated_at,
           inherent_score, inherent_band, residual_score, residual_band, target_score, target_band)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'now', 'now', ?, ?, ?, ?, ?, ?)`,
      );
      const link = db.prepare('INSERT OR IGNORE INTO risk_services (risk_id, service_id) VALUES (?, ?)');
      const assess = db.prepare(
        `INSERT INTO risk_assessments (risk_id, assessed_at, inherent_likelihood, inherent_impact, residual_likelihood, residual_impact, target_likelihood, target_impact, kind, matrix_version)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'import', 1)`,
      );
      const scored = (l: number, i: number) => [score(DEFAULT_RISK_MATRIX, l, i), band(DEFAULT_RISK_MATRIX, l, i).rank];
      db.transaction(() => {
        for (const cells of parsed) {
          const [code, title, cause, event, consequence, category, owner, serviceCodes, controls, il, ii, rl, ri, tl, ti, treatment, status, review, assessed] = cells as string[];
          let ownerId = people.get(owner!);
          if (ownerId === undefined) {
            ownerId = Number(insertPerson.run(owner).lastInsertRowid);
            people.set(owner!, ownerId);
          }
          const [a, b, c, d, e, f] = [levelOf(LIKELIHOOD, il!), levelOf(IMPACT, ii!), levelOf(LIKELIHOOD, rl!), levelOf(IMPACT, ri!), Number(tl), Number(ti)];
          const [day, month, year] = review!.split('/');
          const id = Number(
            insertRisk.run(code, title, cause, event, consequence, category, ownerId, controls, treatment, status, a, b, c, d, e, f, `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`, ...scored(a, b), ...scored(c, d), ...scored(e, f))
              .lastInsertRowid,
          );
          for (const serviceCode of serviceCodes!.split('; ')) link.run(id, services.get(serviceCode));
          assess.run(id, `${assessed}T12:00:00.000Z`, a, b, c, d, e, f);
        }
      })();
      return parsed.length;
    },
    afterRaw: () => {
      rawDb?.close();
      rawDb = null;
      openRaw();
    },
  };
};
