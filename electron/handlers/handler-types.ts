import type Database from 'better-sqlite3';
import type { MethodName, MethodResult, ParsedInput } from '../../shared/api/contract';
import type { AppController } from '../app/app-controller';
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

export type HandlerTable = { [M in MethodName]: Handler<M> };
