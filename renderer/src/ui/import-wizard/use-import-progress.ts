import { useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '../../../../shared/api/catalogue-io-api';
import { useApi } from '../../api/api-context';

/** How often a running import is asked how far it has got. */
const POLL_MS = 300;

let runs = 0;
/** A name for one import run; it only has to differ from the other runs of this page. */
const newProgressId = () => `import-${++runs}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Runs an import with a progress id and asks `imports.progress` for it while the call is out,
 * so the wizard can show rows read and written. The page stays usable: the import is one
 * request answered when it is done, and the questions are small ones beside it.
 */
export function useImportProgress() {
  const api = useApi();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [running, setRunning] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  async function track<T>(run: (progressId: string) => Promise<T>): Promise<T> {
    const progressId = newProgressId();
    let over = false;
    const ask = async () => {
      try {
        const now = await api.call('imports.progress', { progressId });
        if (!over && now) setProgress(now);
      } catch {
        // A missed answer only delays the next figure.
      }
      if (!over) timer.current = setTimeout(() => void ask(), POLL_MS);
    };
    setProgress({ phase: 'reading', done: 0, total: null });
    setRunning(true);
    timer.current = setTimeout(() => void ask(), POLL_MS);
    try {
      return await run(progressId);
    } finally {
      over = true;
      if (timer.current) clearTimeout(timer.current);
      setRunning(false);
      setProgress(null);
    }
  }

  return { track, progress: running ? progress : null };
}
