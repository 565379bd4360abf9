import type { ApiResponse } from '../../shared/api/errors';
import { INVOKE_CHANNEL, MENU_CHANNEL, type DesktopBridge, type MenuCommand } from '../../shared/api/desktop-bridge';
import { isMenuCommand } from './menu-commands';

/** The part of `ipcRenderer` the bridge uses; the page never gets `ipcRenderer` itself. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function looksLikeResponse(value: unknown): value is ApiResponse<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * `window.serviceLedger` as the preload exposes it: two functions with fixed channels. The IPC
 * event object never reaches the page, and only known menu commands reach its listeners.
 * Pure (takes the IPC object) so it is tested without Electron.
 */
export function createDesktopBridge(ipc: BridgeIpc): DesktopBridge {
  return {
    async invoke(method: string, input: unknown): Promise<ApiResponse<unknown>> {
      if (typeof method !== 'string') {
        return { ok: false, error: { code: 'invalid_input', message: 'The API method name must be a string.', field: 'method' } };
      }
      try {
        const response = await ipc.invoke(INVOKE_CHANNEL, method, input);
        if (looksLikeResponse(response)) return response;
        return { ok: false, error: { code: 'internal', message: `The app answered ${method} with something that is not an API response.` } };
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: `The app could not run ${method}: ${(error as Error)?.message ?? String(error)}` } };
      }
    },

    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
      const forward = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(MENU_CHANNEL, forward);
      return () => {
        ipc.removeListener(MENU_CHANNEL, forward);
      };
    },
  };
}
