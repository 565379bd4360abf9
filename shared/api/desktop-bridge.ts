import type { ApiResponse } from './errors';

/** Commands the desktop application menu sends to the page (File > New, Open, ...). */
export type MenuCommand = 'workspace.new' | 'workspace.open' | 'workspace.openDemo' | 'workspace.backup' | 'palette.open' | 'settings.open';

/** The IPC channel of API calls and the one of menu commands; the preload uses only these. */
export const INVOKE_CHANNEL = 'serviceledger:invoke';
export const MENU_CHANNEL = 'serviceledger:menu';

/** What the desktop preload exposes as `window.serviceLedger`; nothing else of Electron reaches the page. */
export interface DesktopBridge {
  invoke(method: string, input: unknown): Promise<ApiResponse<unknown>>;
  /** Subscribe to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
