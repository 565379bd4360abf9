import { useRef, useState } from 'react';
import type { MethodResult } from '../../../../../shared/api/contract';
import type { ColumnMapping } from '../../../../../shared/import/column-mapping';
import { useApi } from '../../../api/api-context';
import type { ImportFile } from './import-file';

/** The API methods that check an import file without writing. */
export type PreviewMethod = 'services.importPreview' | 'measurements.importPreview' | 'outages.importPreview';

/** The answer to one check; `stale` when a later check has been asked for since. */
export type CheckOutcome<P> = { ok: true; preview: P } | { ok: false; error: unknown } | { stale: true };

export interface PreviewState<P> {
  preview: P | null;
  checking: boolean;
  error: unknown;
}

/**
 * Ask the host to check a file with a mapping. Only the answer to the latest request counts:
 * changing two columns quickly must not let the first, slower answer win.
 */
export function useImportPreview<M extends PreviewMethod>(
  method: M,
): PreviewState<MethodResult<M>> & {
  check: (file: ImportFile, mapping?: ColumnMapping) => Promise<CheckOutcome<MethodResult<M>>>;
  reset: () => void;
} {
  type P = MethodResult<M>;
  const api = useApi();
  const latest = useRef(0);
  const [state, setState] = useState<PreviewState<P>>({ preview: null, checking: false, error: null });

  const check = async (file: ImportFile, mapping?: ColumnMapping): Promise<CheckOutcome<P>> => {
    const request = ++latest.current;
    setState((previous) => ({ ...previous, checking: true, error: null }));
    try {
      // The three preview methods take the same input; the union of their signatures is too wide for the compiler to see it.
      const input = { fileName: file.name, contentBase64: file.contentBase64, mapping };
      const preview = (await api.call(method as PreviewMethod, input as never)) as P;
      if (request !== latest.current) return { stale: true };
      setState({ preview, checking: false, error: null });
      return { ok: true, preview };
    } catch (error) {
      if (request !== latest.current) return { stale: true };
      setState((previous) => ({ ...previous, checking: false, error }));
      return { ok: false, error };
    }
  };

  const reset = () => {
    latest.current += 1;
    setState({ preview: null, checking: false, error: null });
  };

  return { ...state, check, reset };
}
