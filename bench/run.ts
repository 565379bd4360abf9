// `npm run bench`: times API calls against raw better-sqlite3 on one large generated workspace.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { dispatch } from '../electron/api/dispatch';
import { AppController } from '../electron/app/app-controller';
import { browserHost } from '../electron/app/host';
import { workspaceSizeBytes } from '../electron/db/workspace-file';
import { BENCH_USAGE, parseBenchArgs, type BenchOptions } from './args';
import { figures, type BenchContext } from './figures';
import { measure, summarise } from './measure';
import { countsLine, machineLine, resultsTable, sizeLine, type FigureResult } from './report';
import { prepareWorkspace } from './workspace';
import { teamSyncFigures } from './team-sync';

async function run(options: BenchOptions): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-bench-'));
  // The app keeps its recent-files state under SERVICELEDGER_HOME; never touch the user's own.
  if (!process.env.SERVICELEDGER_HOME) process.env.SERVICELEDGER_HOME = path.join(scratch, 'home');
  const file = path.resolve(options.db ?? path.join(scratch, 'bench.sqlite'));

  console.log('ServiceLedger benchmarks');
  console.log(`Machine:   ${machineLine()}`);
  const prepared = await prepareWorkspace(file, options);
  if (prepared.generated) {
    const { ms, summary } = prepared.generated;
    console.log(
      `Generated: ${countsLine({ services: summary.services, risks: summary.risks, SLAs: summary.slas, measurements: summary.slaMeasurements, assessments: summary.riskAssessments })} in ${ms.toFixed(0)} ms`,
    );
  } else {
    console.log(`Reusing:   ${file}`);
  }

  // No daily automatic backup: it would copy the whole benchmark workspace before the first figure.
  const app = new AppController({ host: browserHost, automaticBackups: false });
  const raw = new Database(file, { fileMustExist: true });
  try {
    await app.open(file);
    const count = (table: string) => raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    console.log(`Workspace: ${file}`);
    console.log(
      `           ${sizeLine(workspaceSizeBytes(file))}; ${countsLine({ services: count('services'), risks: count('risks'), SLAs: count('slas'), 'audit entries': count('audit_log') })}`,
    );
    console.log(`Runs:      median and p95 of ${options.runs} runs after ${options.warmup} warm-up runs\n`);

    const bench: BenchContext = {
      app,
      file,
      raw,
      async call(method, input) {
        const response = await dispatch(app, method, input);
        if (!response.ok) throw new Error(`${method} failed: ${response.error.message}`);
        return response.value;
      },
    };
    const results: FigureResult[] = [];
    for (const factory of figures) {
      const figure = factory(bench);
      if (options.only.length > 0 && !options.only.some((part) => figure.name.toLowerCase().includes(part.toLowerCase()))) continue;
      const runs = Math.min(options.runs, figure.runs ?? options.runs);
      const warmup = Math.min(options.warmup, figure.warmup ?? options.warmup);
      const api = await measure(figure.api, { runs, warmup, before: figure.beforeApi });
      const rawSamples = await measure(figure.raw, { runs, warmup, before: figure.beforeRaw, after: figure.afterRaw });
      results.push({ name: figure.name, api: summarise(api), raw: summarise(rawSamples) });
      if (!app.workspacePath) await app.open(file); // a figure may leave the workspace closed
    }
    console.log(resultsTable(results));
    if (options.only.length === 0 || options.only.some((part) => 'team sync'.includes(part.toLowerCase()))) {
      app.close(); // the team figures work on copies of the file
      console.log(`\n${(await teamSyncFigures(file)).join('\n')}`);
    }
  } finally {
    raw.close();
    app.shutdown();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(argv);
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n\n${BENCH_USAGE}`);
    return 2;
  }
  await run(options);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench failed:', error);
    process.exit(1);
  },
);
