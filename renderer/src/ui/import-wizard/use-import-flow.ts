import { useState } from 'react';
import type { ColumnMapping } from '../../../../shared/import/column-mapping';
import { errorBody } from '../../api/api-errors';
import { importFileProblem, readFileAsBase64, type ImportFile } from './import-file';
import type { ImportMode } from './import-mode';
import { useImportPreview } from './use-import-preview';

/** Asks the host to check a file: with no choices on the first check, then with the user's column mapping and extra choices. */
export type PreviewCall<P, X> = (file: ImportFile, choices: { mapping: ColumnMapping; extra: X } | undefined) => Promise<P>;

/**
 * The state every import wizard shares: the chosen file (checked in the browser for type and
 * size, then by the host), the column mapping and any extra choices (the risk import's rating
 * placements), each checked again on every change, the import mode, the step, and whether the
 * user has made choices by hand that leaving would lose. Nothing here writes.
 */
export function useImportFlow<P extends { mapping: ColumnMapping }, X>(previewCall: PreviewCall<P, X>, initialExtra: X) {
  const [step, setStepState] = useState(0);
  const [file, setFile] = useState<ImportFile | null>(null);
  const [pending, setPending] = useState<{ name: string; size: number } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [extra, setExtra] = useState<X>(initialExtra);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [touched, setTouched] = useState(false);
  const check = useImportPreview<P, { mapping: ColumnMapping; extra: X }>(previewCall);

  // A new step starts at its top, not where the previous one's buttons were.
  const setStep = (next: number) => {
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
      // Every preview answers with the mapping it used (the automatic one on a first check).
      setMapping(outcome.preview.mapping);
      setExtra(initialExtra);
      setMode('all-or-nothing');
      setTouched(false);
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
    setTouched(true);
    void check.check(file, { mapping: next, extra });
  };

  const changeExtra = (next: X) => {
    if (!file) return;
    setExtra(next);
    setTouched(true);
    void check.check(file, { mapping, extra: next });
  };

  const startAgain = () => {
    check.reset();
    setFile(null);
    setFileProblem(null);
    setTouched(false);
    setStep(0);
  };

  return {
    step,
    setStep,
    file,
    pending,
    fileProblem,
    mapping,
    extra,
    mode,
    setMode,
    touched,
    check,
    preview: check.preview,
    chooseFile,
    changeMapping,
    changeExtra,
    startAgain,
  };
}
