import { useCallback } from 'react';
import { useSearchParams } from 'wouter';

/**
 * One value of the address's query (`#/suppliers?q=net`), so a filter survives a reload and can
 * be linked. Changes replace the history entry: typing a search should not fill the back button.
 */
export function useQueryParam(name: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name);
  const setValue = useCallback(
    (next: string | null) =>
      setParams(
        (previous) => {
          const updated = new URLSearchParams(previous);
          if (next === null || next === '') updated.delete(name);
          else updated.set(name, next);
          return updated;
        },
        { replace: true },
      ),
    [name, setParams],
  );
  return [value, setValue];
}
