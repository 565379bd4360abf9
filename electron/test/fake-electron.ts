// A stand-in for the `electron` module, just large enough to run the bundled main process and
// preload in plain Node. Electron itself cannot run on the machines this project is tested on,
// so the shell-wiring tests load the real bundles against this and check what they asked of it.
import path from 'node:path';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
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

/** Electron's MessagePortMain over a Node MessagePort: messages arrive as `{ data }`. */
export class FakeMessagePortMain {
  constructor(readonly port: MessagePort) {}
  postMessage(message: unknown): void {
    this.port.postMessage(message);
  }
  on(event: 'message', listener: (event: { data: unknown }) => void): this {
    this.port.on(event, (data: unknown) => listener({ data }));
    return this;
  }
  start(): void {
    this.port.start();
  }
}

/**
 * What a utility process sees, in a worker thread: `process.parentPort` delivering `{ data, ports }`
 * with MessagePortMain-shaped ports, and the bundle run with the project's own `require`.
 */
const UTILITY_PRELUDE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
const { EventEmitter } = require('node:events');
const fs = require('node:fs');
const path = require('node:path');
const realRequire = createRequire(workerData.requireFrom);
const wrap = (port) => ({
  postMessage: (message) => port.postMessage(message),
  on: (event, listener) => port.on(event, (data) => listener({ data })),
  start: () => port.start(),
});
const fakeParent = new EventEmitter();
parentPort.on('message', (message) => fakeParent.emit('message', { data: message.data, ports: message.ports.map(wrap) }));
process.parentPort = fakeParent;
const code = fs.readFileSync(workerData.modulePath, 'utf8');
const module = { exports: {} };
new Function('require', 'module', 'exports', '__dirname', '__filename', code)(realRequire, module, module.exports, path.dirname(workerData.modulePath), workerData.modulePath);
`;

/** Every fake utility process still running, so a test file can end them all. */
const utilityWorkers = new Set<Worker>();

export async function stopFakeUtilityProcesses(): Promise<void> {
  await Promise.all([...utilityWorkers].map((worker) => worker.terminate()));
  utilityWorkers.clear();
}

/** utilityProcess.fork's child, run as a worker thread. */
class FakeUtilityProcess extends FakeEmitter {
  private readonly worker: Worker;
  constructor(modulePath: string) {
    super();
    const requireFrom = path.resolve(__dirname, '..', '..', 'package.json');
    this.worker = new Worker(UTILITY_PRELUDE, { eval: true, workerData: { modulePath, requireFrom } });
    utilityWorkers.add(this.worker);
    this.worker.on('exit', (code) => {
      utilityWorkers.delete(this.worker);
      this.emit('exit', code);
    });
  }
  postMessage(message: unknown, transfer: FakeMessagePortMain[] = []): void {
    const ports = transfer.map((port) => port.port);
    this.worker.postMessage({ data: message, ports }, ports);
  }
  kill(): boolean {
    void this.worker.terminate();
    return true;
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
    utilityProcess: { fork: vi.fn((modulePath: string) => new FakeUtilityProcess(modulePath)) },
    MessageChannelMain: class {
      readonly port1: FakeMessagePortMain;
      readonly port2: FakeMessagePortMain;
      constructor() {
        const { port1, port2 } = new MessageChannel();
        this.port1 = new FakeMessagePortMain(port1);
        this.port2 = new FakeMessagePortMain(port2);
      }
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: Object.assign(new FakeEmitter(), { invoke: vi.fn(async () => ({ ok: true, value: null })) }),
  };
  return { electron, windows, handles };
}
