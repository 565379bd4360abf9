import type { ApiErrorBody, ApiResponse } from './errors';
import type { MethodInput, MethodName, MethodResult } from './contract';

/**
 * The HTTP header in which a page names its user's IANA time zone: the API's "today" is the
 * date on that user's wall clock (see docs/architecture.md, "One clock").
 */
export const TIME_ZONE_HEADER = 'x-serviceledger-time-zone';

/** Sends one call over some transport (IPC, HTTP) and returns the envelope. */
export type Transport = (method: MethodName, input: unknown) => Promise<ApiResponse<unknown>>;

/** A failed call as the caller sees it: the typed body is kept for field-level messages. */
export class ApiCallError extends Error {
  readonly body: ApiErrorBody;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiCallError';
    this.body = body;
  }
}

export interface ApiClient {
  call<M extends MethodName>(method: M, ...input: {} extends MethodInput<M> ? [MethodInput<M>?] : [MethodInput<M>]): Promise<MethodResult<M>>;
}

/** A typed client over any transport: resolves with the value, rejects with ApiCallError. */
export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, ...args) {
      const response = await transport(method, args[0] ?? {});
      if (!response.ok) throw new ApiCallError(response.error);
      return response.value as never;
    },
  };
}
