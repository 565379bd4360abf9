import { createApiClient, type ApiClient, type Transport } from '../../../shared/api/client';
import { contract, isMethodName, type MethodInput, type MethodName, type MethodResult } from '../../../shared/api/contract';
import { zodErrorToBody } from '../../../shared/api/validation';
import type { ApiErrorBody } from '../../../shared/api/errors';

export type FakeHandlers = {
  [M in MethodName]?: (input: MethodInput<M>) => MethodResult<M> | Promise<MethodResult<M>>;
};

// Screens often catch a failed call and show a message, so a refused input could go unnoticed;
// the test setup fails every test that left a violation here.
const contractViolations: string[] = [];

/** The inputs screens sent that the API's schemas refuse, since the last call; empties the list. */
export function takeContractViolations(): string[] {
  return contractViolations.splice(0);
}

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
 * handling (ok/error, ApiCallError) as with IPC or HTTP. Every input is validated against the
 * contract's schema, as the dispatcher does; an invalid one fails the test loudly (it would be a
 * bug in the screen). Unhandled methods fail loudly.
 */
export function createFakeApi(handlers: FakeHandlers): FakeApi {
  const calls: FakeApi['calls'] = [];
  const transport: Transport = async (method, input) => {
    calls.push({ method, input });
    if (!isMethodName(method)) return { ok: false, error: { code: 'unknown_method', message: `There is no API method named "${method}".` } };
    // The same schema check as the real dispatcher: a screen that sends what the API would refuse
    // fails its test here instead of passing against a lenient fake.
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const body = zodErrorToBody(parsed.error);
      const violation = `The screen sent ${method} an input the API refuses: ${body.message}${body.field ? ` (field ${body.field})` : ''}`;
      contractViolations.push(violation);
      throw new Error(`The screen sent ${method} an input the API refuses: ${body.message}${body.field ? ` (field ${body.field})` : ''}\nInput: ${JSON.stringify(input)}`);
    }
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
