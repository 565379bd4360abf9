// Type-only import: this file builds a plain template so it can be tested without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/desktop-bridge';

export interface MenuTemplateOptions {
  appName: string;
  /** Unpackaged run: adds Reload and Developer Tools. */
  isDev: boolean;
  /** macOS keeps About, Settings and Quit in the application menu. */
  isMac: boolean;
  /** Sends a command to the page over MENU_CHANNEL. */
  send(command: MenuCommand): void;
  showAbout(): void;
}

/** The application menu: File, Edit, View, Help (plus the app menu on macOS). */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { appName, isDev, isMac, send } = options;
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  });
  // "&" marks the Alt-key mnemonic on Windows and Linux; macOS has no mnemonics.
  const top = (label: string) => (isMac ? label : `&${label}`);
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: () => options.showAbout() };
  const settings = command('Settings…', 'settings.open', 'CmdOrCtrl+,');

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            about,
            { type: 'separator' },
            settings,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: top('File'),
    submenu: [
      command('New workspace…', 'workspace.new', 'CmdOrCtrl+N'),
      command('Open workspace…', 'workspace.open', 'CmdOrCtrl+O'),
      command('Open demo workspace', 'workspace.openDemo'),
      { type: 'separator' },
      command('Back up now', 'workspace.backup'),
      ...(isMac ? [] : ([{ type: 'separator' }, settings] satisfies MenuItemConstructorOptions[])),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: top('Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? ([{ role: 'pasteAndMatchStyle' }] satisfies MenuItemConstructorOptions[]) : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: top('View'),
    submenu: [
      // The page owns Ctrl+K itself, so the menu shows the command without binding the key twice.
      command('Command palette…', 'palette.open'),
      { type: 'separator' },
      ...(isDev
        ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: top('Help'),
    role: 'help',
    submenu: [about],
  };

  return [...appMenu, file, edit, view, help];
}
