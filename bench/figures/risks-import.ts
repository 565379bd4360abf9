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
  const lines = [
    'Code,Title,Cause,Event,Consequence,Category,Owner,Services,Current controls,Inherent likelihood,Inherent impact,Residual likelihood,Residual impact,Target likelihood,Target impact,Treatment,Status,Next review,Last assessed',
  ];
  for (let k = 1; k <= rows; k += 1) {
    const il = 1 + (k % 5);
    const ii = 1 + ((k * 7) % 5);
    const rl = Math.max(1, il - 1);
    const service = (n: number) => `SVC-${String(1 + (n % SERVICES)).padStart(5, '0')}`;
    lines.push(
      [
        `IMP-${String(k).padStart(6, '0')}`,
        `Imported risk ${k}`,
        `Cause ${k}`,
        'Event text',
        'Consequence text',
        `Category ${k % 7}`,
        `Owner ${k % 300}`,
        `${service(k)}; ${service(k * 13)}`,
        'Controls',
        LIKELIHOOD[il - 1],
        IMPACT[ii - 1],
        `${rl} - ${LIKELIHOOD[rl - 1]}`,
        String(ii),
        '1',
        '1',
        ['mitigate', 'accept', 'transfer'][k % 3],
        ['assessed', 'treating', 'monitored'][k % 3],
        `${1 + (k % 28)}/0${1 + (k % 9)}/2027`,
        `2026-0${1 + (k % 9)}-1${k % 9}`,
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

function copyFresh(template: string, target: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
  fs.copyFileSync(template, target);
}

/** The connection settings the app opens a workspace with (electron/db/open-workspace.ts), so raw writes under the same page cache and sync rules. */
function openLikeTheApp(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true });
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL'); // as the app: docs/durability.md
  db.pragma('cache_size = -65536');
  return db;
}

/** What an import must leave behind, to check that both paths wrote the same. */
function footprint(db: Database.Database): string {
  const n = (sql: string) => db.prepare(sql).pluck().get() as number;
  return JSON.stringify({
    risks: n('SELECT count(*) FROM risks'),
    links: n('SELECT count(*) FROM risk_services'),
    assessments: n('SELECT count(*) FROM risk_assessments'),
    people: n('SELECT count(*) FROM people'),
    audit: n('SELECT count(*) FROM audit_log'),
    searchable: n(`SELECT count(*) FROM risks_search WHERE risks_search MATCH '"imported"*'`),
  });
}

const SEARCH_COLUMNS = 'code, title, category, cause, event, consequence, controls';

/**
 * Importing a 100,000-row CSV register into a workspace with 5,000 services, through the API
 * (parse, rating step, checks, owners created, one transaction with history and audit) against a
 * fair hand-written importer: the same file parsed, then in one transaction with prepared
 * statements the same people (with their audit entries), risks with their score columns, service
 * links, first assessments, one audit entry per risk and the full-text index (filled by one
 * INSERT … SELECT after the rows, the trigger set aside meanwhile, as a bulk writer would).
 * Every run of either path starts from its own fresh copy of the same workspace, opened with the
 * app's connection settings, and both must leave the same row counts behind. Three runs each.
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
  let apiFootprint: string | null = null;

  const prepareTemplate = async () => {
    const opened = await openWorkspaceDatabase(template, { create: true, organisationName: 'Import benchmark' });
    opened.db.transaction(() => generateWorkspace(opened.db, { services: SERVICES, risks: 0, now: new Date(), auditTrail: false }))();
    closeWorkspaceDatabase(opened.db);
  };
  let ready: Promise<void> | null = null;

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
    },
    api: async () => {
      const result = await dispatch(importApp!, 'risks.import', input);
      if (!result.ok) throw new Error(`risks.import failed: ${result.error.message}`);
      apiFootprint = footprint(importApp!.db);
      return result.value;
    },
    beforeRaw: () => {
      rawDb?.close();
      copyFresh(template, rawFile);
      rawDb = openLikeTheApp(rawFile);
    },
    raw: () => {
      const db = rawDb!;
      const now = '2026-11-24T09:00:00.000Z';
      const parsed = Papa.parse<string[]>(Buffer.from(input.contentBase64, 'base64').toString('utf8'), { skipEmptyLines: true }).data.slice(1);
      const services = new Map((db.prepare('SELECT code, id FROM services').all() as Array<{ code: string; id: number }>).map((s) => [s.code, s.id]));
      const people = new Map((db.prepare('SELECT name, id FROM people').all() as Array<{ name: string; id: number }>).map((p) => [p.name.toLowerCase(), p.id]));
      const insertPerson = db.prepare('INSERT INTO people (name, email, role, active, created_at, updated_at) VALUES (?, NULL, NULL, 1, ?, ?)');
      const insertRisk = db.prepare(
        `INSERT INTO risks (code, title, cause, event, consequence, category, owner_id, controls, treatment, status, inherent_likelihood, inherent_impact,
           residual_likelihood, residual_impact, target_likelihood, target_impact, next_review_date, created_at, updated_at,
           inherent_score, inherent_band, residual_score, residual_band, target_score, target_band)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const link = db.prepare('INSERT OR IGNORE INTO risk_services (risk_id, service_id) VALUES (?, ?)');
      const assess = db.prepare(
        `INSERT INTO risk_assessments (risk_id, assessed_at, assessor_id, inherent_likelihood, inherent_impact, residual_likelihood, residual_impact,
           target_likelihood, target_impact, rationale, kind, matrix_version) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, 'Imported from register.csv.', 'import', 1)`,
      );
      const audit = db.prepare(
        `INSERT INTO audit_log (at, actor_id, actor_name, entity, entity_id, action, before_json, after_json) VALUES (?, NULL, 'Benchmark', ?, ?, 'create', NULL, ?)`,
      );
      const scored = (l: number, i: number) => [score(DEFAULT_RISK_MATRIX, l, i), band(DEFAULT_RISK_MATRIX, l, i).rank];
      db.transaction(() => {
        // Per-row FTS5 triggers flush the index at every statement; a bulk writer indexes the new rows once at the end.
        const trigger = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'risks_search_insert'").pluck().get() as string;
        const highest = db.prepare('SELECT coalesce(max(id), 0) FROM risks').pluck().get() as number;
        db.exec('DROP TRIGGER risks_search_insert');
        for (const cells of parsed) {
          const [code, title, cause, event, consequence, category, owner, serviceCodes, controls, il, ii, rl, ri, tl, ti, treatment, status, review, assessed] =
            cells as string[];
          let ownerId = people.get(owner!.toLowerCase());
          if (ownerId === undefined) {
            ownerId = Number(insertPerson.run(owner, now, now).lastInsertRowid);
            audit.run(now, 'person', String(ownerId), JSON.stringify({ id: ownerId, name: owner, email: null, role: null, active: true }));
            people.set(owner!.toLowerCase(), ownerId);
          }
          const [a, b, c, d, e, f] = [levelOf(LIKELIHOOD, il!), levelOf(IMPACT, ii!), levelOf(LIKELIHOOD, rl!), levelOf(IMPACT, ri!), Number(tl), Number(ti)];
          const [day, month, year] = review!.split('/');
          const residual = scored(c, d);
          const id = Number(
            insertRisk.run(
              code,
              title,
              cause,
              event,
              consequence,
              category,
              ownerId,
              controls,
              treatment,
              status,
              a,
              b,
              c,
              d,
              e,
              f,
              `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`,
              now,
              now,
              ...scored(a, b),
              ...residual,
              ...scored(e, f),
            ).lastInsertRowid,
          );
          for (const serviceCode of serviceCodes!.split('; ')) link.run(id, services.get(serviceCode));
          assess.run(id, `${assessed}T12:00:00.000Z`, a, b, c, d, e, f);
          audit.run(now, 'risk', String(id), JSON.stringify({ code, title, residualScore: residual[0], source: 'import of register.csv' }));
        }
        db.prepare(`INSERT INTO risks_search (rowid, ${SEARCH_COLUMNS}) SELECT id, ${SEARCH_COLUMNS} FROM risks WHERE id > ?`).run(highest);
        db.exec(trigger);
      })();
      return parsed.length;
    },
    afterRaw: () => {
      const rawFootprint = footprint(rawDb!);
      if (apiFootprint !== rawFootprint) throw new Error(`risks.import: the API and raw paths wrote different rows: API ${apiFootprint}, raw ${rawFootprint}`);
    },
  };
};
