import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { WorkspaceInfo } from '../../shared/api/workspace-api';
import { contract, methodNames } from '../../shared/api/contract';
import { dispatch } from '../api/dispatch';
import { AppController } from '../app/app-controller';
import { clockFromEnv } from '../app/app-clock';
import { browserHost } from '../app/host';
import { listBackupFiles } from '../db/backup-files';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../db/open-workspace';
import { populateDemoWorkspace } from '../demo/demo-workspace';
import { generateWorkspace } from '../demo/generate-workspace';
import { startHttpHost } from '../http/http-host';
import { startDispatcherThread } from '../api/dispatcher-thread';
import { rebuildSlaPeriodResults, slaPeriodResultsDrift } from '../repositories/slas/period-results';
import { parse, requireOption, UsageError, wholeNumber, type CliIo } from './cli-args';

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

/** Commands that create, serve, check or call a workspace. */
export const workspaceCommands: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  async serve(args, io) {
    const { values, positionals } = parse(args, { db: { type: 'string' }, port: { type: 'string' } });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const port = wholeNumber(values, 'port', 0);
    if (port > 65535) throw new UsageError('--port must be between 0 and 65535');
    const target = typeof values.db === 'string' ? path.resolve(values.db) : null;
    const startup = target ? { kind: 'openOrCreate' as const, path: target, exists: fs.existsSync(target) } : { kind: 'reopenLast' as const };
    // The API and the workspace run in a worker thread: a long import never holds up the pages,
    // the progress answers or any other connection of this HTTP thread.
    const dispatcher = await startDispatcherThread({ hostKind: 'browser', nativeFileDialogs: false, startup }, io.dispatcherWorker);
    try {
      const host = await startHttpHost({ call: dispatcher.client.call, port, rendererDir: io.rendererDir });
      io.out(`ServiceLedger serving ${host.url}`);
      await io.untilStopped();
      await host.close();
    } finally {
      await dispatcher.stop();
    }
    return 0;
  },

  async new(args, io) {
    const { values, positionals } = parse(args, { db: { type: 'string' }, org: { type: 'string' } });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const app = new AppController({ host: browserHost, rememberRecent: false });
    try {
      // Through the API, so the path and the name are checked exactly as the app checks them.
      const input = { path: path.resolve(requireOption(values, 'db')), ...(values.org !== undefined ? { organisationName: values.org } : {}) };
      const result = await dispatch(app, 'workspace.create', input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.field);
      const created = (result.value as WorkspaceInfo).workspace;
      io.out(`Created an empty workspace for ${created?.organisationName ?? 'your organisation'}: ${created?.path ?? input.path}`);
    } finally {
      app.shutdown();
    }
    return 0;
  },

  async demo(args, io) {
    const { values } = parse(args, { db: { type: 'string' }, force: { type: 'boolean' } });
    const target = await createFilled(
      requireOption(values, 'db'),
      values.force === true,
      (db) => populateDemoWorkspace(db, clockFromEnv().now()),
      'Northwind Health Trust',
    );
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
    const target = await createFilled(
      file,
      values.force === true,
      (db) => generateWorkspace(db, { risks, services, slaCoverage, now: clockFromEnv().now() }),
      'Synthetic Benchmark Ltd',
    );
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
    let opened: Awaited<ReturnType<typeof openWorkspaceDatabase>>;
    try {
      // The full integrity_check runs inside the open; a damaged file is refused there in one sentence.
      opened = await openWorkspaceDatabase(target, { fullCheck: true, now: () => clockFromEnv().now() });
    } catch (error) {
      if (error instanceof AppError && error.code === 'workspace_damaged') {
        io.err(`serviceledger check: ${error.message}`);
        const latest = listBackupFiles(target)
          .filter((backup) => backup.kind !== 'damaged')
          .slice(0, 3);
        for (const backup of latest) io.err(`  backup: ${backup.path} (${backup.createdAt.slice(0, 16).replace('T', ' ')} UTC, ${backup.kind})`);
        return 1;
      }
      throw error;
    }
    try {
      const foreignKeys = opened.db.pragma('foreign_key_check') as unknown[];
      let stale = slaPeriodResultsDrift(opened.db);
      if (stale && values.repair) {
        opened.db.transaction(() => rebuildSlaPeriodResults(opened.db))();
        io.out(`Rebuilt the SLA results summary (${stale} rows were stale).`);
        stale = 0;
      }
      io.out(
        `${target}: workspace format ${opened.schemaVersion}, integrity ok, foreign keys ${foreignKeys.length ? `${foreignKeys.length} broken` : 'ok'}, SLA results summary ${stale ? `${stale} rows stale (run with --repair)` : 'ok'}`,
      );
      if (opened.migrationBackupPath) io.out(`Upgraded from an older format; backup at ${opened.migrationBackupPath}`);
      return foreignKeys.length || stale ? 1 : 0;
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

  async methods(_args, io) {
    for (const name of methodNames) io.out(`${name.padEnd(24)} ${contract[name].summary}`);
    return 0;
  },
};
