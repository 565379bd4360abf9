import { inject } from 'vitest';
import { createApiClient, type ApiClient, type Transport } from '../../../shared/api/client';
import { contract, isMethodName, type MethodInput, type MethodName, type MethodResult } from '../../../shared/api/contract';
import { zodErrorToBody } from '../../../shared/api/validation';
import type { ApiErrorBody } from '../../../shared/api/errors';
import { createResultChecker, type ResultChecker } from '../../../shared/api/result-validation';

export type FakeHandlers = {
  [M in MethodName]?: (input: MethodInput<M>) => MethodResult<M> | Promise<MethodResult<M>>;
};

// Screens often catch a failed call and show a message, so a refused input (or a fixture the real
// API would never return) could go unnoticed; the test setup fails every test that left a violation here.
const contractViolations: string[] = [];

// The JSON Schemas of the declared result types come from the vitest global setup
// (scripts/result-schemas-setup.ts); each method's validator is compiled on first use, once per worker.
let resultChecker: ResultChecker | undefined;
function checkResult(method: MethodName, value: unknown): string[] | null {
  if (!resultChecker) {
    const schemas = inject('resultSchemas');
    if (!schemas) throw new Error('No result schemas: run the component tests through vitest.config.ts (scripts/result-schemas-setup.ts).');
    resultChecker = createResultChecker(schemas);
  }
  return resultChecker(method, value);
}

/** The inputs screens sent that the API's schemas refuse, and the fake results the declared types refuse, since the last call; empties the list. */
export function takeContractViolations(): string[] {
  return contractViolations.splice(0);
}

// Results a test hands over on purpose although the API would never send them (to prove a screen
// survives a broken answer); the result check lets exactly these objects through.
const deliberatelyMalformed = new WeakSet<object>();

/**
 * Marks a handler's result as malformed on purpose, so the fake delivers it unchecked. Only for
 * tests about surviving a broken answer; every other fixture must be what the API returns.
 */
export function malformedOnPurpose<T>(value: object): T {
  deliberatelyMalformed.add(value);
  return value as T;
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
 * bug in the screen), and every result against the method's declared result type (a fixture that
 * is not what the API returns is a bug in the test). Unhandled methods fail loudly.
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
      throw new Error(
        `The screen sent ${method} an input the API refuses: ${body.message}${body.field ? ` (field ${body.field})` : ''}\nInput: ${JSON.stringify(input)}`,
      );
    }
    const handler = handlers[method] as ((input: unknown) => unknown) | undefined;
    if (!handler) return { ok: false, error: { code: 'unknown_method', message: `The fake API has no handler for ${method}.` } };
    let value: unknown;
    try {
      value = await handler(input);
    } catch (error) {
      if (error instanceof FakeApiError) return { ok: false, error: error.body };
      throw error;
    }
    // The same result types the real dispatcher's answers are checked against (electron/test/call.ts):
    // a fixture that drifted from what the API returns fails its test instead of passing against a fake.
    const problems = typeof value === 'object' && value !== null && deliberatelyMalformed.has(value) ? null : checkResult(method, value);
    if (problems) {
      const violation = `The fake API's ${method} returned what the real API never does: ${problems.join('; ')}`;
      contractViolations.push(violation);
      throw new Error(`${violation}\nResult: ${JSON.stringify(value)?.slice(0, 2_000)}`);
    }
    return { ok: true, value };
  };
  return {
    api: createApiClient(transport),
    calls,
    inputsOf: (method) => calls.filter((call) => call.method === method).map((call) => call.input),
  };
}
