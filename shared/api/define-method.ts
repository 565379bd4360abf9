import type { z } from 'zod';
import type { DataDomain } from './data-domains';

/**
 * How a method touches the workspace, which decides how the dispatcher runs it:
 * - `read`: needs an open workspace, runs outside a transaction;
 * - `write`: needs an open workspace, runs inside one SQLite transaction, must be synchronous;
 * - `import`: needs an open workspace; its handler parses the file first (asynchronous, writes
 *   nothing), then the dispatcher runs its synchronous commit inside one transaction, all or nothing;
 * - `app`: manages the app itself (opening files, backups), needs no open workspace.
 */
export type MethodEffect = 'read' | 'write' | 'import' | 'app';

/** One API method: its input schema, its effect and a line for the contract listing. */
export interface MethodDef<Input extends z.ZodType, Result, Effect extends MethodEffect = MethodEffect> {
  input: Input;
  effect: Effect;
  /** A read: the data it shows. A write or import: the data it changes. Decides what the renderer refetches after a write. */
  domains: readonly DataDomain[];
  summary: string;
  /** Never set at run time: carries the result type for the compiler. */
  readonly resultType?: Result;
}

/** Declare a method whose result is `Result`; the input type comes from its zod schema, the effect is kept as written. */
export function defineMethod<Result>() {
  return <Input extends z.ZodType, const Effect extends MethodEffect>(def: {
    input: Input;
    effect: Effect;
    domains: readonly DataDomain[];
    summary: string;
  }): MethodDef<Input, Result, Effect> => def;
}
