import { createContext, useContext, type ReactNode } from 'react';
import type { ImportKind } from '../../../../shared/api/catalogue-io-api';
import type { ColumnMapping } from '../../../../shared/import/column-mapping';
import type { ImportFile } from './import-file';

/** What an import is reading: enough to ask the host again for the rows it would skip. */
export interface ImportSource {
  kind: ImportKind;
  file: ImportFile;
  mapping: ColumnMapping;
  ratingMap?: { likelihood?: Record<string, number | null>; impact?: Record<string, number | null> } | undefined;
}

const ImportSourceContext = createContext<ImportSource | null>(null);

/** Wraps a wizard's steps so shared panels (problems, results) can offer the skipped rows as a file. */
export function ImportSourceProvider({ source, children }: { source: ImportSource | null; children: ReactNode }) {
  return <ImportSourceContext.Provider value={source}>{children}</ImportSourceContext.Provider>;
}

export function useImportSource(): ImportSource | null {
  return useContext(ImportSourceContext);
}
