import { useCallback, useEffect, useState } from 'react';
import { contract, type MethodInput, type MethodName, type MethodResult } from '../../../shared/api/contract';
import { useApi, useDataRevision } from './api-context';

export interface ApiQuery<R> {
  /** The latest answer; kept while a reload is under way so screens do not flash. */
  data: R | undefined;
  error: unknown;
  /** True until the answer for the current input (and data revision) has arrived. */
  loading: boolean;
  reload: () => void;
}

interface Settled<R> {
  key: string;
  data: R | undefined;
  error: unknown;
}

/**
 * Read from the API and keep the answer fresh: reloads when the input changes, when a write
 * changes a domain this method reads (its `domains` in the contract) and on `reload()`. Pass
 * `null` as input to skip the call.
 */
export function useApiQuery<M extends MethodName>(method: M, input: MethodInput<M> | null): ApiQuery<MethodResult<M>> {
  const api = useApi();
  const { revision } = useDataRevision(contract[method].domains);
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<MethodResult<M>> | null>(null);
  // The input is compared by value so callers may pass object literals.
  const inputJson = input === null ? null : JSON.stringify(input);
  const key = `${method}|${inputJson}|${revision}|${attempt}`;

  useEffect(() => {
    if (inputJson === null) return;
    let current = true;
    const call = api.call as (method: MethodName, input: unknown) => Promise<MethodResult<M>>;
    call(method, JSON.parse(inputJson)).then(
      (data) => {
        if (current) setSettled({ key, data, error: null });
      },
      (error: unknown) => {
        if (current) setSettled((previous) => ({ key, data: previous?.data, error }));
      },
    );
    return () => {
      current = false;
    };
  }, [api, method, inputJson, key]);

  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  return {
    data: settled?.data,
    error: settled?.key === key ? settled.error : null,
    loading: inputJson !== null && settled?.key !== key,
    reload,
  };
}
