import type { ApiErrorBody, ApiResponse } from '../../shared/api/errors';
import { AppError } from '../../shared/api/errors';
import { contract, isMethodName, type ImportMethodName, type MethodName } from '../../shared/api/contract';
import type { MethodEffect } from '../../shared/api/define-method';
import { zodErrorToBody } from '../../shared/api/validation';
import type { AppController } from '../app/app-controller';
import { localTimeZone } from '../app/app-clock';
import { businessDate, isKnownTimeZone } from '../../shared/domain/business-date';
import { isCorruptionError } from '../db/integrity';
import { callGate } from './call-gate';
import { fileSystemErrorToBody } from './file-system-errors';
import { handlers as defaultHandlers, type HandlerContext, type HandlerTable } from '../handlers';
import type { ImportHandler } from '../handlers/handler-types';
import { runImport } from './run-import';
import { stampWriteTime } from '../team/capture-triggers';

export interface DispatchOptions {
  handlers?: HandlerTable;
  /** The caller's IANA time zone, which decides the business date; this process's zone by default. */
  timeZone?: string;
  /**
   * A read that arrives while an import writes runs at once on a read-only second connection
   * (the workspace as last committed) instead of waiting for the import's transaction. The
   * dispatcher worker turns this on; in-process callers (CLI, tests) keep reads in line.
   */
  readsBesideImports?: boolean;
  /** Where unexpected errors are reported (they reach the user only as a generic message). */
  logError?: (error: unknown, method: string) => void;
}

/** A zone the runtime knows, else this process's own: a bad header must not break a call. */
function callerTimeZone(timeZone: string | undefined): string {
  return timeZone && isKnownTimeZone(timeZone) ? timeZone : localTimeZone();
}

function sqliteErrorToBody(error: { code: string; message: string }): ApiErrorBody | null {
  if (error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return { code: 'conflict', message: 'This record is still used by other records, so the change was not made.' };
  }
  if (error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
    return { code: 'conflict', message: 'A record with the same code or name already exists.' };
  }
  if (error.code === 'SQLITE_BUSY') {
    return { code: 'conflict', message: 'The workspace file is busy in another program; try again in a moment.' };
  }
  if (error.code === 'SQLITE_READONLY') {
    return { code: 'forbidden', message: 'The workspace file is read-only; nothing was saved. Check the file permissions.' };
  }
  return null;
}

function errorToBody(error: unknown): ApiErrorBody | null {
  if (error instanceof AppError) return error.toBody();
  const fileSystem = fileSystemErrorToBody(error);
  if (fileSystem) return fileSystem;
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_')) {
    return sqliteErrorToBody(error as { code: string; message: string });
  }
  return null;
}

/**
 * Run one API call: check the method exists, validate the input against its schema, make sure a
 * workspace is open when the method needs one, run writes inside one transaction, parse an import
 * and then commit it in one transaction, and turn every
 * failure into a typed error. Every transport calls this and nothing else.
 */
export async function dispatch(app: AppController, method: string, rawInput: unknown, options: DispatchOptions = {}): Promise<ApiResponse<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `There is no API method named "${method}".` } };
  }
  const definition = contract[method];
  const parsed = definition.input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: zodErrorToBody(parsed.error) };

  const handler = (options.handlers ?? defaultHandlers)[method];
  // While an import writes its rows, every other call waits here; its progress is the one thing asked meanwhile.
  const gate = method === 'imports.progress' ? null : callGate(app);
  const beside = options.readsBesideImports === true && definition.effect === 'read' && gate?.exclusiveHeld === true && app.workspacePath !== null;
  const context: HandlerContext = {
    app,
    get db() {
      return beside ? app.readerDb() : app.db;
    },
    actor: () => app.actor(),
    now: () => app.clock.now().toISOString(),
    today: () => businessDate(app.clock.now(), callerTimeZone(options.timeZone)),
  };
  const entered = beside ? null : gate;
  await entered?.enter();
  try {
    if (definition.effect !== 'app') void app.db; // throws no_workspace before any work starts
    const value = await runHandler(app, method, definition.effect, handler, parsed.data, context);
    return { ok: true, value };
  } catch (error) {
    // A damaged page met mid-read: say the file is damaged (after a full check) instead of "internal".
    if (isCorruptionError(error)) return { ok: false, error: { code: 'workspace_damaged', message: app.noteCorruption((error as Error).message) } };
    const body = errorToBody(error);
    if (body) return { ok: false, error: body };
    (options.logError ?? ((e, m) => console.error(`[serviceledger] ${m} failed:`, e)))(error, method);
    return {
      ok: false,
      error: { code: 'internal', message: `Something went wrong in ${method}; nothing was saved. (${(error as Error)?.message ?? String(error)})` },
    };
  } finally {
    entered?.leave();
  }
}

/** Runs the handler as its effect says: a write in one transaction, an import as parse then commit, the rest as they are. */
async function runHandler(
  app: AppController,
  method: MethodName,
  effect: MethodEffect,
  handler: unknown,
  input: unknown,
  context: HandlerContext,
): Promise<unknown> {
  // A team workspace's capture triggers stamp each change with the app's clock.
  if (effect === 'write' || effect === 'import') {
    // A reader of a team workspace (an auditor) changes nothing; the team database would refuse it too.
    if (app.team.readOnly()) throw new AppError('forbidden', 'You are a reader in this team workspace: you can see everything but change nothing.');
    stampWriteTime(app.db, context.now());
  }
  if (effect === 'import') return runImport(handler as ImportHandler<ImportMethodName>, input as { progressId?: string }, context);
  const run = handler as (input: unknown, context: HandlerContext) => unknown;
  if (effect === 'write') return runInTransaction(app, method, () => run(input, context));
  return run(input, context);
}

function runInTransaction(app: AppController, method: MethodName, work: () => unknown): unknown {
  return app.db.transaction(() => {
    const result = work();
    if (result instanceof Promise) throw new Error(`write handler ${method} returned a promise; writes must be synchronous`);
    return result;
  })();
}
