// A stand-in for the `electron` module, just large enough to run the bundled main process and
// preload in plain Node. Electron itself cannot run on the machines this project is tested on,
// so the shell-wiring tests load the real bundles against this and check what they asked of it.
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((candidate) => candidate !== listener),
    );
    return this;
  }

  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }
}

/** A navigation-style event: records whether the handler prevented it. */
export function fakeEvent(fields: Record<string, unknown> = {}) {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends FakeEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame = { url: '', parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly send = vi.fn();

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export interface FakeElectronOptions {
  appPath: string;
  userData: string;
  isPackaged?: boolean;
  singleInstance?: boolean;
}

/** Build a fresh fake `electron` module and the records the tests read. */
export function createFakeElectron(options: FakeElectronOptions) {
  const app = new FakeEmitter() as FakeEmitter & Record<string, unknown>;
  const windows: FakeBrowserWindow[] = [];
  const handles = new Map<string, (...args: unknown[]) => unknown>();
  const session = {
    defaultSession: {
      permissionRequestHandler: null as null | ((...args: unknown[]) => void),
      permissionCheckHandler: null as null | ((...args: unknown[]) => boolean),
      deviceHandler: null as null | ((...args: unknown[]) => boolean),
      headersHandler: null as null | ((...args: unknown[]) => void),
      setPermissionRequestHandler(handler: (...args: unknown[]) => void) {
        this.permissionRequestHandler = handler;
      },
      setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
        this.permissionCheckHandler = handler;
      },
      setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
        this.deviceHandler = handler;
      },
      webRequest: {
        onHeadersReceived(handler: (...args: unknown[]) => void) {
          session.defaultSession.headersHandler = handler;
        },
      },
    },
  };

  class FakeBrowserWindow extends FakeEmitter {
    readonly webContents = new FakeWebContents();
    readonly loadFile = vi.fn(async (file: string) => {
      this.webContents.mainFrame.url = `file://${file}`;
    });
    readonly focus = vi.fn();
    readonly show = vi.fn();
    readonly restore = vi.fn();
    readonly maximize = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isVisible = () => true;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1200, height: 800 });
  }

  Object.assign(app, {
    isPackaged: options.isPackaged ?? false,
    getAppPath: () => options.appPath,
    getPath: (name: string) => (name === 'userData' ? options.userData : `/fake/${name}`),
    setPath: vi.fn(),
    getName: () => 'ServiceLedger',
    getVersion: () => '0.1.0',
    enableSandbox: vi.fn(),
    setAppUserModelId: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => options.singleInstance ?? true),
    whenReady: () => Promise.resolve(),
    quit: vi.fn(),
    exit: vi.fn(),
  });

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session,
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }],
    },
    ipcMain: {
      handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => handles.set(channel, handler)),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => template),
      setApplicationMenu: vi.fn(),
    },
    dialog: {
      showErrorBox: vi.fn(),
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/picked/team.sqlite'] })),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/picked/new-team' })),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: Object.assign(new FakeEmitter(), { invoke: vi.fn(async () => ({ ok: true, value: null })) }),
  };
  return { electron, windows, handles };
}
