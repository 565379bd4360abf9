import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNEL } from '../../shared/api/desktop-bridge';
import { handleInvoke, type InvokeContext, type InvokeSender } from '../app/ipc-invoke';

/** Describe the sender of an IPC call for the pure sender check. */
function describeSender(event: IpcMainInvokeEvent, mainWindow: () => BrowserWindow | null): InvokeSender {
  const window = mainWindow();
  const contents = window && !window.isDestroyed() ? window.webContents : null;
  const frame = event.senderFrame;
  return {
    fromMainWindow: contents !== null && event.sender === contents,
    // Within the main window's webContents, the frame without a parent is its top frame.
    isTopFrame: frame !== null && frame.parent === null,
    frameUrl: frame ? frame.url : null,
  };
}

/** The one IPC handler: every API call of the renderer arrives here and goes through `dispatch`. */
export function registerInvokeHandler(context: InvokeContext, mainWindow: () => BrowserWindow | null): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => handleInvoke(context, describeSender(event, mainWindow), method, input));
}
