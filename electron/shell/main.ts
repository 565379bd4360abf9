// The Electron main process: thin glue between Electron and the dispatcher, which runs with the
// workspace in a utilityProcess (electron/shell/dispatcher-process.ts). Policy lives in
// electron/app/ (pure, tested); this file only wires it up. Bundled to dist/electron/main.cjs.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, app, dialog } from 'electron';
import { defaultDataDir } from '../app/app-paths';
import type { AppUrlOptions } from '../app/url-policy';
import { desktopHost } from './dialogs';
import { forkDispatcher, type ForkedDispatcher } from './dispatcher-fork';
import { registerInvokeHandler } from './ipc';
import { installApplicationMenu } from './menu';
import { setUpNativeDatabase } from './native';
import { startOverdueNotifications } from './overdue-notifications';
import { installSecurityPolicy } from './security';
import { createMainWindow, focusWindow } from './window';

const isDev = !app.isPackaged;
// main.cjs sits in dist/electron/, beside preload.cjs and the built renderer in dist/renderer/.
const indexHtml = path.join(__dirname, '..', 'renderer', 'index.html');
const preload = path.join(__dirname, 'preload.cjs');
const appUrl = pathToFileURL(indexHtml).href;
const urlOptions: AppUrlOptions = { caseInsensitive: process.platform === 'win32' };

function fail(title: string, message: string): void {
  console.error(`[serviceledger] ${title}: ${message}`);
  dialog.showErrorBox(title, message);
  app.exit(1);
}

function run(): void {
  let mainWindow: BrowserWindow | null = null;
  let dispatcher: ForkedDispatcher | null = null;
  let closed = false;
  const currentWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

  // Close the workspace cleanly in the data process (checkpoint the WAL) before quitting, and keep
  // it as the one to reopen next time: the quit waits for it once, then goes on.
  const shutdown = (event: Electron.Event) => {
    if (closed || !dispatcher) return;
    event.preventDefault();
    const running = dispatcher;
    dispatcher = null;
    void running.stop().finally(() => {
      closed = true;
      app.quit();
    });
  };
  app.on('before-quit', shutdown);
  app.on('will-quit', shutdown);
  // Ctrl+C in the terminal of `npm start` (forwarded by scripts/start.mjs) quits the same clean way.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => app.quit());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  const openWindow = () => {
    const window = createMainWindow({
      indexHtml,
      preload,
      stateFile: path.join(app.getPath('userData'), 'window-state.json'),
      isDev,
      icon: path.join(app.getAppPath(), 'build', 'icon.png'),
    });
    mainWindow = window;
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    window.loadFile(indexHtml).catch((error: unknown) => {
      fail('ServiceLedger cannot show its window', `${indexHtml} could not be loaded (${(error as Error).message}). Run "npm run build" first.`);
    });
  };

  // A second launch hands over to this one: show its window (or a new one on macOS, where the
  // app can run without any).
  app.on('second-instance', () => {
    const window = currentWindow();
    if (window) focusWindow(window);
    else if (dispatcher) openWindow();
  });

  app
    .whenReady()
    .then(() => {
      const native = setUpNativeDatabase();
      if (!native.ok) return fail('ServiceLedger cannot start', native.message);
      installSecurityPolicy(appUrl, urlOptions);
      // The API and the workspace run in a utilityProcess: a long import never freezes the window.
      const dialogs = desktopHost(currentWindow);
      const forked = forkDispatcher(native.path, (purpose, suggestedPath) => dialogs.chooseFile!(purpose, suggestedPath));
      dispatcher = forked;
      // The window opens at once; API calls wait until the last workspace is reopened.
      const ready = forked.client.start({ hostKind: 'desktop', nativeFileDialogs: true, dataDir: app.getPath('userData'), startup: { kind: 'reopenLast' } });
      const call = forked.client.call;
      registerInvokeHandler({ call, appUrl, urlOptions, ready }, currentWindow);
      // Reviews that became overdue: Electron's notification once a day, decided on the app's clock.
      const stopNotifications = startOverdueNotifications(call, app.getPath('userData'), ready, () => {
        const window = currentWindow();
        if (window) focusWindow(window);
      });
      app.on('will-quit', stopNotifications);
      installApplicationMenu(currentWindow, isDev);
      openWindow();
      app.on('activate', () => {
        if (!currentWindow()) openWindow();
      });
    })
    .catch((error: unknown) => fail('ServiceLedger cannot start', (error as Error)?.stack ?? String(error)));
}

// Everything below must happen before the app is ready.
if (process.env.SERVICELEDGER_HOME) app.setPath('userData', defaultDataDir());
if (process.platform === 'win32') app.setAppUserModelId('org.serviceledger.app');
app.enableSandbox();

if (app.requestSingleInstanceLock()) run();
else app.quit();
