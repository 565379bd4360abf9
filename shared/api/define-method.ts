import type { z } from 'zod';
import type { DataDomain } from './data-domains';

/**
 * How a method touches the workspace, which decides how the dispatcher runs it:
 * - `read`: needs an open workspace, runs outside a transaction;
 * - `write`: needs an open workspace, runs inside one SQLite transaction, must be synchronous;
 * - `app`: manages the app itself (opening files, backups), needs no open workspace.
 */
export type MethodEffect = 'read' | 'write' | 'app';

/** One API method: its input schema, its effect and a line for the contract listing. */
export interface MethodDef<Input extends z.ZodType, Result> {
  input: Input;
  effect: MethodEffect;
  /** A read: the data it shows. A write: the data it changes. Decides what the renderer refetches after a write. */
  domains: readonly DataDomain[];
  summary: string;
  /** Never set at run time: carries the result type for the compiler. */
  readonly resultType?: Result;
}

/** Declare a method whose result is `Result`; the input type comes from its zod schema. */
export function defineMethod<Result>() {
  return <Input extends z.ZodType>(def: { input: Input; effect: MethodEffect; domains: readonly DataDomain[]; summary: string }): MethodDef<Input, Result> =>
    def;
}
