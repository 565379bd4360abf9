import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract';
import type { ApiErrorBody } from '../../shared/api/errors';
import { dispatch } from '../api/dispatch';
import type { AppController } from '../app/app-controller';

// Tests' apps run on a fixed clock (makeTestApp); the business date is read in UTC so a test
// means the same on a machine in any time zone.
const TEST_DISPATCH = { timeZone: 'UTC' } as const;

/** Call a method through the real dispatcher and return its value; throws the error body on failure. */
export async function call<M extends MethodName>(app: AppController, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const result = await dispatch(app, method, input, TEST_DISPATCH);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as MethodResult<M>;
}

/** Call a method that must fail, and return its typed error body. */
export async function callError<M extends MethodName>(app: AppController, method: M, input: MethodInput<M> | Record<string, unknown>): Promise<ApiErrorBody> {
  const result = await dispatch(app, method, input, TEST_DISPATCH);
  if (result.ok) throw new Error(`${method} succeeded but was expected to fail`);
  return result.error;
}
