import { useDebouncedValue } from '@mantine/hooks';
import { useApiQuery } from '../../api/use-api-query';

/**
 * Records matching what is typed in the palette. Debounced so typing "backup" sends one search,
 * not six; skipped when no workspace is open or nothing is typed.
 */
export function useRecordSearch(query: string, enabled: boolean) {
  const [text] = useDebouncedValue(query.trim(), 200);
  const active = enabled && text.length > 0;
  const result = useApiQuery('search.records', active ? { text, limit: 12 } : null);
  return {
    hits: active ? (result.data ?? []) : [],
    // Still typing counts as searching, so "Nothing found" does not flash before the answer.
    searching: enabled && query.trim().length > 0 && (result.loading || text !== query.trim()),
    error: active ? result.error : null,
  };
}
