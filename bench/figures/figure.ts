import type Database from 'better-sqlite3';
import type { MethodInput, MethodName } from '../../shared/api/contract';
import type { AppController } from '../../electron/app/app-controller';

/** What every figure gets: the app with the workspace open, and a second plain connection to the same file. */
export interface BenchContext {
  app: AppController;
  /** The workspace file. */
  file: string;
  /** A plain better-sqlite3 connection to the same file, for the raw baseline. */
  raw: Database.Database;
  /** Call a method through `dispatch` (validation, handler, mapping); throws when it fails, so an error is never timed as a fast answer. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<unknown>;
}

/**
 * One line of the report: the same work done through the API and with raw prepared statements
 * on the same file. Prepare raw statements once, outside `raw`, so the baseline is the floor.
 */
export interface Figure {
  name: string;
  api: () => Promise<unknown>;
  raw: () => unknown;
  /** Untimed work before each API run, e.g. closing the workspace that the run opens again. */
  beforeApi?: () => unknown;
  /** Untimed work before each raw run, e.g. a fresh copy of the file the run writes to. */
  beforeRaw?: () => unknown;
  /** Untimed work after each raw run; gets what `raw` returned. */
  afterRaw?: (result: unknown) => unknown;
  /** Fewer runs for a heavy figure (seconds per run) than the command line asks for. */
  runs?: number;
  warmup?: number;
}

export type FigureFactory = (bench: BenchContext) => Figure;
