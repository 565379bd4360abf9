import type { ApiResponse } from '../../shared/api/errors';
import type { CallApi } from '../api/dispatcher-protocol';
import { isAppUrl, type AppUrlOptions } from './url-policy';

/** What the IPC handler knows about who sent a call, taken from the Electron event. */
export interface InvokeSender {
  /** The event's `sender` is the main window's webContents. */
  fromMainWindow: boolean;
  /** The event's `senderFrame` is that window's top frame (not an iframe). */
  isTopFrame: boolean;
  /** The sending frame's URL; null when the frame is gone (navigated away or destroyed). */
  frameUrl: string | null;
}

export type SenderCheck = { ok: true } | { ok: false; reason: string };

/**
 * Only the app's own page in the main window's top frame may call the API: a frame that
 * navigated elsewhere, an iframe or any other webContents is refused.
 */
export function checkSender(sender: InvokeSender, appUrl: string, options: AppUrlOptions = {}): SenderCheck {
  if (!sender.fromMainWindow) return { ok: false, reason: 'the call did not come from the ServiceLedger window' };
  if (sender.frameUrl === null) return { ok: false, reason: 'the calling page is gone' };
  if (!sender.isTopFrame) return { ok: false, reason: 'the call came from an embedded frame' };
  if (!isAppUrl(sender.frameUrl, appUrl, options)) return { ok: false, reason: 'the calling page is not the ServiceLedger app' };
  return { ok: true };
}

export interface InvokeContext {
  /** The dispatcher: in the desktop app, a utilityProcess behind a `DispatcherClient`. */
  call: CallApi;
  /** The `file://` URL of dist/renderer/index.html. */
  appUrl: string;
  urlOptions?: AppUrlOptions;
  /** Settles when start-up work (reopening the last workspace) is done; calls wait for it. */
  ready?: Promise<unknown>;
}

/**
 * The body of the one `ipcMain.handle(INVOKE_CHANNEL)` handler: check the sender, check the
 * method name is a string, then hand the call to the dispatcher, which validates and runs it.
 * Always resolves with an ApiResponse, so the renderer never sees a raw IPC rejection.
 */
export async function handleInvoke(context: InvokeContext, sender: InvokeSender, method: unknown, input: unknown): Promise<ApiResponse<unknown>> {
  const check = checkSender(sender, context.appUrl, context.urlOptions);
  if (!check.ok) {
    return { ok: false, error: { code: 'forbidden', message: `ServiceLedger refused an API call: ${check.reason}.` } };
  }
  if (typeof method !== 'string') {
    return { ok: false, error: { code: 'invalid_input', message: 'The API method name must be a string.', field: 'method' } };
  }
  // Start-up failures are already reported as a notice by the controller; never block calls on them.
  await context.ready?.catch(() => undefined);
  return context.call(method, input);
}
