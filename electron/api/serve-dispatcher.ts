import { AppError, type ApiErrorBody } from '../../shared/api/errors';
import { AppController } from '../app/app-controller';
import type { FilePurpose, HostAdapter } from '../app/host';
import { onImportProgress } from '../io/import-progress';
import { dispatch } from './dispatch';
import type { DispatcherConfig, FromDispatcher, MessageLink, ToDispatcher } from './dispatcher-protocol';

function errorBody(error: unknown): ApiErrorBody {
  if (error instanceof AppError) return error.toBody();
  return { code: 'internal', message: `The workspace could not be opened: ${(error as Error)?.message ?? String(error)}` };
}

/**
 * The worker side: owns the AppController (and so better-sqlite3), opens the workspace on `start`,
 * runs each call through `dispatch` and answers it, and passes every import's progress on.
 */
export function serveDispatcher(link: MessageLink<FromDispatcher, ToDispatcher>): void {
  let app: AppController | null = null;
  let nextAsk = 1;
  const asked = new Map<number, (path: string | null) => void>();
  const chooseFile = (purpose: FilePurpose, suggestedPath: string) =>
    new Promise<string | null>((resolve) => {
      const id = nextAsk++;
      asked.set(id, resolve);
      link.send({ type: 'chooseFile', id, purpose, suggestedPath });
    });
  onImportProgress((progressId, progress) => link.send({ type: 'progress', progressId, progress }));

  const start = async (config: DispatcherConfig) => {
    const host: HostAdapter = config.nativeFileDialogs ? { kind: config.hostKind, chooseFile } : { kind: config.hostKind };
    const created = new AppController({
      host,
      ...(config.dataDir !== undefined ? { dataDir: config.dataDir } : {}),
      ...(config.workspaceDir !== undefined ? { workspaceDir: config.workspaceDir } : {}),
      ...(config.rememberRecent !== undefined ? { rememberRecent: config.rememberRecent } : {}),
    });
    app = created;
    const { startup } = config;
    if (startup.kind === 'reopenLast') await created.reopenLast();
    else if (startup.kind === 'openOrCreate') {
      // A damaged file still starts: its welcome screen offers the file's backups.
      if (startup.exists) await created.openOrNote(startup.path);
      else await created.create(startup.path, null);
    }
  };

  link.onMessage((message) => {
    switch (message.type) {
      case 'start':
        start(message.config).then(
          () => link.send({ type: 'started', error: null }),
          (error: unknown) => link.send({ type: 'started', error: errorBody(error) }),
        );
        return;
      case 'call': {
        const { id, method, input, timeZone } = message;
        if (!app) {
          link.send({ type: 'result', id, response: { ok: false, error: { code: 'internal', message: 'The data worker has not started yet.' } } });
          return;
        }
        void dispatch(app, method, input, { timeZone, readsBesideImports: true }).then((response) => {
          try {
            link.send({ type: 'result', id, response });
          } catch (error) {
            // A value that cannot cross threads is a bug in the handler; say so instead of hanging the caller.
            link.send({
              type: 'result',
              id,
              response: { ok: false, error: { code: 'internal', message: `${method} gave an answer that could not be sent (${(error as Error).message}).` } },
            });
          }
        });
        return;
      }
      case 'fileChosen':
        asked.get(message.id)?.(message.path);
        asked.delete(message.id);
        return;
      case 'stop':
        app?.shutdown();
        app = null;
        link.send({ type: 'stopped' });
        return;
    }
  });
}
