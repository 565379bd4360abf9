import type Database from 'better-sqlite3';
import type { ImportMethodName, MethodName, MethodResult, ParsedInput } from '../../shared/api/contract';
import type { AppController } from '../app/app-controller';
import type { ProgressReporter } from '../io/import-progress';
import type { ImportSteps } from '../io/write-in-slices';
import type { Actor } from '../repositories/audit-repository';

/** What every handler gets besides its validated input. */
export interface HandlerContext {
  app: AppController;
  /** The open workspace; reading it throws `no_workspace` when none is open. */
  readonly db: Database.Database;
  /** Who the change is recorded against. */
  actor(): Actor;
  /** This moment as an ISO instant, from the app's clock: what every stamp records. */
  now(): string;
  /** The business date (YYYY-MM-DD): the caller's wall-clock date at `now()`. */
  today(): string;
}

/** A handler for one method. Handlers of `write` methods must be synchronous: they run inside a transaction. */
export type Handler<M extends MethodName> = (input: ParsedInput<M>, context: HandlerContext) => MethodResult<M> | Promise<MethodResult<M>>;

/**
 * The handler of an `import` method, in two parts the dispatcher runs in turn: `parse` (async:
 * read the file, map its columns, check every row, build the plan; writes nothing, so a preview
 * or dry run is `parse` alone), then `commit` inside one transaction. Methods are declared with
 * method syntax so an importer's own plan type fits the table.
 */
export interface ImportHandler<M extends ImportMethodName, Plan = unknown> {
  /** Reads and checks the file, saying through `report` (when given) that the file is read. */
  parse(input: ParsedInput<M>, context: HandlerContext, report?: ProgressReporter): Promise<Plan>;
  /** How many rows the commit writes: the "of total" of its progress. */
  rows(plan: Plan): number;
  /**
   * The writes, synchronous: each step yields the rows written so far, so the dispatcher can say
   * how far it has got between slices of the one transaction it runs them in.
   */
  commit(plan: Plan, context: HandlerContext): ImportSteps<MethodResult<M>>;
  /** Upkeep once the transaction has committed (planner statistics after a large import). */
  afterCommit?(result: MethodResult<M>, context: HandlerContext): void;
}

/** Which rows an import writes: all or nothing (any bad row stops it), or only the valid ones. */
export type ImportMode = 'all-or-nothing' | 'valid-rows';

/** An importer's plan: what the file says, and which of its rows the commit writes. */
export type ImportPlan<FilePlan> = FilePlan & { mode: ImportMode };

/** The plan of a file for `mode` (a preview or dry run asks with no mode: all or nothing). */
export function importPlan<FilePlan extends object>(plan: FilePlan, mode: ImportMode | undefined): ImportPlan<FilePlan> {
  return { ...plan, mode: mode ?? 'all-or-nothing' };
}

export type HandlerTable = { [M in MethodName]: M extends ImportMethodName ? ImportHandler<M> : Handler<M> };
