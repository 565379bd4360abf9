import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract';
import type { ApiErrorBody } from '../../shared/api/errors';
import { dispatch } from '../api/dispatch';
import type { AppController } from '../app/app-controller';

/** Call a method through the real dispatcher and return its value; throws the error body on failure. */
export async function call<M extends MethodName>(app: AppController, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const result = await dispatch(app, method, input, { today: () => '2026-11-24' });
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as MethodResult<M>;
}

/** Call a method that must fail, and return its typed error body. */
export async function callError<M extends MethodName>(app: AppController, method: M, input: MethodInput<M> | Record<string, unknown>): Promise<ApiErrorBody> {
  const result = await dispatch(app, method, input, { today: () => '2026-11-24' });
  if (result.ok) throw new Error(`${method} succeeded but was expected to fail`);
  return result.error;
}
