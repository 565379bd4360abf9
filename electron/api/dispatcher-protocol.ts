import type { ImportProgress } from '../../shared/api/catalogue-io-api';
import { contract } from '../../shared/api/contract';
import { AppError, type ApiErrorBody, type ApiResponse } from '../../shared/api/errors';
import { zodErrorToBody } from '../../shared/api/validation';
import type { FilePurpose, HostAdapter } from '../app/host';
import { importProgress, progressReporter } from '../io/import-progress';

/**
 * The one message protocol between the thread that faces the user (the HTTP server of
 * `serviceledger serve`, the Electron main process) and the dispatcher, which runs with
 * better-sqlite3 in a worker (a worker thread, or Electron's utilityProcess). A long import then
 * blocks only the worker: the facing thread keeps serving pages and answers `imports.progress`
 * from the progress the worker sends it as it goes.
 */

/** What the worker does before its first call. */
export type StartupPlan =
  /** The user's last workspace, as the desktop app starts. */
  | { kind: 'reopenLast' }
  /** `serve --db`: open the file (a damaged one is noted, not fatal), or create it when missing. */
  | { kind: 'openOrCreate'; path: string; exists: boolean }
  | { kind: 'none' };

export interface DispatcherConfig {
  hostKind: HostAdapter['kind'];
  /** The facing thread can show native file dialogs (the desktop app). */
  nativeFileDialogs: boolean;
  dataDir?: string;
  workspaceDir?: string;
  rememberRecent?: boolean;
  startup: StartupPlan;
}

/** Sent to the worker. */
export type ToDispatcher =
  | { type: 'start'; config: DispatcherConfig }
  | { type: 'call'; id: number; method: string; input: unknown; timeZone?: string }
  | { type: 'fileChosen'; id: number; path: string | null }
  | { type: 'stop' };

/** Sent by the worker. */
export type FromDispatcher =
  | { type: 'started'; error: ApiErrorBody | null }
  | { type: 'result'; id: number; response: ApiResponse<unknown> }
  | { type: 'progress'; progressId: string; progress: ImportProgress }
  | { type: 'chooseFile'; id: number; purpose: FilePurpose; suggestedPath: string }
  | { type: 'stopped' };

/** One end of a message channel: a worker thread's port, or an Electron MessagePortMain. */
export interface MessageLink<Out, In> {
  send(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

/** Runs one API call and answers it: the in-process `dispatch`, or a worker behind a `DispatcherClient`. */
export type CallApi = (method: string, input: unknown, options?: { timeZone?: string | undefined }) => Promise<ApiResponse<unknown>>;

/**
 * The facing side: sends calls to the worker and matches answers by request id. `imports.progress`
 * is answered here, from the progress the worker reports, so it never waits behind the import.
 */
export class DispatcherClient {
  private nextId = 1;
  private readonly pending = new Map<number, (response: ApiResponse<unknown>) => void>();
  private started: { resolve: () => void; reject: (error: AppError) => void } | null = null;
  private stopped: (() => void) | null = null;
  private gone: ApiErrorBody | null = null;

  constructor(
    private readonly link: MessageLink<ToDispatcher, FromDispatcher>,
    /** Native file dialogs, when the facing thread has them (the desktop app). */
    private readonly chooseFile?: (purpose: FilePurpose, suggestedPath: string) => Promise<string | null>,
  ) {
    link.onMessage((message) => this.receive(message));
  }

  /** Opens the workspace in the worker; a failure rejects with the same typed AppError as in-process. */
  start(config: DispatcherConfig): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.started = { resolve, reject };
      this.link.send({ type: 'start', config });
    });
  }

  readonly call: CallApi = (method, input, options = {}) => {
    if (method === 'imports.progress') return Promise.resolve(answerProgress(input));
    if (this.gone) return Promise.resolve({ ok: false, error: this.gone });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.link.send({ type: 'call', id, method, input, ...(options.timeZone ? { timeZone: options.timeZone } : {}) });
    });
  };

  /** Closes the workspace cleanly in the worker (checkpoints the WAL); resolves when it has. */
  stop(): Promise<void> {
    if (this.gone) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.stopped = resolve;
      this.link.send({ type: 'stop' });
    });
  }

  /** The worker ended unexpectedly: every waiting call (and every later one) gets a typed error. */
  workerEnded(reason: string): void {
    this.gone = {
      code: 'internal',
      message: `The ServiceLedger data worker stopped (${reason}); restart the app. Nothing after the last saved change was lost.`,
    };
    this.started?.reject(new AppError('internal', this.gone.message));
    this.started = null;
    for (const resolve of this.pending.values()) resolve({ ok: false, error: this.gone });
    this.pending.clear();
    this.stopped?.();
    this.stopped = null;
  }

  private receive(message: FromDispatcher): void {
    switch (message.type) {
      case 'started':
        if (message.error) this.started?.reject(new AppError(message.error.code, message.error.message, message.error.field));
        else this.started?.resolve();
        this.started = null;
        return;
      case 'result': {
        const resolve = this.pending.get(message.id);
        this.pending.delete(message.id);
        resolve?.(message.response);
        return;
      }
      case 'progress':
        progressReporter(message.progressId)(message.progress);
        return;
      case 'chooseFile':
        void this.answerChooseFile(message.id, message.purpose, message.suggestedPath);
        return;
      case 'stopped':
        this.gone = { code: 'internal', message: 'The app is shutting down.' };
        this.stopped?.();
        this.stopped = null;
        return;
    }
  }

  private async answerChooseFile(id: number, purpose: FilePurpose, suggestedPath: string): Promise<void> {
    let chosen: string | null = null;
    try {
      chosen = this.chooseFile ? await this.chooseFile(purpose, suggestedPath) : null;
    } catch (error) {
      console.error('[serviceledger] file dialog failed:', error);
    }
    this.link.send({ type: 'fileChosen', id, path: chosen });
  }
}

/** `imports.progress`, validated against the contract like every call, from the progress reported so far. */
function answerProgress(input: unknown): ApiResponse<unknown> {
  const parsed = contract['imports.progress'].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: zodErrorToBody(parsed.error) };
  return { ok: true, value: importProgress(parsed.data.progressId) };
}
