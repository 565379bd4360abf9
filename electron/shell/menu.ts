import { Menu, app, dialog, type BrowserWindow } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/api/desktop-bridge';
import { buildMenuTemplate } from './menu-template';

function showAbout(window: BrowserWindow | null): void {
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: [
      'Offline service catalogue, SLAs, risk register and management review packs for ISO/IEC 20000-1.',
      '',
      `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
    ].join('\n'),
    buttons: ['OK'],
  };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** Install the application menu; its commands go to whichever window is current. */
export function installApplicationMenu(currentWindow: () => BrowserWindow | null, isDev: boolean): void {
  const send = (command: MenuCommand) => {
    const window = currentWindow();
    if (window && !window.isDestroyed()) window.webContents.send(MENU_CHANNEL, command);
  };
  const template = buildMenuTemplate({
    appName: app.getName(),
    isDev,
    isMac: process.platform === 'darwin',
    send,
    showAbout: () => showAbout(currentWindow()),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
