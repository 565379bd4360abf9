import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../electron/api/dispatch';
import { AppController } from '../../electron/app/app-controller';
import { browserHost } from '../../electron/app/host';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../../electron/db/open-workspace';
import { generateWorkspace } from '../../electron/demo/generate-workspace';
import type { Figure, FigureFactory } from './figure';
import { registerCsv } from './risks-import';

/**
 * `PRAGMA synchronous` FULL against NORMAL for the writes people make (docs/durability.md). In
 * these lines the "API" column is FULL and the "raw" column NORMAL, both through `dispatch` on
 * the same small workspace (the cost is an fsync per commit, not the size of the file), so
 * "API/raw" reads as "FULL costs this many times NORMAL". Run them alone with
 * `npm run bench -- --only durability`.
 */
const SERVICES = 5000; // the import CSV names services SVC-00001 to SVC-05000
const RISKS = 0; // as the risks.import figure: the cost measured is a commit, not the register size
const IMPORT_ROWS = 20_000;

type Sync = 'FULL' | 'NORMAL';

let folder: string | null = null;
let template: Promise<string> | null = null;

function scratch(): string {
  if (!folder) {
    const made = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-bench-durability-'));
    process.on('exit', () => fs.rmSync(made, { recursive: true, force: true }));
    folder = made;
  }
  return folder;
}

/** A 5,000-service workspace, made once and copied for each app. */
function templateFile(): Promise<string> {
  template ??= (async () => {
    const file = path.join(scratch(), 'template.sqlite');
    const opened = await openWorkspaceDatabase(file, { create: true, organisationName: 'Durability benchmark' });
    opened.db.transaction(() => generateWorkspace(opened.db, { services: SERVICES, risks: RISKS, now: new Date('2026-11-24T09:00:00Z'), auditTrail: false }))();
    closeWorkspaceDatabase(opened.db);
    return file;
  })();
  return template;
}

let copies = 0;
/** A fresh copy of the template, opened by an app whose connection runs with this `synchronous`. */
async function freshApp(sync: Sync): Promise<AppController> {
  const file = path.join(scratch(), `copy-${(copies += 1)}.sqlite`);
  fs.copyFileSync(await templateFile(), file);
  const app = new AppController({ host: browserHost, rememberRecent: false, dataDir: path.join(scratch(), 'data') });
  await app.open(file);
  app.db.pragma(`synchronous = ${sync}`);
  return app;
}

async function ok(app: AppController, method: Parameters<typeof dispatch>[1], input: unknown): Promise<unknown> {
  const result = await dispatch(app, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value;
}

/** Two apps, one per setting, made before the first run and kept for every run of a figure. */
function pairOfApps() {
  const apps: Partial<Record<Sync, AppController>> = {};
  return {
    async ready(): Promise<void> {
      apps.FULL ??= await freshApp('FULL');
      apps.NORMAL ??= await freshApp('NORMAL');
    },
    get: (sync: Sync) => apps[sync]!,
  };
}

const riskInput = (n: number) => ({
  title: `Durability risk ${n}`,
  category: 'Availability',
  inherent: { likelihood: 4, impact: 3 },
  residual: { likelihood: 2, impact: 3 },
  nextReviewDate: '2027-01-01',
});

/** One risk saved (created): validation, the insert, its assessment and audit row, one commit. */
export const durabilityOneSave: FigureFactory = (): Figure => {
  const apps = pairOfApps();
  let n = 0;
  return {
    name: 'durability FULL vs NORMAL: one risk save',
    beforeApi: () => apps.ready(),
    api: () => ok(apps.get('FULL'), 'risks.create', riskInput((n += 1))),
    raw: () => ok(apps.get('NORMAL'), 'risks.create', riskInput((n += 1))),
  };
};

/** 1,000 single saves one after the other, each its own transaction (a person working all day, compressed). */
export const durabilityThousandSaves: FigureFactory = (): Figure => {
  const apps = pairOfApps();
  let n = 0;
  const thousand = async (sync: Sync) => {
    for (let k = 0; k < 1000; k += 1) await ok(apps.get(sync), 'risks.create', riskInput((n += 1)));
  };
  return {
    name: 'durability FULL vs NORMAL: 1,000 single risk saves',
    runs: 3,
    warmup: 0,
    beforeApi: () => apps.ready(),
    api: () => thousand('FULL'),
    raw: () => thousand('NORMAL'),
  };
};

/** A 20,000-row register import: one transaction, so one commit whatever the setting. */
export const durabilityImport: FigureFactory = (): Figure => {
  const input = { fileName: 'register.csv', contentBase64: Buffer.from(registerCsv(IMPORT_ROWS), 'utf8').toString('base64') };
  let full: AppController | null = null;
  let normal: AppController | null = null;
  return {
    name: `durability FULL vs NORMAL: ${IMPORT_ROWS.toLocaleString('en-GB')}-row risk import`,
    runs: 3,
    warmup: 0,
    beforeApi: async () => {
      full?.shutdown();
      full = await freshApp('FULL');
      normal ??= await freshApp('NORMAL');
    },
    api: () => ok(full!, 'risks.import', input),
    raw: () => ok(normal!, 'risks.import', input),
    afterRaw: async () => {
      normal?.shutdown();
      normal = await freshApp('NORMAL');
    },
  };
};
