import { useRef, useState } from 'react';
import type { ImportPreview } from '../../../../../shared/api/catalogue-io-api';
import type { ColumnMapping } from '../../../../../shared/import/column-mapping';
import { useApi } from '../../../api/api-context';
import type { ImportFile } from './import-file';

/** The answer to one check; `stale` when a later check has been asked for since. */
export type CheckOutcome = { ok: true; preview: ImportPreview } | { ok: false; error: unknown } | { stale: true };

export interface PreviewState {
  preview: ImportPreview | null;
  checking: boolean;
  error: unknown;
}

/**
 * Ask the host to check a file with a mapping. Only the answer to the latest request counts:
 * changing two columns quickly must not let the first, slower answer win.
 */
export function useImportPreview(): PreviewState & {
  check: (file: ImportFile, mapping?: ColumnMapping) => Promise<CheckOutcome>;
  reset: () => void;
} {
  const api = useApi();
  const latest = useRef(0);
  const [state, setState] = useState<PreviewState>({ preview: null, checking: false, error: null });

  const check = async (file: ImportFile, mapping?: ColumnMapping): Promise<CheckOutcome> => {
    const request = ++latest.current;
    setState((previous) => ({ ...previous, checking: true, error: null }));
    try {
      const preview = await api.call('services.importPreview', { fileName: file.name, contentBase64: file.contentBase64, mapping });
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
