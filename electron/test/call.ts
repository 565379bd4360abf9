import { inject } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract';
import type { ApiErrorBody } from '../../shared/api/errors';
import { createResultChecker, type ResultChecker } from '../../shared/api/result-validation';
import { dispatch } from '../api/dispatch';
import type { AppController } from '../app/app-controller';

// Tests' apps run on a fixed clock (makeTestApp); the business date is read in UTC so a test
// means the same on a machine in any time zone.
const TEST_DISPATCH = { timeZone: 'UTC' } as const;

// Every answer is checked against the JSON Schema of the method's declared result type, the same
// one the component tests' fake API checks its fixtures against: the schemas are proven against
// the real handlers, and a handler that returns something else than its type says fails here.
// The schemas come from the vitest global setup (scripts/result-schemas-setup.ts); each
// validator is compiled on first use, once per worker.
let resultChecker: ResultChecker | undefined;

/** The problems with `value` as a result of `method` (null when it is what the contract declares). */
export function resultProblems(method: MethodName, value: unknown): string[] | null {
  if (!resultChecker) {
    const schemas = inject('resultSchemas');
    if (!schemas) throw new Error('No result schemas: run the unit tests through vitest.config.ts (scripts/result-schemas-setup.ts).');
    resultChecker = createResultChecker(schemas);
  }
  return resultChecker(method, value);
}

/** Call a method through the real dispatcher and return its value; throws the error body on failure. */
export async function call<M extends MethodName>(app: AppController, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const result = await dispatch(app, method, input, TEST_DISPATCH);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  const problems = resultProblems(method, result.value);
  if (problems) throw new Error(`${method} returned something other than its declared result type: ${problems.join('; ')}`);
  return result.value as MethodResult<M>;
}

/** Call a method that must fail, and return its typed error body. */
export async function callError<M extends MethodName>(app: AppController, method: M, input: MethodInput<M> | Record<string, unknown>): Promise<ApiErrorBody> {
  const result = await dispatch(app, method, input, TEST_DISPATCH);
  if (result.ok) throw new Error(`${method} succeeded but was expected to fail`);
  return result.error;
}
