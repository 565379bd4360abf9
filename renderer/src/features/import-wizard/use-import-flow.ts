import { useState } from 'react';
import type { MethodResult } from '../../../../shared/api/contract';
import type { ColumnMapping } from '../../../../shared/import/column-mapping';
import { useApi } from '../../api/api-context';
import { errorBody } from '../../api/api-errors';
import { importFileProblem, readFileAsBase64, type ImportFile } from './import-file';
import type { ImportMode } from './import-mode';
import { useImportPreview } from './use-import-preview';

/** The API methods that check a file with only a column mapping to choose. */
export type PreviewMethod = 'services.importPreview' | 'measurements.importPreview' | 'outages.importPreview';

/** The steps of every import wizard: 0 file, 1 columns, 2 preview, 3 done. */
export type ImportStep = 0 | 1 | 2 | 3;

/**
 * The state every import wizard shares: the chosen file (checked in the browser for type and
 * size, then by the host), the column mapping (checked again on every change), the import mode
 * and the step. Nothing here writes; the wizard runs its own import method.
 */
export function useImportFlow<M extends PreviewMethod>(method: M) {
  const [step, setStepState] = useState<ImportStep>(0);
  const [file, setFile] = useState<ImportFile | null>(null);
  const [pending, setPending] = useState<{ name: string; size: number } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const api = useApi();
  const check = useImportPreview<MethodResult<M>, ColumnMapping>(
    (chosen, columns) =>
      // The preview methods take the same input; the union of their signatures is too wide for the compiler to see it.
      api.call(method as PreviewMethod, { fileName: chosen.name, contentBase64: chosen.contentBase64, mapping: columns } as never) as Promise<MethodResult<M>>,
  );

  // A new step starts at its top, not where the previous one's buttons were.
  const setStep = (next: ImportStep) => {
    setStepState(next);
    window.scrollTo({ top: 0 });
  };

  const chooseFile = async (chosen: File) => {
    const problem = importFileProblem(chosen);
    setFileProblem(problem);
    if (problem) return;
    setPending({ name: chosen.name, size: chosen.size });
    try {
      const read: ImportFile = { name: chosen.name, size: chosen.size, contentBase64: await readFileAsBase64(chosen) };
      const outcome = await check.check(read);
      if ('stale' in outcome) return;
      if (!outcome.ok) {
        setFileProblem(errorBody(outcome.error).message);
        return;
      }
      setFile(read);
      // Every preview method answers with the mapping it used (the automatic one on a first check).
      setMapping((outcome.preview as { mapping: ColumnMapping }).mapping);
      setMode('all-or-nothing');
      setStep(1);
    } catch (error) {
      setFileProblem(`${chosen.name} could not be read: ${errorBody(error).message}`);
    } finally {
      setPending(null);
    }
  };

  const changeMapping = (field: string, column: string | null) => {
    if (!file) return;
    const next = { ...mapping, [field]: column };
    setMapping(next);
    void check.check(file, next);
  };

  const startAgain = () => {
    check.reset();
    setFile(null);
    setFileProblem(null);
    setStep(0);
  };

  return { step, setStep, file, pending, fileProblem, mapping, mode, setMode, check, preview: check.preview, chooseFile, changeMapping, startAgain };
}
