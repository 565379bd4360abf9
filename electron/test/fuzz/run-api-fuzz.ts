import fs from 'node:fs';
import { contract, methodNames, type MethodName } from '../../../shared/api/contract';
import { dispatch } from '../../api/dispatch';
import type { AppController } from '../../app/app-controller';
import type { HandlerTable } from '../../handlers';
import { resultProblems } from '../call';
import { inputJsonSchema, mutate, plausibleValue } from './schema-inputs';
import { SeededRandom } from './seeded-random';
import { changeCounter, contentHash, folderListing } from './workspace-fingerprint';

/**
 * Methods the fuzz leaves alone, and why: they replace or close the open workspace (so "nothing
 * changed" has no meaning and later calls would run on another file), or ask the desktop shell.
 */
export const FUZZ_SKIPPED: Partial<Record<MethodName, string>> = {
  'workspace.create': 'opens another workspace',
  'workspace.open': 'opens another workspace',
  'workspace.openDemo': 'replaces the workspace with the demo',
  'workspace.close': 'closes the workspace',
  'workspace.restore': 'replaces the workspace with a backup',
  'workspace.chooseFile': 'asks the desktop shell for a file dialog',
};

const KNOWN_CODES = new Set(['invalid_input', 'not_found', 'conflict', 'no_workspace', 'workspace_incompatible', 'unsupported', 'forbidden']);
/** Text that must never reach a user: stack frames, SQL and SQLite's own words. */
const LEAKS = [
  /\n\s+at [^\n]*:\d+:\d+/,
  /\bSQLITE_[A-Z_]+/,
  /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/,
  /no such (table|column)/i,
  /constraint failed/i,
  /syntax error/i,
  /TypeError|ReferenceError|RangeError/,
];

export interface FuzzFailure {
  method: string;
  kind: string;
  mutation: string;
  detail: string;
  input: string;
}

export interface FuzzReport {
  calls: number;
  /** Calls whose unmutated base input the schema accepted. */
  validBases: number;
  byMutation: Record<string, number>;
  answers: { valid: number; rejected: number };
  rejectedByCode: Record<string, number>;
  failures: FuzzFailure[];
  failuresByKind: Record<string, number>;
  skipped: string[];
}

const brief = (input: unknown) => {
  let text: string;
  try {
    text =
      JSON.stringify(input, (_k, v: unknown) =>
        typeof v === 'string' && v.length > 80
          ? `${v.slice(0, 40)}…(${v.length} chars)`
          : Array.isArray(v) && v.length > 5
            ? [...v.slice(0, 3), `…(${v.length} items)`]
            : v,
      ) ?? 'undefined';
  } catch {
    text = String(input);
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

/**
 * Call every method `perMethod` times with bad inputs derived from its schema, through the real
 * dispatcher, and check each answer: a valid value or a typed error (never `internal`), no stack
 * or SQL in the message, and after a rejection the same workspace rows and the same files on disk.
 */
export async function runApiFuzz(
  app: AppController,
  options: { seed: number; perMethod: number; tempDir: string; methods?: readonly MethodName[]; handlers?: HandlerTable },
): Promise<FuzzReport> {
  const random = new SeededRandom(options.seed);
  const report: FuzzReport = {
    calls: 0,
    validBases: 0,
    byMutation: {},
    answers: { valid: 0, rejected: 0 },
    rejectedByCode: {},
    failures: [],
    failuresByKind: {},
    skipped: [],
  };
  const fail = (failure: FuzzFailure) => {
    report.failures.push(failure);
    report.failuresByKind[failure.kind] = (report.failuresByKind[failure.kind] ?? 0) + 1;
  };
  let known = { changes: -1, hash: '' };
  for (const method of options.methods ?? methodNames) {
    if (FUZZ_SKIPPED[method]) {
      report.skipped.push(`${method} (${FUZZ_SKIPPED[method]})`);
      continue;
    }
    const schema = inputJsonSchema(contract[method].input);
    for (let i = 0; i < options.perMethod; i += 1) {
      // A base the schema accepts makes each mutation one step off a valid call, so it reaches the handler more often.
      let base = plausibleValue(schema, schema, random);
      for (let attempt = 0; attempt < 8 && !contract[method].input.safeParse(substituteDeep(base, options.tempDir)).success; attempt += 1)
        base = plausibleValue(schema, schema, random);
      if (contract[method].input.safeParse(substituteDeep(base, options.tempDir)).success) report.validBases += 1;
      const mutation = mutate(base, random, options.tempDir);
      const input = substituteDeep(mutation.input, options.tempDir);
      report.calls += 1;
      report.byMutation[mutation.kind] = (report.byMutation[mutation.kind] ?? 0) + 1;
      // The rows' hash is taken again only after something was written, so most calls cost one counter read.
      const changesBefore = changeCounter(app.db);
      if (changesBefore !== known.changes) known = { changes: changesBefore, hash: contentHash(app.db) };
      const filesBefore = folderListing(options.tempDir);
      const workingFolderBefore = fs.readdirSync(process.cwd()).join('\n');
      const record = (kind: string, detail: string) => fail({ method, kind, mutation: mutation.kind, detail, input: brief(input) });
      let answer;
      try {
        answer = await dispatch(app, method, input, { timeZone: 'UTC', logError: () => {}, ...(options.handlers ? { handlers: options.handlers } : {}) });
      } catch (error) {
        record('threw', String(error));
        continue;
      }
      // No call, accepted or not, may write where nobody asked: the host's working folder is no one's choice.
      if (fs.readdirSync(process.cwd()).join('\n') !== workingFolderBefore) record('wrote-outside-test-folder', `files in ${process.cwd()} changed`);
      if (answer.ok) {
        report.answers.valid += 1;
        const problems = resultProblems(method, answer.value);
        if (problems) record('bad-result', problems.join('; ').slice(0, 300));
        continue;
      }
      report.answers.rejected += 1;
      const { code, message } = answer.error;
      report.rejectedByCode[code] = (report.rejectedByCode[code] ?? 0) + 1;
      if (code === 'internal') record('internal', message.slice(0, 300));
      else if (!KNOWN_CODES.has(code)) record('unexpected-code', `${code}: ${message.slice(0, 200)}`);
      const leak = LEAKS.find((pattern) => pattern.test(message));
      if (leak) record('leak', message.slice(0, 300));
      if (changeCounter(app.db) !== changesBefore && contentHash(app.db) !== known.hash) record('changed-on-reject', 'workspace rows changed');
      if (folderListing(options.tempDir) !== filesBefore) record('disk-changed-on-reject', 'files under the test folder changed');
    }
  }
  return report;
}

/** Put the test folder into paths, keeping own keys such as "__proto__" as they are. */
function substituteDeep(value: unknown, tempDir: string): unknown {
  if (typeof value === 'string') return value.replace('@TMP@', tempDir);
  if (Array.isArray(value)) return value.length > 1000 ? value : value.map((item) => substituteDeep(item, tempDir));
  if (value && typeof value === 'object') {
    const text = JSON.stringify(value);
    return text.includes('@TMP@') ? JSON.parse(text.replaceAll('@TMP@', tempDir.replaceAll('\\', '\\\\'))) : value;
  }
  return value;
}
