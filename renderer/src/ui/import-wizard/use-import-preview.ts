import { useRef, useState } from 'react';
import type { ImportFile } from './import-file';

/** The answer to one check; `stale` when a later check has been asked for since. */
export type CheckOutcome<P> = { ok: true; preview: P } | { ok: false; error: unknown } | { stale: true };

export interface PreviewState<P> {
  preview: P | null;
  checking: boolean;
  error: unknown;
}

/**
 * Ask the host to check a file with the user's choices (column mapping, rating mapping…) through
 * `request`. Only the answer to the latest request counts: changing two columns quickly must not
 * let the first, slower answer win.
 */
export function useImportPreview<P, O>(
  request: (file: ImportFile, options: O | undefined) => Promise<P>,
): PreviewState<P> & {
  check: (file: ImportFile, options?: O) => Promise<CheckOutcome<P>>;
  reset: () => void;
} {
  const latest = useRef(0);
  const [state, setState] = useState<PreviewState<P>>({ preview: null, checking: false, error: null });

  const check = async (file: ImportFile, options?: O): Promise<CheckOutcome<P>> => {
    const requestId = ++latest.current;
    setState((previous) => ({ ...previous, checking: true, error: null }));
    try {
      const preview = await request(file, options);
      if (requestId !== latest.current) return { stale: true };
      setState({ preview, checking: false, error: null });
      return { ok: true, preview };
    } catch (error) {
      if (requestId !== latest.current) return { stale: true };
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
