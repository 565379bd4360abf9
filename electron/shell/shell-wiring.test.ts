import { builtinModules } from 'node:module';
// The real main-process and preload bundles (built with the same esbuild options as
// scripts/build.mjs) run against a fake `electron` module: what Electron cannot show on this
// machine, the wiring can still prove.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL, MENU_CHANNEL } from '../../shared/api/desktop-bridge';
import { makeTempDir } from '../test/temp-workspace';
import { setNativeBinding } from '../db/native-binding';
import { createFakeElectron, fakeEvent, stopFakeUtilityProcesses, type FakeWebContents } from '../test/fake-electron';

const root = path.resolve(__dirname, '..', '..');
const realRequire = createRequire(path.join(root, 'package.json'));
const nodeBuild = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

async function bundle(entry: string): Promise<{ code: string; requires: string[] }> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', 'better-sqlite3'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { code, requires: [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]!))] };
}

let mainBundle: Awaited<ReturnType<typeof bundle>>;
let preloadBundle: Awaited<ReturnType<typeof bundle>>;
let dataProcessBundle: Awaited<ReturnType<typeof bundle>>;
beforeAll(async () => {
  [mainBundle, preloadBundle, dataProcessBundle] = await Promise.all([
    bundle('electron/shell/main.ts'),
    bundle('electron/shell/preload.ts'),
    bundle('electron/shell/dispatcher-process.ts'),
  ]);
}, 60_000);

const savedHome = process.env.SERVICELEDGER_HOME;
afterEach(async () => {
  await stopFakeUtilityProcesses();
  if (savedHome === undefined) delete process.env.SERVICELEDGER_HOME;
  else process.env.SERVICELEDGER_HOME = savedHome;
  setNativeBinding(undefined);
  delete (process as { resourcesPath?: string }).resourcesPath;
  signalHandlers.clear();
});

/** Signal handlers the bundle installs, kept off the real test process. */
const signalHandlers = new Map<string, Array<() => void>>();

function evaluate(code: string, dirname: string, electron: unknown, allowed?: string[]): void {
  const requireFor = (name: string) => {
    if (allowed && !allowed.includes(name)) throw new Error(`the sandboxed preload may not require ${name}`);
    return name === 'electron' ? electron : realRequire(name);
  };
  const recordSignal = (signal: string, handler: () => void) => {
    signalHandlers.set(signal, [...(signalHandlers.get(signal) ?? []), handler]);
  };
  const fakeProcess = new Proxy(process, {
    get(target, key) {
      if (key === 'on' || key === 'once') return recordSignal;
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const module = { exports: {} };
  new Function('require', 'module', 'exports', '__dirname', '__filename', 'process', code)(
    requireFor,
    module,
    module.exports,
    dirname,
    path.join(dirname, 'main.cjs'),
    fakeProcess,
  );
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

/** Quit as Electron does: before-quit (which waits for the data process to close the workspace), then the app's own quit again. */
async function quit(electron: ReturnType<typeof createFakeElectron>['electron']): Promise<void> {
  const quits = (electron.app.quit as ReturnType<typeof vi.fn>).mock.calls.length;
  const event = fakeEvent();
  electron.app.emit('before-quit', event);
  expect(event.defaultPrevented).toBe(true);
  await vi.waitFor(() => expect((electron.app.quit as ReturnType<typeof vi.fn>).mock.calls.length).toBeGreaterThan(quits), { timeout: 10_000 });
  const again = fakeEvent();
  electron.app.emit('before-quit', again);
  electron.app.emit('will-quit', again);
  expect(again.defaultPrevented).toBe(false);
}

/** Lay out a fake app folder (dist/electron, dist/native) and start the main bundle in it. */
async function startMain(options: { withNative?: boolean; isPackaged?: boolean } = {}) {
  const dir = makeTempDir('serviceledger-shell-');
  const appPath = path.join(dir, 'app');
  const distElectron = path.join(appPath, 'dist', 'electron');
  fs.mkdirSync(distElectron, { recursive: true });
  fs.writeFileSync(path.join(distElectron, 'dispatcher-process.cjs'), dataProcessBundle.code);
  // Packaged, Electron sets process.resourcesPath (the folder holding app.asar).
  const resources = path.join(dir, 'resources');
  (process as { resourcesPath?: string }).resourcesPath = resources;
  if (options.withNative ?? true) {
    // The Node build stands in for the Electron build: the test runs in Node.
    const target = options.isPackaged
      ? path.join(resources, 'native', 'better_sqlite3.node')
      : path.join(appPath, 'dist', 'native', 'electron', 'better_sqlite3.node');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(nodeBuild, target);
  }
  process.env.SERVICELEDGER_HOME = path.join(dir, 'home');
  const fake = createFakeElectron({ appPath, userData: path.join(dir, 'home'), isPackaged: options.isPackaged ?? false });
  evaluate(mainBundle.code, distElectron, fake.electron);
  await settle();
  const window = fake.windows[0];
  const indexHtml = path.join(appPath, 'dist', 'renderer', 'index.html');
  const appUrl = pathToFileURL(indexHtml).href;
  const invoke = async (sender: FakeWebContents, frameUrl: string, method: unknown, input: unknown = {}) =>
    fake.handles.get(INVOKE_CHANNEL)!({ sender, senderFrame: { url: frameUrl, parent: null } }, method, input) as Promise<{
      ok: boolean;
      value?: Record<string, unknown>;
      error?: { code: string };
    }>;
  return { ...fake, dir, appPath, distElectron, window, indexHtml, appUrl, invoke };
}

describe('main process wiring', () => {
  it('requires nothing but Electron, better-sqlite3 and Node built-ins at run time', () => {
    // Bundled libraries (exceljs) require built-ins without the node: prefix; those are fine too.
    const external = mainBundle.requires.filter((name) => !name.startsWith('node:') && !builtinModules.includes(name));
    expect(external.sort()).toEqual(['better-sqlite3', 'electron']);
  });

  it('turns on the sandbox and takes the single-instance lock before anything else', async () => {
    const { electron } = await startMain();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', expect.stringContaining('home'));
  });

  it('opens one locked-down window on the built renderer with the preload beside main.cjs', async () => {
    const { windows, window, indexHtml, distElectron } = await startMain();
    expect(windows).toHaveLength(1);
    expect(window!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: true,
      preload: path.join(distElectron, 'preload.cjs'),
    });
    expect(window!.loadFile).toHaveBeenCalledWith(indexHtml);
  });

  it('when packaged, loads the addon from resourcesPath and disables developer tools', async () => {
    const { window, appUrl, invoke, electron } = await startMain({ isPackaged: true });
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(window!.options.webPreferences).toMatchObject({ devTools: false });
    expect(await invoke(window!.webContents, appUrl, 'workspace.info')).toMatchObject({ ok: true });
    const view = (electron.Menu.setApplicationMenu.mock.calls[0]![0] as Array<{ label: string; submenu: Array<{ role?: string }> }>).find(
      (menu) => menu.label.replace('&', '') === 'View',
    )!;
    expect(view.submenu.map((item) => item.role)).not.toContain('toggleDevTools');
  });

  it('answers API calls from the app page only, as the desktop host', async () => {
    const { window, appUrl, invoke, electron, distElectron } = await startMain();
    // The dispatcher and the workspace run in a utility process beside main.cjs, not in the main process.
    expect(electron.utilityProcess.fork).toHaveBeenCalledWith(path.join(distElectron, 'dispatcher-process.cjs'), [], expect.anything());
    const info = await invoke(window!.webContents, `${appUrl}#/`, 'workspace.info');
    expect(info).toMatchObject({ ok: true, value: { host: { kind: 'desktop', nativeFileDialogs: true } } });
    expect(await invoke(window!.webContents, 'https://evil.example/', 'workspace.info')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const stranger = new (await import('../test/fake-electron')).FakeWebContents();
    expect(await invoke(stranger, appUrl, 'workspace.info')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await invoke(window!.webContents, appUrl, 7)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('opens workspaces with the Electron-ABI addon and closes them cleanly on quit', async () => {
    const { window, appUrl, invoke, electron, dir } = await startMain();
    const file = path.join(dir, 'team.sqlite');
    expect(await invoke(window!.webContents, appUrl, 'workspace.create', { path: file, organisationName: 'Acme' })).toMatchObject({ ok: true });
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    await quit(electron);
    // A clean close (in the data process, before the quit goes on) checkpoints and removes the WAL file.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('reopens the last workspace before answering the first call', async () => {
    const first = await startMain();
    const file = path.join(first.dir, 'kept.sqlite');
    await first.invoke(first.window!.webContents, first.appUrl, 'workspace.create', { path: file, organisationName: 'Acme' });
    await quit(first.electron);

    const fake = createFakeElectron({ appPath: first.appPath, userData: path.join(first.dir, 'home') });
    evaluate(mainBundle.code, first.distElectron, fake.electron);
    await settle();
    const response = (await fake.handles.get(INVOKE_CHANNEL)!(
      { sender: fake.windows[0]!.webContents, senderFrame: { url: first.appUrl, parent: null } },
      'workspace.info',
      {},
    )) as { value: { workspace: { path: string } | null } };
    expect(response.value.workspace?.path).toBe(file);
    await quit(fake.electron);
  });

  it('shows native dialogs filtered to .sqlite for the file chooser', async () => {
    const { window, appUrl, invoke, electron } = await startMain();
    expect(await invoke(window!.webContents, appUrl, 'workspace.chooseFile', { purpose: 'create' })).toMatchObject({ ok: true });
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0] as unknown as [unknown, { filters: unknown }];
    expect(parent).toBe(window);
    expect(options.filters).toEqual([{ name: 'ServiceLedger workspace', extensions: ['sqlite'] }]);
  });

  it('denies every permission and adds the CSP to non-file responses', async () => {
    const { electron } = await startMain();
    const ses = electron.session.defaultSession;
    const answers: boolean[] = [];
    ses.permissionRequestHandler!({}, 'media', (granted: boolean) => answers.push(granted));
    ses.permissionRequestHandler!({}, 'notifications', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect(ses.permissionCheckHandler!({}, 'clipboard-read')).toBe(false);
    expect(ses.deviceHandler!({})).toBe(false);
    let headers: unknown;
    ses.headersHandler!({ url: 'https://example.com/', responseHeaders: {} }, (response: { responseHeaders: unknown }) => (headers = response.responseHeaders));
    expect(headers).toHaveProperty('Content-Security-Policy');
  });

  it('keeps the window on the app page and sends web links to the browser', async () => {
    const { window, appUrl, electron } = await startMain();
    const contents = window!.webContents;
    const navigate = (url: string) => {
      const event = fakeEvent({ url });
      contents.emit('will-navigate', event);
      return event.defaultPrevented;
    };
    expect(navigate(`${appUrl}#/risks`)).toBe(false);
    expect(navigate('https://www.iso.org/')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.iso.org/');
    expect(navigate('javascript:alert(1)')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);

    const redirect = fakeEvent({ url: 'https://elsewhere.example/' });
    contents.emit('will-redirect', redirect);
    expect(redirect.defaultPrevented).toBe(true);

    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(2);

    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
  });

  it('sends menu commands to the window and focuses it on a second launch', async () => {
    const { window, electron } = await startMain();
    const template = electron.Menu.setApplicationMenu.mock.calls[0]![0] as Array<{ label: string; submenu: Array<{ label?: string; click?: () => void }> }>;
    const file = template.find((menu) => menu.label.replace('&', '') === 'File')!;
    file.submenu.find((item) => item.label === 'Open workspace…')!.click!();
    expect(window!.webContents.send).toHaveBeenCalledWith(MENU_CHANNEL, 'workspace.open');
    electron.app.emit('second-instance');
    expect(window!.focus).toHaveBeenCalled();
  });

  it('quits cleanly on Ctrl+C from the terminal', async () => {
    const { electron } = await startMain();
    for (const handler of signalHandlers.get('SIGINT') ?? []) handler();
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('remembers the window bounds in userData when it closes', async () => {
    const { window, dir } = await startMain();
    window!.emit('close');
    const saved = JSON.parse(fs.readFileSync(path.join(dir, 'home', 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: false });
  });

  it('explains a missing Electron build of better-sqlite3 and exits', async () => {
    const { electron, windows } = await startMain({ withNative: false });
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('ServiceLedger cannot start', expect.stringContaining('build-electron-native.mjs'));
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(windows).toHaveLength(0);
  });

  it('quits at once when another instance holds the lock', async () => {
    const dir = makeTempDir('serviceledger-shell-');
    const fake = createFakeElectron({ appPath: dir, userData: dir, singleInstance: false });
    evaluate(mainBundle.code, dir, fake.electron);
    await settle();
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fake.handles.size).toBe(0);
  });
});

describe('preload wiring', () => {
  it("requires only 'electron' (all a sandboxed preload may) and exposes only the bridge", async () => {
    expect(preloadBundle.requires).toEqual(['electron']);
    const fake = createFakeElectron({ appPath: '/x', userData: '/x' });
    evaluate(preloadBundle.code, '/x', fake.electron, ['electron']);
    expect(fake.electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, bridge] = fake.electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(key).toBe('serviceLedger');
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onMenuCommand']);
    expect(Object.values(bridge)).not.toContain(fake.electron.ipcRenderer);

    await (bridge.invoke as (m: string, i: unknown) => Promise<unknown>)('people.list', {});
    expect(fake.electron.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'people.list', {});
  });
});
