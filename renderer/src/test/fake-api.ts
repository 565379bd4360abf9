import { createApiClient, type ApiClient, type Transport } from '../../../shared/api/client';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/api/contract';
import type { ApiErrorBody } from '../../../shared/api/errors';

export type FakeHandlers = {
  [M in MethodName]?: (input: MethodInput<M>) => MethodResult<M> | Promise<MethodResult<M>>;
};

/** Thrown by a fake handler to answer with an API error envelope. */
export class FakeApiError extends Error {
  readonly body: ApiErrorBody;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.body = body;
  }
}

/** `throw apiError({...})` in a handler makes the call fail the way the host would. */
export const apiError = (body: ApiErrorBody) => new FakeApiError(body);

export interface FakeApi {
  api: ApiClient;
  /** Every call in order, for assertions on what the screen asked for. */
  calls: Array<{ method: MethodName; input: unknown }>;
  /** The inputs of the calls to one method. */
  inputsOf: (method: MethodName) => unknown[];
}

/**
 * An in-memory transport behind the real typed client, so screens exercise the same envelope
 * handling (ok/error, ApiCallError) as with IPC or HTTP. Unhandled methods fail loudly.
 */
export function createFakeApi(handlers: FakeHandlers): FakeApi {
  const calls: FakeApi['calls'] = [];
  const transport: Transport = async (method, input) => {
    calls.push({ method, input });
    const handler = handlers[method] as ((input: unknown) => unknown) | undefined;
    if (!handler) return { ok: false, error: { code: 'unknown_method', message: `The fake API has no handler for ${method}.` } };
    try {
      return { ok: true, value: await handler(input) };
    } catch (error) {
      if (error instanceof FakeApiError) return { ok: false, error: error.body };
      throw error;
    }
  };
  return {
    api: createApiClient(transport),
    calls,
    inputsOf: (method) => calls.filter((call) => call.method === method).map((call) => call.input),
  };
}
