import { useState } from 'react';
import { contract, type MethodInput, type MethodName, type MethodResult } from '../../../shared/api/contract';
import { NO_DOMAIN } from '../../../shared/api/data-domains';
import { notifyFailure, notifySuccess } from '../ui/notify';
import { useApi, useDataRevision } from './api-context';

export type ActionOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface ApiActionOptions<M extends MethodName> {
  /** Title of the success notification, or a function of the result; null for no notification. */
  success: string | null | ((result: MethodResult<M>) => string | null);
  /** Optional detail under the success title. */
  successDetail?: (result: MethodResult<M>) => string | null;
  /**
   * Title of the failure notification ("Could not add the person"); the API's message goes under it.
   * Null when the caller shows the failure itself (a delete dialog that keeps the refusal in view),
   * so the same reason is not said twice.
   */
  failure: string | null;
  /**
   * Reload the queries that read what this method changes (its `domains` in the contract, plus the
   * audit trail every write extends) after success; default true. False for reads run as actions.
   */
  invalidate?: boolean;
}

type ActionArgs<M extends MethodName> = {} extends MethodInput<M> ? [MethodInput<M>?] : [MethodInput<M>];

export interface ApiAction<M extends MethodName> {
  /** Call the method; never throws, so callers branch on `ok` (e.g. to show a field error). */
  run: (...input: ActionArgs<M>) => Promise<ActionOutcome<MethodResult<M>>>;
  running: boolean;
}

/** What a successful call of `method` changed: nothing for a read; else its declared domains and the audit trail. */
function changedDomains(method: MethodName) {
  const { effect, domains } = contract[method];
  if (effect === 'read') return NO_DOMAIN;
  return [...domains, 'audit' as const];
}

/**
 * Every write in the app goes through this, so success and failure are always announced the
 * same way and every screen sees the new data afterwards.
 */
export function useApiAction<M extends MethodName>(method: M, options: ApiActionOptions<M>): ApiAction<M> {
  const api = useApi();
  const { invalidate } = useDataRevision(NO_DOMAIN);
  const [running, setRunning] = useState(false);

  const run = async (...input: ActionArgs<M>): Promise<ActionOutcome<MethodResult<M>>> => {
    setRunning(true);
    try {
      const call = api.call as (method: MethodName, input?: unknown) => Promise<MethodResult<M>>;
      const value = await call(method, input[0]);
      const title = typeof options.success === 'function' ? options.success(value) : options.success;
      if (title) notifySuccess(title, options.successDetail?.(value) ?? undefined);
      if (options.invalidate !== false) invalidate(changedDomains(method));
      return { ok: true, value };
    } catch (error) {
      if (options.failure !== null) notifyFailure(options.failure, error);
      return { ok: false, error };
    } finally {
      setRunning(false);
    }
  };

  return { run, running };
}
