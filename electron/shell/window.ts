import fs from 'node:fs';
import { BrowserWindow, screen } from 'electron';
import { MIN_WINDOW_SIZE, loadWindowState, restoreWindowPlacement, saveWindowState } from '../app/window-state';

export interface MainWindowOptions {
  indexHtml: string;
  preload: string;
  /** JSON file in userData where size, position and maximised state are kept. */
  stateFile: string;
  isDev: boolean;
  /** Window icon for Linux in development (packaged builds get it from the desktop entry). */
  icon?: string;
}

function workAreas(): Electron.Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

/** The one window: sandboxed, isolated, no Node in the page, restored to where it was last time. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placement = restoreWindowPlacement(loadWindowState(options.stateFile), workAreas());
  const window = new BrowserWindow({
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'ServiceLedger',
    show: false,
    backgroundColor: '#ffffff',
    ...(options.icon && fs.existsSync(options.icon) ? { icon: options.icon } : {}),
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: options.isDev,
    },
  });
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  // getNormalBounds() is the unmaximised size, so un-maximising next time goes back to it.
  window.on('close', () => {
    try {
      saveWindowState(options.stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      console.error('[serviceledger] could not save the window position:', error);
    }
  });
  return window;
}

/** Bring an existing window to the front (second launch, dock click). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
