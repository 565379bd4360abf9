import path from 'node:path';
import { Notification } from 'electron';
import type { CallApi } from '../api/dispatcher-protocol';
import { checkOverdueReviews } from '../app/overdue-notifier';

const HOUR_MS = 3_600_000;

/**
 * Electron's desktop notification for reviews that became overdue, at most once a business day per
 * workspace and person: checked when the app is ready and every hour while it runs (the page does
 * not announce them in the desktop app). Clicking it brings the window forward.
 */
export function startOverdueNotifications(call: CallApi, dataDir: string, ready: Promise<unknown>, focus: () => void): () => void {
  const stateFile = path.join(dataDir, 'overdue-notifications.json');
  const show = ({ title, body }: { title: string; body: string }) => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title, body });
    notification.on('click', focus);
    notification.show();
  };
  const check = () => {
    checkOverdueReviews(call, stateFile, show).catch((error: unknown) => {
      // Retried at the next hour; the inbox still computes states on its own.
      console.error('[serviceledger] overdue review check failed:', error);
    });
  };
  void ready.catch(() => undefined).then(check);
  const timer = setInterval(check, HOUR_MS);
  return () => clearInterval(timer);
}
