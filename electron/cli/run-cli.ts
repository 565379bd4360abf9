import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../../shared/api/errors';
import { methodNames, contract } from '../../shared/api/contract';
import { dispatch } from '../api/dispatch';
import { AppController } from '../app/app-controller';
import { browserHost } from '../app/host';
import { appVersion } from '../app/version';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../db/open-workspace';
import { populateDemoWorkspace } from '../demo/demo-workspace';
import { generateWorkspace } from '../demo/generate-workspace';
import { startHttpHost } from '../http/http-host';
import { rebuildSlaPeriodResults, slaPeriodResultsDrift } from '../repositories/slas/period-results';
import type { ExportFile, ImportPreview, ImportResult } from '../../shared/api/catalogue-io-api';
import type { RiskImportPreview } from '../../shared/import/risk-import-fields';
import type {
  ComputedAvailability,
  ImportPreviewBase,
  MeasurementImportPreview,
  MeasurementImportResult,
  OutageImportPreview,
  OutageImportResult,
} from '../../shared/api/sla-io-api';
import { USAGE } from './usage';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Folder of the built renderer that `serve` hands out; null when not built. */
  rendererDir: string | null;
  /** Resolves when the process is asked to stop (Ctrl+C); `serve` then closes cleanly. */
  untilStopped(): Promise<void>;
}

class UsageError extends Error {}

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function requireOption(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value;
}

function wholeNumber(values: Record<string, unknown>, name: string, fallback?: number): number {
  const raw = values[name];
  if (raw === undefined && fallback !== undefined) return fallback;
  const number = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || !Number.isSafeInteger(number)) {
    throw new UsageError(`--${name} must be a whole number, got ${raw === undefined ? 'nothing' : `"${String(raw)}"`}`);
  }
  return number;
}

async function createFilled(file: string, force: boolean, fill: (db: import('better-sqlite3').Database) => void, organisation: string) {
  const target = path.resolve(file);
  if (fs.existsSync(target)) {
    if (!force) throw new AppError('conflict', `${target} already exists. Pass --force to replace it.`);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
  }
  const opened = await openWorkspaceDatabase(target, { create: true, organisationName: organisation });
  try {
    opened.db.transaction(() => fill(opened.db))();
  } finally {
    closeWorkspaceDatabase(opened.db);
  }
  return target;
}

const commands: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  async serve(args, io) {
    const { values, positionals } = parse(args, { db: { type: 'string' }, port: { type: 'string' } });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const port = wholeNumber(values, 'port', 0);
    if (port > 65535) throw new UsageError('--port must be between 0 and 65535');
    const app = new AppController({ host: browserHost });
    if (typeof values.db === 'string') {
      const target = path.resolve(values.db);
      if (fs.existsSync(target)) await app.open(target);
      else await app.create(target, null);
    } else {
      await app.reopenLast();
    }
    const host = await startHttpHost({ app, port, rendererDir: io.rendererDir });
    io.out(`ServiceLedger serving ${host.url}`);
    await io.untilStopped();
    await host.close();
    app.shutdown();
    return 0;
  },

  async demo(args, io) {
    const { values } = parse(args, { db: { type: 'string' }, force: { type: 'boolean' } });
    const target = await createFilled(requireOption(values, 'db'), values.force === true, (db) => populateDemoWorkspace(db, new Date()), 'Northwind Health Trust');
    io.out(`Demo workspace created: ${target}`);
    return 0;
  },

  async generate(args, io) {
    const { values } = parse(args, {
      db: { type: 'string' },
      risks: { type: 'string' },
      services: { type: 'string' },
      force: { type: 'boolean' },
      'sla-every-service': { type: 'boolean' },
    });
    const file = requireOption(values, 'db');
    const risks = wholeNumber(values, 'risks', 0);
    const services = wholeNumber(values, 'services', 0);
    const slaCoverage = values['sla-every-service'] ? ('every-service' as const) : ('live-customer-facing' as const);
    const started = performance.now();
    const target = await createFilled(file, values.force === true, (db) => generateWorkspace(db, { risks, services, slaCoverage, now: new Date() }), 'Synthetic Benchmark Ltd');
    io.out(`Generated ${services} services and ${risks} risks in ${target} (${Math.round(performance.now() - started)} ms)`);
    return 0;
  },

  async backup(args, io) {
    const { values } = parse(args, { db: { type: 'string' }, out: { type: 'string' } });
    const source = requireOption(values, 'db');
    const target = requireOption(values, 'out');
    const app = new AppController({ host: browserHost, rememberRecent: false });
    await app.open(source);
    try {
      const copy = await app.backup(target);
      io.out(`Backed up to ${copy.path} (${copy.sizeBytes} bytes)`);
    } finally {
      app.shutdown();
    }
    return 0;
  },

  async check(args, io) {
    const { values } = parse(args, { db: { type: 'string' }, repair: { type: 'boolean' } });
    const target = path.resolve(requireOption(values, 'db'));
    const opened = await openWorkspaceDatabase(target);
    try {
      const problems = (opened.db.pragma('integrity_check') as Array<{ integrity_check: string }>).filter((r) => r.integrity_check !== 'ok');
      const foreignKeys = opened.db.pragma('foreign_key_check') as unknown[];
      let stale = problems.length ? 0 : slaPeriodResultsDrift(opened.db);
      if (stale && values.repair) {
        opened.db.transaction(() => rebuildSlaPeriodResults(opened.db))();
        io.out(`Rebuilt the SLA results summary (${stale} rows were stale).`);
        stale = 0;
      }
      io.out(
        `${target}: workspace format ${opened.schemaVersion}, integrity ${problems.length ? 'FAILED' : 'ok'}, foreign keys ${foreignKeys.length ? `${foreignKeys.length} broken` : 'ok'}, SLA results summary ${stale ? `${stale} rows stale (run with --repair)` : 'ok'}`,
      );
      if (opened.migrationBackupPath) io.out(`Upgraded from an older format; backup at ${opened.migrationBackupPath}`);
      for (const problem of problems.slice(0, 20)) io.err(problem.integrity_check);
      return problems.length || foreignKeys.length || stale ? 1 : 0;
    } finally {
      closeWorkspaceDatabase(opened.db);
    }
  },

  async call(args, io) {
    const { values, positionals } = parse(args, { db: { type: 'string' } });
    const [method, json] = positionals;
    if (!method) throw new UsageError('call needs a METHOD, e.g. "people.list"');
    let input: unknown = {};
    if (json !== undefined) {
      try {
        input = JSON.parse(json);
      } catch {
        throw new UsageError(`the input for ${method} is not valid JSON`);
      }
    }
    const app = new AppController({ host: browserHost, rememberRecent: false });
    if (typeof values.db === 'string') await app.open(values.db);
    try {
      const result = await dispatch(app, method, input);
      (result.ok ? io.out : io.err)(JSON.stringify(result, null, 2));
      return result.ok ? 0 : 1;
    } finally {
      app.shutdown();
    }
  },

  async import(args, io) {
    const { values, positionals } = parse(args, { db: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'valid-rows': { type: 'boolean' } });
    const [kind, file] = positionals;
    if (!['services', 'risks', 'measurements', 'outages'].includes(kind ?? '')) {
      throw new UsageError(`import supports: services, risks, measurements, outages (got ${kind === undefined ? 'nothing' : `"${kind}"`})`);
    }
    if (!file) throw new UsageError(`import ${kind} needs a FILE (.csv or .xlsx)`);
    const db = requireOption(values, 'db');
    if (!fs.existsSync(file)) throw new AppError('not_found', `There is no file at ${path.resolve(file)}.`);
    const input = { fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') };
    const options = { dryRun: values['dry-run'] === true, mode: values['valid-rows'] ? ('valid-rows' as const) : ('all-or-nothing' as const) };
    if (kind === 'measurements') return withWorkspace(db, (app) => importMeasurements(app, io, input, options));
    if (kind === 'outages') return withWorkspace(db, (app) => importOutages(app, io, input, options));
    return withWorkspace(db, async (app) => {
      const preview = await dispatchOrThrow(app, kind === 'risks' ? 'risks.importPreview' : 'services.importPreview', input);
      printImportReport(io, preview);
      if (preview.mappingProblems.length) return 1;
      if (values['dry-run']) {
        io.out('Dry run: nothing was written.');
        return preview.errors.length ? 1 : 0;
      }
      const mode = values['valid-rows'] ? 'valid-rows' : 'all-or-nothing';
      const started = performance.now();
      const result = await dispatch(app, kind === 'risks' ? 'risks.import' : 'services.import', { ...input, mode });
      if (!result.ok) {
        io.err(result.error.message);
        return 1;
      }
      const value = result.value as ImportResult;
      const took = kind === 'risks' ? ` in ${(performance.now() - started).toFixed(0)} ms` : '';
      io.out(`Imported ${value.created} ${kind}${took}${value.skipped ? `, skipped ${value.skipped} rows with problems` : ''}${value.newPeople.length ? `; added people: ${listed(value.newPeople)}` : ''}.`);
      return value.skipped ? 1 : 0;
    });
  },

  async export(args, io) {
    const { values, positionals } = parse(args, { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } });
    const kind = positionals[0];
    if (kind !== 'services' && kind !== 'risks') throw new UsageError(`export supports: services, risks (got ${kind === undefined ? 'nothing' : `"${kind}"`})`);
    const format = values.format ?? 'csv';
    if (format !== 'csv' && format !== 'xlsx') throw new UsageError(`--format must be csv or xlsx, got "${String(format)}"`);
    const db = requireOption(values, 'db');
    const out = requireOption(values, 'out');
    return withWorkspace(db, async (app) => {
      const file = (await dispatchOrThrow(app, kind === 'risks' ? 'risks.export' : 'services.export', { format })) as ExportFile;
      fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
      fs.writeFileSync(out, Buffer.from(file.contentBase64, 'base64'));
      io.out(`Exported the ${kind === 'risks' ? 'risk register' : 'service catalogue'} to ${path.resolve(out)}`);
      return 0;
    });
  },

  async methods(_args, io) {
    for (const name of methodNames) io.out(`${name.padEnd(24)} ${contract[name].summary}`);
    return 0;
  },
};

/** Open a workspace for one command without touching the user's recent files, and close it after. */
async function withWorkspace(file: string, work: (app: AppController) => Promise<number>): Promise<number> {
  const app = new AppController({ host: browserHost, rememberRecent: false });
  await app.open(file);
  try {
    return await work(app);
  } finally {
    app.shutdown();
  }
}

async function dispatchOrThrow(app: AppController, method: string, input: unknown): Promise<ImportPreview & RiskImportPreview & ExportFile> {
  const result = await dispatch(app, method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.field);
  return result.value as ImportPreview & RiskImportPreview & ExportFile;
}

/** A list for one line of output: the first 20 names, then how many more. */
function listed(names: readonly string[]): string {
  return names.length > 20 ? `${names.slice(0, 20).join(', ')} and ${names.length - 20} more` : names.join(', ');
}

function printImportReport(io: CliIo, preview: (ImportPreviewBase & { newOwners?: string[] }) | RiskImportPreview): void {
  io.out(`${preview.fileName}: ${preview.rowCount} rows, ${preview.validCount} ready to import.`);
  for (const problem of preview.mappingProblems) io.err(`Mapping: ${problem}`);
  if ('ratings' in preview) {
    for (const scale of ['likelihood', 'impact'] as const) {
      const mapped = preview.ratings[scale].filter((r) => r.level !== null && r.via !== 'number');
      if (mapped.length) io.out(`${scale[0]!.toUpperCase()}${scale.slice(1)} ratings: ${mapped.map((r) => `"${r.text}" → ${r.level} ${preview.scales[scale][r.level! - 1]}`).join(', ')}`);
      if (preview.unmappedRatings[scale].length) io.err(`Unmapped ${scale} ratings: ${preview.unmappedRatings[scale].map((t) => `"${t}"`).join(', ')}`);
    }
  }
  for (const error of preview.errors) io.err(`Row ${error.row}${error.column ? `, ${error.column}` : ''}: ${error.message}`);
  if (preview.newOwners?.length) io.out(`New people to add: ${listed(preview.newOwners)}`);
}

interface ImportRun {
  dryRun: boolean;
  mode: 'all-or-nothing' | 'valid-rows';
}

/** Preview, report, and unless it is a dry run, import; exit 1 when any row failed or nothing could be written. */
async function runImport<P extends ImportPreviewBase, R extends { skipped: number }>(
  app: AppController,
  io: CliIo,
  methods: { preview: string; run: string },
  input: { fileName: string; contentBase64: string },
  options: ImportRun,
  report: { preview?: (preview: P) => void; done: (result: R) => void },
): Promise<number> {
  const previewed = await dispatch(app, methods.preview, input);
  if (!previewed.ok) throw new AppError(previewed.error.code, previewed.error.message, previewed.error.field);
  const preview = previewed.value as P;
  printImportReport(io, preview);
  if (preview.mappingProblems.length) return 1;
  report.preview?.(preview);
  if (options.dryRun) {
    io.out('Dry run: nothing was written.');
    return preview.errors.length ? 1 : 0;
  }
  const result = await dispatch(app, methods.run, { ...input, mode: options.mode });
  if (!result.ok) {
    io.err(result.error.message);
    return 1;
  }
  const value = result.value as R;
  report.done(value);
  return value.skipped ? 1 : 0;
}

const figure = (value: number) => String(Math.round(value * 10_000) / 10_000);

function importMeasurements(app: AppController, io: CliIo, input: { fileName: string; contentBase64: string }, options: ImportRun): Promise<number> {
  return runImport<MeasurementImportPreview, MeasurementImportResult>(app, io, { preview: 'measurements.importPreview', run: 'measurements.import' }, input, options, {
    preview: (preview) => {
      if (preview.replaceCount) io.out(`${preview.replaceCount} rows replace results already recorded.`);
    },
    done: (result) =>
      io.out(
        `Recorded ${result.created} new and ${result.updated} changed results${result.unchanged ? ` (${result.unchanged} unchanged)` : ''}${result.skipped ? `, skipped ${result.skipped} rows with problems` : ''}.`,
      ),
  });
}

function importOutages(app: AppController, io: CliIo, input: { fileName: string; contentBase64: string }, options: ImportRun): Promise<number> {
  const printResults = (results: ComputedAvailability[], warnings: string[]) => {
    for (const r of results) {
      io.out(`${r.slaCode} ${r.targetLabel} ${r.period}: ${figure(r.value)} % (${figure(r.downtimeMinutes)} of ${figure(r.serviceMinutes)} service minutes down) ${r.status}`);
    }
    for (const warning of warnings) io.out(`Note: ${warning}`);
  };
  return runImport<OutageImportPreview, OutageImportResult>(app, io, { preview: 'outages.importPreview', run: 'outages.import' }, input, options, {
    preview: (preview) => {
      if (preview.duplicates) io.out(`${preview.duplicates} outages are already in the workspace and will not be added again.`);
      if (options.dryRun) printResults(preview.results, preview.warnings);
    },
    done: (result) => {
      printResults(result.results, result.warnings);
      io.out(
        `Kept ${result.outagesAdded} outages${result.duplicates ? ` (${result.duplicates} already there)` : ''}; recorded ${result.measurementsCreated} new and ${result.measurementsUpdated} changed availability results${result.skipped ? `; skipped ${result.skipped} rows with problems` : ''}.`,
      );
    },
  });
}

/** Run the CLI; returns the exit code. Bad command lines print the usage and return 2. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    (command === undefined ? io.err : io.out)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'version' || command === '--version') {
    io.out(appVersion);
    return 0;
  }
  const run = commands[command];
  if (!run) {
    io.err(`serviceledger: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`serviceledger ${command}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof AppError) {
      io.err(`serviceledger ${command}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
