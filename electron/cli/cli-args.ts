import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppController } from '../app/app-controller';
import { browserHost } from '../app/host';

/** How a command talks to the terminal; tests pass a capturing one. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Folder of the built renderer that `serve` hands out; null when not built. */
  rendererDir: string | null;
  /** The dispatcher worker's entry for `serve`; the bundle beside the CLI by default (tests pass a fresh build). */
  dispatcherWorker?: string;
  /** Resolves when the process is asked to stop (Ctrl+C); `serve` then closes cleanly. */
  untilStopped(): Promise<void>;
}

export class UsageError extends Error {}

export function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function requireOption(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value;
}

export function wholeNumber(values: Record<string, unknown>, name: string, fallback?: number): number {
  const raw = values[name];
  if (raw === undefined && fallback !== undefined) return fallback;
  const number = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || !Number.isSafeInteger(number)) {
    throw new UsageError(`--${name} must be a whole number, got ${raw === undefined ? 'nothing' : `"${String(raw)}"`}`);
  }
  return number;
}

export async function withWorkspace(file: string, work: (app: AppController) => Promise<number>): Promise<number> {
  const app = new AppController({ host: browserHost, rememberRecent: false });
  await app.open(file);
  try {
    return await work(app);
  } finally {
    app.shutdown();
  }
}
